import { describe, expect, it } from "vitest";
import { neutraliseLines } from "../../src/diagnostics/safe-text.js";
import { ByteBatches } from "../../src/output/byte-batches.js";
import { type Cell, displayWidth, fitWidths, renderTable, TableCell, wrap, writeTable } from "../../src/output/text-table.js";
import { referenceTable } from "./reference-table.js";

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

describe("renderTable and writeTable against the reference table", () => {
  // A small PRNG: the same cases on every run.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const WORDS = ["Åtgärd", "raster", "a", "", "Arbetsmiljöförbättringsåtgärder", "漢字の見出し", "😀😀", "e\u0301", "noll\u200bbredd", "##[x]", "::kolon", "###[", "  ", "x".repeat(45)];
  const text = () => Array.from({ length: Math.floor(random() * 8) }, () => pick(WORDS)).join(pick([" ", " ", "  "]));
  const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
  const cell = (): Cell => (random() < 0.3 ? { text: text(), style: red } : text());

  it("gives the reference's text, `##[` neutralised, for random cells", () => {
    for (let n = 0; n < 300; n++) {
      const widths = Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.5 ? null : 4 + Math.floor(random() * 30)));
      const head = widths.map(() => cell());
      const rows = Array.from({ length: Math.floor(random() * 5) }, () => widths.map(() => cell()));
      expect(renderTable(rows, { head, widths })).toBe(neutraliseLines(referenceTable(rows, head, widths)));
    }
  });

  it("writes a cell kept from table to table at each table's own width", () => {
    const wide = new TableCell("a much wider cell", undefined);
    const narrow = new TableCell("x ##[", undefined);
    const head = new TableCell("H", undefined);
    const tables: string[] = [];
    const chunks: Buffer[] = [];
    const out = new ByteBatches({ bytes: (bytes, written) => (chunks.push(Buffer.from(bytes)), written()), text: (t) => void chunks.push(Buffer.from(t)) });
    // Rows named by their place among the body's cells, as a caller that keeps them from table to table does.
    const body = { cells: [narrow, wide], ids: Int32Array.of(0, 1) };
    for (const rows of [[0], [1, 0], [0]]) {
      writeTable(out, [head], body, rows, fitWidths([head], body, rows, [null]));
      out.flush();
      tables.push(Buffer.concat(chunks.splice(0)).toString("utf8"));
    }
    expect(tables).toEqual([
      neutraliseLines(referenceTable([["x ##["]], ["H"], [null])),
      neutraliseLines(referenceTable([["a much wider cell"], ["x ##["]], ["H"], [null])),
      neutraliseLines(referenceTable([["x ##["]], ["H"], [null])),
    ]);
  });
});
