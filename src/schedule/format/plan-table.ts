/**
 * One plan's heading and table in `plan due --format table`, written as bytes. The same few texts fill most cells
 * of thousands of rows (a measure under each of its roles, "Uppföljning", a date, "5 dagar sen", a line number), so
 * each distinct text is laid out and encoded once (a TableCell) and a row is written as five copies of bytes.
 */
import { escapeControl, neutraliseLines } from "../../text/safe-text.js";
import type { ByteBatches } from "../../output/byte-batches.js";
import type { Styles } from "../../text/styles.js";
import { fitWidths, type Style, TableCell, writeTable } from "../../output/text-table.js";
import type { DueFormatContext } from "./context.js";
import { daysText, HEADERS } from "./texts.js";

/** What a plan's heading line shows. */
export interface PlanHeading {
  planId: string;
  planTitle: string;
  file: string;
}

/** Åtgärd and Vad are wrapped to a fixed width; the rest fit their widest cell. */
const WIDTHS = [34, 38, null, null, null];
const COLUMNS = WIDTHS.length;
const ROOM = [32, 36, undefined, undefined, undefined];
/** Distinct cells kept per column before starting over: a bound, not a size ever reached by ordinary plans. */
const LIMIT = 10_000;
const NEWLINE = Buffer.from("\n");

export class PlanTables {
  private readonly head: TableCell[];
  /** Every distinct cell, by number, and every item's row: its cells' numbers, and its height in lines. */
  private readonly rows: { cells: TableCell[]; ids: Int32Array; heights: Uint8Array };
  private added = 0;
  /**
   * Each item's widest due date, days and line number (the columns that fit their cells), 10 bits each, or -1 where
   * one is wider: a table's widths from one number per row instead of three cells looked up.
   */
  private readonly fits: Int32Array;
  /** The widths of the table being written. */
  private readonly widths = WIDTHS.map((w) => w ?? 0);
  private readonly names: TextCells;
  private readonly whats: TextCells;
  private readonly dues: TextCells;
  /** Läge by days overdue: its words and colour follow from the number. */
  private readonly days = new Map<number, number>();
  private readonly lines = new Map<number, number>();
  /** A plan's heading recurs under each role that has items in it. */
  private readonly headings = new Map<string, { planId: string; planTitle: string; bytes: Uint8Array }>();
  private readonly red: Style | undefined;
  private readonly yellow: Style | undefined;

  /** For `count` rows. */
  constructor(
    private readonly ctx: DueFormatContext,
    private readonly c: Styles,
    count: number,
  ) {
    const h = HEADERS[ctx.lang];
    // Without colour every style is the identity: plain cells.
    const bold = ctx.color ? (text: string) => c.bold(text) : undefined;
    this.head = [h.measure, h.what, h.due, h.days, h.line].map((text, i) => new TableCell(text, ROOM[i], bold));
    this.red = ctx.color ? (text) => c.red(text) : undefined;
    this.yellow = ctx.color ? (text) => c.yellow(text) : undefined;
    this.rows = { cells: [], ids: new Int32Array(count * COLUMNS), heights: new Uint8Array(count) };
    this.fits = new Int32Array(count);
    this.names = new TextCells(ROOM[0], this.rows.cells);
    this.whats = new TextCells(ROOM[1], this.rows.cells);
    this.dues = new TextCells(ROOM[2], this.rows.cells);
  }

  /**
   * Adds a row of these cells (numbers from the *Cell methods); returns the row's number. Rows are added in the
   * order they are listed within their plan.
   */
  addRow(name: number, what: number, due: number, days: number, line: number): number {
    const { cells, ids, heights } = this.rows;
    const row = this.added++;
    const at = row * COLUMNS;
    ids[at] = name;
    ids[at + 1] = what;
    ids[at + 2] = due;
    ids[at + 3] = days;
    ids[at + 4] = line;
    // The other cells are one line (dates, counts, numbers); 0 for "count them" above what a byte holds.
    const height = Math.max(cells[name]!.lines.length, cells[what]!.lines.length);
    heights[row] = height > 255 ? 0 : height;
    const dueWidth = cells[due]!.widest;
    const daysWidth = cells[days]!.widest;
    const lineWidth = cells[line]!.widest;
    this.fits[row] = dueWidth < 1024 && daysWidth < 1024 && lineWidth < 1024 ? dueWidth | (daysWidth << 10) | (lineWidth << 20) : -1;
    return row;
  }

