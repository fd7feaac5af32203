/**
 * The box table as first written without cli-table3: every cell laid out for its row, the table built as one
 * string. src/output/text-table.ts writes bytes from cells laid out once and must give exactly this text, with
 * `##[` neutralised as neutraliseLines does to a whole table (text-table.test.ts).
 */
import { displayWidth, wrap } from "../../src/output/text-width.js";

export type ReferenceCell = string | { text: string; style: (text: string) => string };

export function referenceTable(rows: readonly (readonly ReferenceCell[])[], head: readonly ReferenceCell[], fixed: readonly (number | null)[]): string {
  const all = [head, ...rows];
  const text = (cell: ReferenceCell | undefined) => (cell === undefined ? "" : typeof cell === "string" ? cell : cell.text);
  const laidOut = all.map((row) =>
    fixed.map((width, c) => {
      const t = text(row[c]);
      if (width === null) return t.split("\n");
      return displayWidth(t) <= width - 2 && !t.includes("\n") ? [t] : wrap(t, width - 2);
    }),
  );
  const widths = fixed.map((width, c) => width ?? Math.max(1, ...laidOut.flatMap((row) => row[c]!.map(displayWidth))) + 2);
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w)).join(m) + r;
  const lines = [rule("┌", "┬", "┐")];
  all.forEach((row, r) => {
    if (r > 0) lines.push(rule("├", "┼", "┤"));
    const height = Math.max(fixed.length > 0 ? 1 : 0, ...laidOut[r]!.map((cell) => cell.length));
    for (let l = 0; l < height; l++) {
      let line = "│";
      fixed.forEach((_, c) => {
        const t = laidOut[r]![c]![l] ?? "";
        const cell = row[c];
        const shown = t === "" || cell === undefined || typeof cell === "string" ? t : cell.style(t);
        line += ` ${shown}${" ".repeat(widths[c]! - 2 - displayWidth(t))} │`;
      });
      lines.push(line);
    }
  });
  lines.push(rule("└", "┴", "┘"));
  return lines.join("\n");
}
