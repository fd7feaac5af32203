/**
 * Box-drawn tables for the terminal, in the style of cli-table3 (which `plan due` used before): a rule between rows,
 * one space of padding, long text wrapped at spaces within a column's width.
 *
 * Our own because of speed: cli-table3 measures every cell many times over and needed seconds for the thousands of
 * rows of a large `plan due`. Here each cell is measured once. Text is laid out plain and styled (coloured) after
 * padding, so escape codes never count towards a width or get cut by a wrap.
 */

export type Cell = string | { text: string; style: (text: string) => string };

export interface TableOptions {
  /** The header cells, styled like any cell. */
  head: readonly Cell[];
  /** Per column: its full width including padding, or null to fit the widest cell. */
  widths: readonly (number | null)[];
}

const PAD = 1;

export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions): string {
  const all = [options.head, ...rows];
  const columns = options.widths.length;
  const widths = options.widths.map(
    (fixed, c) => fixed ?? Math.max(1, ...all.map((row) => maxLineWidth(textOf(row[c] ?? "")))) + 2 * PAD,
  );
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => "─".repeat(w)).join(mid)}${right}`;
  const out = [rule("┌", "┬", "┐")];
  all.forEach((row, r) => {
    if (r > 0) out.push(rule("├", "┼", "┤"));
    const cells = widths.map((w, c) => wrap(textOf(row[c] ?? ""), w - 2 * PAD));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let l = 0; l < height; l++) {
      const parts: string[] = [];
      for (let c = 0; c < columns; c++) {
        const text = cells[c]![l] ?? "";
        const fill = " ".repeat(widths[c]! - 2 * PAD - displayWidth(text));
        parts.push(` ${text === "" ? "" : styleOf(row[c] ?? "")(text)}${fill} `);
      }
      out.push(`│${parts.join("│")}│`);
    }
  });
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

function textOf(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

function styleOf(cell: Cell): (text: string) => string {
  return typeof cell === "string" ? (text) => text : cell.style;
}

function maxLineWidth(text: string): number {
  return Math.max(...text.split("\n").map(displayWidth));
}

/** Lines of at most `width` columns, broken at spaces; a word longer than a line is broken where it must be. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (displayWidth(paragraph) <= width) {
      lines.push(paragraph);
      continue;
    }
    let line = "";
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      while (displayWidth(line) > width) {
        const [head, rest] = splitAtWidth(line, width);
        lines.push(head);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width && end > 0) break;
    used += w;
    end += ch.length;
  }
  return [text.slice(0, end), text.slice(end)];
}

/** Columns a string takes in a terminal: combining marks none, East Asian wide characters and emoji two. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Latin, including the Swedish letters: one column per UTF-16 unit, the common case checked first. */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027]*$/;
const ZERO = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;

function charWidth(code: number): number {
  if (ZERO.test(String.fromCodePoint(code))) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}