  /** The cell of a measure's name (Åtgärd). Every text of a cell is escaped for the terminal (TextCells). */
  nameCell(text: string): number {
    return this.names.get(text);
  }

  /** The cell of what is due (Vad): our own words, but for a deadline's wording from the file. */
  whatCell(text: string): number {
    return this.whats.get(text);
  }

  /** The cell of a due date (Förfaller). */
  dueCell(date: string): number {
    return this.dues.get(date);
  }

  /** The heading line of `plan`, its table of the rows numbered `rows` (by addRow), and a line break. */
  write(out: ByteBatches, plan: PlanHeading, rows: readonly number[]): void {
    out.bytes(this.heading(plan));
    writeTable(out, this.head, this.rows, rows, this.widthsOf(rows));
    out.bytes(NEWLINE);
  }

  /** fitWidths, from the numbers of `fits`. */
  private widthsOf(rows: readonly number[]): readonly number[] {
    let due = Math.max(1, this.head[2]!.widest);
    let days = Math.max(1, this.head[3]!.widest);
    let line = Math.max(1, this.head[4]!.widest);
    for (let r = 0; r < rows.length; r++) {
      const fit = this.fits[rows[r]!]!;
      if (fit < 0) return fitWidths(this.head, this.rows, rows, WIDTHS);
      if ((fit & 1023) > due) due = fit & 1023;
      if (((fit >> 10) & 1023) > days) days = (fit >> 10) & 1023;
      if (fit >> 20 > line) line = fit >> 20;
    }
    this.widths[2] = due + 2;
    this.widths[3] = days + 2;
    this.widths[4] = line + 2;
    return this.widths;
  }

  private heading(first: PlanHeading): Uint8Array {
    const known = this.headings.get(first.file);
    if (known && known.planId === first.planId && known.planTitle === first.planTitle) return known.bytes;
    const where = `(${escapeControl(first.file)})`;
    const heading = `${escapeControl(first.planId)}: ${escapeControl(first.planTitle)} ${this.ctx.color ? this.c.dim(where) : where}`;
    const bytes = Buffer.from(`${neutraliseLines(heading)}\n`);
    if (this.headings.size >= LIMIT) this.headings.clear();
    this.headings.set(first.file, { planId: first.planId, planTitle: first.planTitle, bytes });
    return bytes;
  }

  /** The cell of Läge: days overdue (or to go) in words, red when overdue. */
  daysCell(daysOverdue: number, overdue: boolean): number {
    const key = daysOverdue * 2 + (overdue ? 1 : 0);
    let id = this.days.get(key);
    if (id === undefined) {
      id = this.rows.cells.push(new TableCell(daysText(daysOverdue, this.ctx.lang), ROOM[3], overdue ? this.red : this.yellow)) - 1;
      if (this.days.size >= LIMIT) this.days.clear();
      this.days.set(key, id);
    }
    return id;
  }

  /** The cell of a line number (Rad). */
  lineCell(line: number): number {
    let id = this.lines.get(line);
    if (id === undefined) {
      id = this.rows.cells.push(new TableCell(String(line), ROOM[4])) - 1;
      if (this.lines.size >= LIMIT) this.lines.clear();
      this.lines.set(line, id);
    }
    return id;
  }
}

/** A column's cells by their text, escaped for the terminal; each cell is numbered by its place in `all`. */
class TextCells {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly room: number | undefined,
    private readonly all: TableCell[],
  ) {}

  get(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.all.push(new TableCell(escapeControl(text), this.room)) - 1;
      if (this.ids.size >= LIMIT) this.ids.clear();
      this.ids.set(text, id);
    }
    return id;
  }
}
