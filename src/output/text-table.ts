/**
 * Box-drawn tables for the terminal, in the style of cli-table3 (which `plan due` used before): a rule between rows,
 * one space of padding, long text wrapped at spaces within a column's width.
 *
 * Our own because of speed: cli-table3 measures every cell many times over and needed seconds for the thousands of
 * rows of a large `plan due`. Here a cell is laid out once (a TableCell), its lines are encoded once per column
 * width, padding and rule included, and a table is written as those bytes straight into the output's batches
 * (writeTable): a caller that shows the same text in many rows keeps its TableCell and pays for it once. Text is laid
 * out plain and styled (coloured) after padding, so escape codes never count towards a width or get cut by a wrap.
 */
import { ByteBatches } from "./byte-batches.js";
import { displayWidth, NARROW, wrap } from "./text-width.js";

export { displayWidth, wrap } from "./text-width.js";

export type Style = (text: string) => string;
export type Cell = string | { text: string; style: Style };

export interface TableOptions {
  /** The header cells, styled like any cell. */
  head: readonly Cell[];
  /** Per column: its full width including padding, or null to fit the widest cell. */
  widths: readonly (number | null)[];
}

const PAD = 1;

/** A cell's text laid out for its column: wrapped to `room` (a fixed column's width less padding) or not at all. */
export class TableCell {
  /** Its lines (nearly always one) and the display width of each. */
  readonly lines: readonly string[];
  readonly widths: readonly number[];
  /** The widest line: what a column that fits its cells must make room for. */
  readonly widest: number;
  /** Its lines as written in a column of `width`; other widths it was written at (few) in `others`. */
  private width = -1;
  private segments: readonly Uint8Array[] = [];
  private others: Map<number, readonly Uint8Array[]> | undefined;

  constructor(
    text: string,
    room: number | undefined,
    private readonly style?: Style,
  ) {
    const laidOut = layOut(text, room);
    if (typeof laidOut === "number") {
      this.lines = [text];
      this.widths = [laidOut];
      this.widest = laidOut;
    } else {
      this.lines = laidOut;
      this.widths = laidOut.map(displayWidth);
      let widest = 0;
      for (const w of this.widths) if (w > widest) widest = w;
      this.widest = widest;
    }
  }

  /** Each line as the table writes it in a column `width` wide: ` text`, the padding, ` │`; encoded. */
  segmentsFor(width: number): readonly Uint8Array[] {
    if (width === this.width) return this.segments;
    let segments: readonly Uint8Array[] | undefined;
    if (this.width === -1) segments = this.encode(width);
    else {
      this.others ??= new Map([[this.width, this.segments]]);
      segments = this.others.get(width);
      if (segments === undefined) this.others.set(width, (segments = this.encode(width)));
    }
    this.width = width;
    this.segments = segments;
    return segments;
  }

  private encode(width: number): Uint8Array[] {
    return this.lines.map((line, l) => segment(line === "" || this.style === undefined ? line : this.style(line), this.widths[l]!, width));
  }
}

/**
 * One line of a cell as written, encoded. A table's lines start with a box character, never with `::`, so the one
 * thing neutraliseLines (diagnostics/safe-text.ts) can change in them is `##[` inside a cell: done here, after
 * padding, as it was done to the whole table.
 */
function segment(shown: string, textWidth: number, width: number): Uint8Array {
  const text = ` ${shown}${spaces(width - 2 * PAD - textWidth)} │`;
  return Buffer.from(text.includes("##[") ? text.replaceAll("##[", "#\\x23[") : text);
}

/** What starts each line of cells: the line break after the line before (a rule's or a row's), and the left border. */
const LINE_START = Buffer.from("\n│");
/** The line of an empty cell, by column width. */
const BLANKS: Uint8Array[] = [];

function blank(width: number): Uint8Array {
  if (width > 1000) return segment("", 0, width);
  return (BLANKS[width] ??= segment("", 0, width));
}

/**
 * Writes a table: `cells` holds `rows` rows (the head first) of one cell per column, row after row; `fixed` gives
 * each column's full width, or null to fit its widest cell. Ends with the bottom rule, without a line break.
 */
