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
const PLAIN: Style = (text) => text;
/** What a cell holds before it is first written: of the kinds it holds after. */
const NO_BYTES: Uint8Array = Buffer.alloc(0);
const NO_SEGMENTS: readonly Uint8Array[] = [NO_BYTES].slice(1);
const NO_OTHERS = new Map<number, readonly Uint8Array[]>();

/**
 * A cell's text laid out for its column: wrapped to `room` (a fixed column's width less padding) or not at all.
 * Thousands of rows read their cells in a cold run, so every field holds one kind of value from the start (no
 * undefined that later becomes a function, a Map or a Buffer): a field that changes kind sends the optimised code
 * that reads it back to the interpreter.
 */
export class TableCell {
  /** Its lines (nearly always one) and the display width of each. */
  readonly lines: readonly string[];
  readonly widths: readonly number[];
  /** The widest line: what a column that fits its cells must make room for. */
  readonly widest: number;
  /** Its lines as written in a column of `width` (the first also on its own); other widths (few) in `others`. */
  private width = -1;
  private segments: readonly Uint8Array[] = NO_SEGMENTS;
  private first: Uint8Array = NO_BYTES;
  private others: Map<number, readonly Uint8Array[]> = NO_OTHERS;
  private readonly style: Style;

  constructor(text: string, room: number | undefined, style?: Style) {
    this.style = style ?? PLAIN;
    const laidOut = layOut(text, room);
    if (typeof laidOut === "number") {
      this.lines = [text];
      this.widths = [laidOut];
      this.widest = laidOut;
    } else {
      // Arrays filled by push, as the one-line ones are: of one kind (map() makes another).
      const widths: number[] = [];
      let widest = 0;
      for (const line of laidOut) {
        const w = displayWidth(line);
        widths.push(w);
        if (w > widest) widest = w;
      }
      this.lines = laidOut;
      this.widths = widths;
      this.widest = widest;
    }
  }

  /** Each line as the table writes it in a column `width` wide: ` text`, the padding, ` │`; encoded. */
  segmentsFor(width: number): readonly Uint8Array[] {
    if (width === this.width) return this.segments;
    let segments: readonly Uint8Array[] | undefined;
    if (this.width === -1) segments = this.encode(width);
    else {
      if (this.others === NO_OTHERS) this.others = new Map([[this.width, this.segments]]);
      segments = this.others.get(width);
      if (segments === undefined) this.others.set(width, (segments = this.encode(width)));
    }
    this.width = width;
    this.segments = segments;
    this.first = segments[0]!;
    return segments;
  }

  /** segmentsFor(width)[0], the one line of nearly every cell. */
  firstSegment(width: number): Uint8Array {
    return width === this.width ? this.first : this.segmentsFor(width)[0]!;
  }

