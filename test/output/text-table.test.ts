import { describe, expect, it } from "vitest";
import { displayWidth, renderTable, wrap } from "../../src/output/text-table.js";

describe("renderTable", () => {
  it("draws a box with a rule between rows and fits auto columns to the widest cell", () => {
    const table = renderTable([["Infôra raster", "45"]], { head: ["Åtgärd", "Rad"], widths: [null, null] });
    expect(table.split("\n")).toEqual([
      "┌───────────────┬─────┐",
      "│ Åtgärd        │ Rad │",
      "├───────────────┼─────┤",
      "│ Infôra raster │ 45  │",
      "└───────────────┴─────┘",
    ]);
  });

  it("wraps long text at spaces within a fixed width and keeps the other cells of the row level", () => {
    const table = renderTable([["Se över fordonsflottan inom hemtjänsten", "x"]], { head: ["Åtgärd", "y"], widths: [20, null] });
    expect(table.split("\n").slice(3, 6)).toEqual([
      "│ Se över            │ x │",
      "│ fordonsflottan     │   │",
      "│ inom hemtjänsten   │   │",
    ]);
  });

  it("styles a cell after padding, so colour codes take no width", () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const table = renderTable([[{ text: "5 dagar sen", style: red }]], { head: ["Läge"], widths: [null] });
    expect(table.split("\n")[3]).toBe("│ \u001b[31m5 dagar sen\u001b[39m │");
  });
});

describe("wrap and displayWidth", () => {
  it("breaks a word longer than the line rather than losing its end", () => {
    expect(wrap("Arbetsmiljöförbättringsåtgärder", 12)).toEqual(["Arbetsmiljöf", "örbättringså", "tgärder"]);
  });

  it("counts combining marks as nothing and wide characters as two columns", () => {
    expect(displayWidth("åäö")).toBe(3);
    expect(displayWidth("a\u0308")).toBe(1);
    expect(displayWidth("計画")).toBe(4);
  });
});