export function writeTable(out: ByteBatches, cells: readonly TableCell[], rows: number, fixed: readonly (number | null)[]): void {
  const columns = fixed.length;
  const widths = new Array<number>(columns);
  for (let c = 0; c < columns; c++) {
    const width = fixed[c];
    if (width !== null && width !== undefined) {
      widths[c] = width;
      continue;
    }
    let widest = 1;
    for (let r = 0; r < rows; r++) if (cells[r * columns + c]!.widest > widest) widest = cells[r * columns + c]!.widest;
    widths[c] = widest + 2 * PAD;
  }
  const rules = rulesFor(widths);
  out.bytes(rules.top);
  for (let r = 0; r < rows; r++) {
    if (r > 0) out.bytes(rules.between);
    const first = r * columns;
    let height = columns > 0 ? 1 : 0;
    for (let c = 0; c < columns; c++) if (cells[first + c]!.lines.length > height) height = cells[first + c]!.lines.length;
    for (let l = 0; l < height; l++) {
      out.bytes(LINE_START);
      for (let c = 0; c < columns; c++) {
        const cell = cells[first + c]!;
        out.bytes(l < cell.lines.length ? cell.segmentsFor(widths[c]!)[l]! : blank(widths[c]!));
      }
    }
  }
  out.bytes(rules.bottom);
}

/** A whole table as one string (no line break at its end); cells laid out afresh. */
export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions): string {
  const columns = options.widths.length;
  const cells: TableCell[] = [];
  for (let r = 0; r <= rows.length; r++) {
    const row = r === 0 ? options.head : rows[r - 1]!;
    for (let c = 0; c < columns; c++) {
      const fixed = options.widths[c];
      const room = fixed === null || fixed === undefined ? undefined : fixed - 2 * PAD;
      const cell = row[c] ?? "";
      cells.push(typeof cell === "string" ? new TableCell(cell, room) : new TableCell(cell.text, room, cell.style));
    }
  }
  const chunks: Buffer[] = [];
  const out = new ByteBatches({ bytes: (bytes) => void chunks.push(Buffer.from(bytes)), text: (text) => void chunks.push(Buffer.from(text)) });
  writeTable(out, cells, rows.length + 1, options.widths);
  out.flush();
  return Buffer.concat(chunks).toString("utf8");
}

interface Rules {
  top: Uint8Array;
  between: Uint8Array;
  bottom: Uint8Array;
}

/** The rules of a table, by its column widths, encoded: thousands of tables share a few sets of widths. */
const RULES = new Map<number | string, Rules>();

function rulesFor(widths: readonly number[]): Rules {
  const key = widthsKey(widths);
  let rules = RULES.get(key);
  if (!rules) {
    const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => "─".repeat(w)).join(mid)}${right}`;
    // Each but the top after a line break: the lines of cells end without one (LINE_START).
    rules = {
      top: Buffer.from(rule("┌", "┬", "┐")),
      between: Buffer.from(`\n${rule("├", "┼", "┤")}`),
      bottom: Buffer.from(`\n${rule("└", "┴", "┘")}`),
    };
    if (RULES.size > 1000) RULES.clear();
    RULES.set(key, rules);
  }
  return rules;
}

/** Up to six widths below 256 (nearly always) as the digits of one number, after their count: no string per table. */
function widthsKey(widths: readonly number[]): number | string {
  if (widths.length > 6) return widths.join(",");
  let key = widths.length;
  for (const w of widths) {
    if (w >= 256) return widths.join(",");
    key = key * 256 + w;
  }
  return key;
}

/** The width of a text that is one line within `room` (or with no limit), else its lines as wrap makes them. */
function layOut(text: string, room: number | undefined): number | string[] {
  // Narrow text (nearly all) is one column per unit and never holds a line break: one look decides.
  if (NARROW.test(text)) {
    if (room === undefined || text.length <= room) return text.length;
  } else if (!text.includes("\n")) {
    const width = displayWidth(text);
    if (room === undefined || width <= room) return width;
  }
  return room === undefined ? text.split("\n") : wrap(text, room);
}

const SPACES: string[] = [];

function spaces(n: number): string {
  if (n < 0 || n > 200) return " ".repeat(n);
  return (SPACES[n] ??= " ".repeat(n));
}
