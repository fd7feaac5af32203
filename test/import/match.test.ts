/** The join of Tidsplan rows to Åtgärdsplan bullets survives the drift between two lists written apart. */
import { describe, expect, it } from "vitest";
import { matchRows } from "../../src/import/match.js";

const bullets = [
  { lead: "Optimera schemaläggning", text: "se över antal timmar med bilaga J." },
  { lead: "Avveckla handkassekort", text: "framtagande av rutiner och riktlinjer för ersättning till personal." },
  { lead: "Översyn av dubbla beslut inom kortidsvistelse", text: "det finns idag fem ärenden med dubbla beslut." },
  { lead: "Schemalägga raster för personal i de verksamheter som tillåter", text: "till exempel fritidsverksamhet." },
];

describe("matchRows", () => {
  it("joins by activity despite case, inflection and a letter's difference, and by action when the names differ", () => {
    const rows = [
      { activity: "Avveckla handkassakorten", action: "Skapa nya arbetssätt" },
      { activity: "Optimera Schemaläggning", action: "Se över antal timmar med bilaga J" },
      { activity: "Införa raster", action: "Schemalägga raster anpassat efter verksamhet" },
      { activity: "Översyn av korttidsvistelse", action: "Översyn av andel dubbla beslut" },
    ];
    expect(matchRows(rows, bullets)).toEqual([1, 0, 3, 2]);
  });

  it("leaves a row that names no bullet unmatched, and uses each bullet once", () => {
    const rows = [
      { activity: "Optimera schemaläggning", action: "" },
      { activity: "Optimera schemaläggning igen", action: "" },
      { activity: "Taxiresor från skola", action: "BoU betalar skolskjuts" },
    ];
    expect(matchRows(rows, bullets)).toEqual([0, undefined, undefined]);
  });
});
