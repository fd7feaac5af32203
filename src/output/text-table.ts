/**
 * Box-drawn tables for the terminal, in the style of cli-table3 (which `plan due` used before): a rule between rows,
 * one space of padding, long text wrapped at spaces within a column's width.
 *
 * Our own because of speed: cli-table3 measures every cell many times over and needed seconds for the thousands of
 * rows of a large `plan due`. Here each cell is laid out and measured once, a cell of one line that fits (nearly
 * all) takes no array, and the table is built as one string. Text is laid out plain and styled (coloured) after
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

/** A cell of more than one line: its lines and the width of each. */
interface Lines {
  lines: string[];
  widths: number[];
}

export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions): string {
  const columns = options.widths.length;
  const count = rows.length + 1;
  // Per cell (row-major, the head first): its text when it is one line, else its Lines; and its width.
  const single: string[] = new Array(count * columns);
  const multi: (Lines | undefined)[] = new Array(count * columns);
  const measured: number[] = new Array(count * columns);
  const widths = options.widths.slice() as number[];
  for (let c = 0; c < columns; c++) {
    const fixed = options.widths[c];
    const room = fixed === null || fixed === undefined ? undefined : fixed - 2 * PAD;
    let widest = 1;
    for (let r = 0; r < count; r++) {
      const i = r * columns + c;
      const text = textOf((r === 0 ? options.head : rows[r - 1]!)[c] ?? "");
      const lines = layOut(text, room);
      if (typeof lines === "number") {
        single[i] = text;
        measured[i] = lines;
        if (lines > widest) widest = lines;
      } else {
        single[i] = "";
        multi[i] = lines;
        for (const w of lines.widths) if (w > widest) widest = w;
      }
    }
    widths[c] = fixed ?? widest + 2 * PAD;
  }

  const rules = rulesFor(widths);
  // Pieces joined once at the end: one copy, where a string grown piece by piece is a tree flattened later.
  const out: string[] = [rules.top];
  for (let r = 0; r < count; r++) {
    if (r > 0) out.push("\n", rules.between);
    const row = r === 0 ? options.head : rows[r - 1]!;
    let height = columns > 0 ? 1 : 0;
    for (let c = 0; c < columns; c++) {
      const lines = multi[r * columns + c];
      if (lines && lines.lines.length > height) height = lines.lines.length;
    }
    for (let l = 0; l < height; l++) {
      out.push("\n│");
      for (let c = 0; c < columns; c++) {
        const i = r * columns + c;
        const lines = multi[i];
        let text: string;
        let width: number;
        if (lines) {
          text = lines.lines[l] ?? "";
          width = l < lines.lines.length ? lines.widths[l]! : 0;
        } else {
          text = l === 0 ? single[i]! : "";
          width = l === 0 ? measured[i]! : 0;
        }
        const cell = row[c] ?? "";
        const shown = text === "" || typeof cell === "string" ? text : cell.style(text);
        out.push(" ", shown, spaces(widths[c]! - 2 * PAD - width), " │");
      }
    }
  }
  out.push("\n", rules.bottom);
  return out.join("");
}

interface Rules {
  top: string;
  between: string;
  bottom: string;
}

/** The rules of a table, by its column widths: thousands of tables share a few sets of widths. */
const RULES = new Map<string, Rules>();

function rulesFor(widths: readonly number[]): Rules {
  const key = widths.join(",");
  let rules = RULES.get(key);
  if (!rules) {
    const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => "─".repeat(w)).join(mid)}${right}`;
    rules = { top: rule("┌", "┬", "┐"), between: rule("├", "┼", "┤"), bottom: rule("└", "┴", "┘") };
    if (RULES.size > 1000) RULES.clear();
    RULES.set(key, rules);
  }
  return rules;
}

function textOf(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

/** The width of a text that is one line within `room` (or with no limit), else its lines as wrap makes them. */
function layOut(text: string, room: number | undefined): number | Lines {
  // Narrow text (nearly all) is one column per unit and never holds a line break: one look decides.
  if (NARROW.test(text)) {
    if (room === undefined || text.length <= room) return text.length;
  } else if (!text.includes("\n")) {
    const width = displayWidth(text);
    if (room === undefined || width <= room) return width;
  }
  const lines = room === undefined ? text.split("\n") : wrap(text, room);
  return { lines, widths: lines.map(displayWidth) };
}

const SPACES: string[] = [];

function spaces(n: number): string {
  if (n < 0 || n > 200) return " ".repeat(n);
  return (SPACES[n] ??= " ".repeat(n));
}

/**
 * Lines of at most `width` columns, broken at spaces; a word longer than a line is broken where it must be.
 * Widths add up (a space is one column), so each word is measured once rather than each growing line.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Narrow text is one column per unit, and so is each of its words.
    const narrow = NARROW.test(paragraph);
    if ((narrow ? paragraph.length : displayWidth(paragraph)) <= width) {
      lines.push(paragraph);
      continue;
    }
    let line = "";
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      const size = narrow ? word.length : displayWidth(word);
      if (line === "" ? size <= width : used + 1 + size <= width) {
        used = line === "" ? size : used + 1 + size;
        line = line === "" ? word : `${line} ${word}`;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      used = size;
      while (used > width) {
        const [head, rest] = splitAtWidth(line, width);
        lines.push(head);
        line = rest;
        used = displayWidth(rest);
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