  private encode(width: number): Uint8Array[] {
    const segments: Uint8Array[] = [];
    for (let l = 0; l < this.lines.length; l++) {
      const line = this.lines[l]!;
      segments.push(segment(line === "" ? line : this.style(line), this.widths[l]!, width));
    }
    return segments;
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
/**
 * The line of an empty cell, by column width. A Map, not an array filled at odd places: the array would change its
 * kind (to holey) when the first row of several lines comes, which throws away the optimised code that reads it.
 */
const BLANKS = new Map<number, Uint8Array>();

function blank(width: number): Uint8Array {
  let line = BLANKS.get(width);
  if (line === undefined) {
    line = segment("", 0, width);
    if (BLANKS.size > 1000) BLANKS.clear();
    BLANKS.set(width, line);
  }
  return line;
}

/**
 * A table's rows, each a cell per column, named by number: row r's cell in column c is `cells[ids[r * columns + c]]`.
 * A caller that shows the same cells in many rows, and the same rows in many tables, lays each cell out once; the
 * numbers are a typed array of the exact size, where an array of cells made at the size of many rows could be a
 * slow dictionary, and one grown row by row holds unused room.
 */
export interface TableRows {
  cells: readonly TableCell[];
  ids: Int32Array;
  /** Each row's height in lines, or 0 where it is to be counted (above 255). */
  heights?: Uint8Array;
}

/** Each column's full width: `fixed`, or, where that is null, room for the widest cell of the head and of rows `rows`. */
export function fitWidths(head: readonly TableCell[], body: TableRows, rows: readonly number[], fixed: readonly (number | null)[]): number[] {
  const columns = fixed.length;
  const widths = new Array<number>(columns);
  for (let c = 0; c < columns; c++) {
    const width = fixed[c];
    if (width !== null && width !== undefined) {
      widths[c] = width;
      continue;
    }
    let widest = Math.max(1, head[c]!.widest);
    for (let r = 0; r < rows.length; r++) {
      const w = body.cells[body.ids[rows[r]! * columns + c]!]!.widest;
      if (w > widest) widest = w;
    }
    widths[c] = widest + 2 * PAD;
  }
  return widths;
}

/**
 * Writes a table: its head, then rows `rows` of `body`, in columns `widths` wide (fitWidths). Ends with the bottom
 * rule, without a line break.
 */
export function writeTable(out: ByteBatches, head: readonly TableCell[], body: TableRows, rows: readonly number[], widths: readonly number[]): void {
  const columns = widths.length;
  const rules = rulesFor(widths);
  out.bytes(headBytes(head, widths, rules));
  const { cells, ids, heights } = body;
  for (let r = 0; r < rows.length; r++) {
    const first = rows[r]! * columns;
    const height = heights ? heights[rows[r]!]! : 0;
    if (height === 1) {
      // Nearly every row: its rule and its one line in one call.
      LINE[0] = rules.betweenLine;
      for (let c = 0; c < columns; c++) LINE[c + 1] = cells[ids[first + c]!]!.firstSegment(widths[c]!);
      out.pieces(LINE, columns + 1);
    } else writeRow(out, cells, ids, first, widths, rules.between, rules.betweenLine, height, rules.blanks);
  }
  out.bytes(rules.bottom);
}

/**
 * The top rule and the head's row, as written in columns `widths` wide: the same for every table with those widths
 * (thousands of tables of a large `plan due` share a handful), so made once per head and widths.
 */
function headBytes(head: readonly TableCell[], widths: readonly number[], rules: Rules): Uint8Array {
  let byWidths = HEADS.get(head);
  if (byWidths === undefined) HEADS.set(head, (byWidths = new Map()));
  const key = widthsKey(widths);
  let bytes = byWidths.get(key);
  if (bytes === undefined) {
    const chunks: Uint8Array[] = [];
    const collect = new ByteBatches({ bytes: (b) => void chunks.push(Buffer.from(b)), text: (t) => void chunks.push(Buffer.from(t)) });
    const ids = widths.length <= HEAD_IDS.length ? HEAD_IDS : Int32Array.from(head, (_, i) => i);
    writeRow(collect, head, ids, 0, widths, rules.top, rules.topLine, 0, rules.blanks);
    collect.flush();
    bytes = Buffer.concat(chunks);
    if (byWidths.size > 1000) byWidths.clear();
    byWidths.set(key, bytes);
  }
  return bytes;
}

/** Per head (its array of cells), its bytes by widths (widthsKey). */
const HEADS = new WeakMap<readonly TableCell[], Map<number | string, Uint8Array>>();

/** The lines of a row of cells: of its tallest cell, at least one (none for no columns). */
export function heightOf(cells: readonly TableCell[], ids: Int32Array, first: number, columns: number): number {
  let height = columns > 0 ? 1 : 0;
  for (let c = 0; c < columns; c++) if (cells[ids[first + c]!]!.lines.length > height) height = cells[ids[first + c]!]!.lines.length;
  return height;
}

/** The head's cells are numbered as they come. */
const HEAD_IDS = Int32Array.from({ length: 16 }, (_, i) => i);

/** What a line of one table is written from, kept from line to line; of its final kind from the start (see BLANKS). */
const LINE: Uint8Array[] = [NO_BYTES, NO_BYTES, NO_BYTES, NO_BYTES, NO_BYTES, NO_BYTES, NO_BYTES, NO_BYTES];

/**
 * The rule above a row, then its lines; `ruleLine` is the rule with the start of the row's first line. `height` is
 * the row's, or 0 to count it; `blanks`, each column's empty line (Rules). Each line is one call of pieces: its
 * start, then a segment (or blank) per column.
 */
function writeRow(out: ByteBatches, cells: readonly TableCell[], ids: Int32Array, first: number, widths: readonly number[], rule: Uint8Array, ruleLine: Uint8Array, height: number, blanks: readonly Uint8Array[]): void {
  const columns = widths.length;
  if (height === 0) height = heightOf(cells, ids, first, columns);
  if (height === 0) {
    out.bytes(rule);
    return;
  }
  for (let l = 0; l < height; l++) {
    LINE[0] = l === 0 ? ruleLine : LINE_START;
    for (let c = 0; c < columns; c++) {
      const cell = cells[ids[first + c]!]!;
      LINE[c + 1] = l < cell.lines.length ? cell.segmentsFor(widths[c]!)[l]! : blanks[c]!;
    }
    out.pieces(LINE, columns + 1);
  }
}

/** A whole table as one string (no line break at its end); cells laid out afresh. */
export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions): string {
  const cellsOf = (row: readonly Cell[]) =>
    options.widths.map((fixed, c) => {
      const room = fixed === null || fixed === undefined ? undefined : fixed - 2 * PAD;
      const cell = row[c] ?? "";
      return typeof cell === "string" ? new TableCell(cell, room) : new TableCell(cell.text, room, cell.style);
    });
  const chunks: Buffer[] = [];
  const out = new ByteBatches({ bytes: (bytes) => void chunks.push(Buffer.from(bytes)), text: (text) => void chunks.push(Buffer.from(text)) });
  const head = cellsOf(options.head);
  const cells = rows.flatMap(cellsOf);
  const body = { cells, ids: Int32Array.from(cells, (_, i) => i) };
  const all = rows.map((_, r) => r);
  writeTable(out, head, body, all, fitWidths(head, body, all, options.widths));
  out.flush();
  return Buffer.concat(chunks).toString("utf8");
}

interface Rules {
  /** Per column, the line of an empty cell: what a row's shorter cells show under their last line. */
  blanks: readonly Uint8Array[];
  top: Uint8Array;
  between: Uint8Array;
  bottom: Uint8Array;
  /** The top and the rule between rows, each with the start of the line after it: one piece less per row. */
  topLine: Uint8Array;
  betweenLine: Uint8Array;
}

/** The rules of a table, by its column widths, encoded: thousands of tables share a few sets of widths. */
const RULES = new Map<number | string, Rules>();

function rulesFor(widths: readonly number[]): Rules {
  const key = widthsKey(widths);
  let rules = RULES.get(key);
  if (!rules) {
    const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => "─".repeat(w)).join(mid)}${right}`;
    // Each but the top after a line break: the lines of cells end without one (LINE_START).
    const top = rule("┌", "┬", "┐");
    const between = `\n${rule("├", "┼", "┤")}`;
    rules = {
      blanks: widths.map(blank),
      top: Buffer.from(top),
      between: Buffer.from(between),
      bottom: Buffer.from(`\n${rule("└", "┴", "┘")}`),
      topLine: Buffer.from(`${top}\n│`),
      betweenLine: Buffer.from(`${between}\n│`),
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
