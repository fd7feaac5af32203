/**
 * One plan's heading and table in `plan due --format table`, written as bytes. The same few texts fill most cells
 * of thousands of rows (a measure under each of its roles, "Uppföljning", a date, "5 dagar sen", a line number), so
 * each distinct text is laid out and encoded once (a TableCell) and a row is written as five copies of bytes.
 */
import type { ChalkInstance } from "chalk";
import { escapeControl, neutraliseLines } from "../../diagnostics/safe-text.js";
import type { ByteBatches } from "../../output/byte-batches.js";
import { fitWidths, type Style, TableCell, writeTable } from "../../output/text-table.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { daysText, HEADERS } from "./texts.js";
import { WhatTexts } from "./what-texts.js";

/** Åtgärd and Vad are wrapped to a fixed width; the rest fit their widest cell. */
const WIDTHS = [34, 38, null, null, null];
const ROOM = [32, 36, undefined, undefined, undefined];
/** Distinct cells kept per column before starting over: a bound, not a size ever reached by ordinary plans. */
const LIMIT = 10_000;
const NEWLINE = Buffer.from("\n");

export class PlanTables {
  private readonly head: TableCell[];
  private readonly names = new TextCells(ROOM[0]);
  private readonly whats = new TextCells(ROOM[1]);
  private readonly dues = new TextCells(ROOM[2]);
  private readonly whatTexts: WhatTexts;
  /** Läge by days overdue: its words and colour follow from the number. */
  private readonly days = new Map<number, TableCell>();
  private readonly lines = new Map<number, TableCell>();
  /**
   * Every item's row: its cells, one per column, item after item (filled in order: a long array made at its full
   * length, still empty, can be a slow dictionary), and its height in lines.
   */
  private readonly cells: TableCell[] = [];
  private readonly heights: number[] = [];
  /** A plan's heading recurs under each role that has items in it. */
  private readonly headings = new Map<string, { planId: string; planTitle: string; bytes: Uint8Array }>();
  private readonly red: Style | undefined;
  private readonly yellow: Style | undefined;

  constructor(
    private readonly ctx: DueFormatContext,
    private readonly c: ChalkInstance,
  ) {
    const h = HEADERS[ctx.lang];
    // Without colour every style is the identity: plain cells.
    const bold = ctx.color ? (text: string) => c.bold(text) : undefined;
    this.head = [h.measure, h.what, h.due, h.days, h.line].map((text, i) => new TableCell(text, ROOM[i], bold));
    this.red = ctx.color ? (text) => c.red(text) : undefined;
    this.yellow = ctx.color ? (text) => c.yellow(text) : undefined;
    this.whatTexts = new WhatTexts(ctx.lang);
  }

  /** Adds the next item's row: its cells and its height in lines. Items are added in the order they are listed. */
  addRow(item: DueItem): void {
    const cells = this.cells;
    const name = this.names.get(item.measureName ?? "–");
    // Only a deadline's own wording comes from the file, but escaping our own words changes nothing either.
    const what = this.whats.get(this.whatTexts.of(item));
    cells.push(name, what, this.dues.get(item.due), this.daysCell(item.daysOverdue, item.state === "overdue"), this.lineCell(this.ctx.locate(item).line));
    // The other cells are one line (dates, counts, numbers).
    this.heights.push(Math.max(name.lines.length, what.lines.length));
  }

  /** The heading line of `first`'s plan, its table of the items numbered `rows` (by addRow), and a line break. */
  write(out: ByteBatches, first: DueItem, rows: readonly number[]): void {
    out.bytes(this.heading(first));
    writeTable(out, this.head, this.cells, rows, fitWidths(this.head, this.cells, rows, WIDTHS), this.heights);
    out.bytes(NEWLINE);
  }

  private heading(first: DueItem): Uint8Array {
    const known = this.headings.get(first.file);
    if (known && known.planId === first.planId && known.planTitle === first.planTitle) return known.bytes;
    const where = `(${escapeControl(first.file)})`;
    const heading = `${escapeControl(first.planId)}: ${escapeControl(first.planTitle)} ${this.ctx.color ? this.c.dim(where) : where}`;
    const bytes = Buffer.from(`${neutraliseLines(heading)}\n`);
    if (this.headings.size >= LIMIT) this.headings.clear();
    this.headings.set(first.file, { planId: first.planId, planTitle: first.planTitle, bytes });
    return bytes;
  }

  private daysCell(daysOverdue: number, overdue: boolean): TableCell {
    const key = daysOverdue * 2 + (overdue ? 1 : 0);
    let cell = this.days.get(key);
    if (cell === undefined) {
      cell = new TableCell(daysText(daysOverdue, this.ctx.lang), ROOM[3], overdue ? this.red : this.yellow);
      if (this.days.size >= LIMIT) this.days.clear();
      this.days.set(key, cell);
    }
    return cell;
  }

  private lineCell(line: number): TableCell {
    let cell = this.lines.get(line);
    if (cell === undefined) {
      cell = new TableCell(String(line), ROOM[4]);
      if (this.lines.size >= LIMIT) this.lines.clear();
      this.lines.set(line, cell);
    }
    return cell;
  }
}

/** A column's cells by their text, escaped for the terminal. */
class TextCells {
  private readonly cells = new Map<string, TableCell>();

  constructor(private readonly room: number | undefined) {}

  get(text: string): TableCell {
    let cell = this.cells.get(text);
    if (cell === undefined) {
      cell = new TableCell(escapeControl(text), this.room);
      if (this.cells.size >= LIMIT) this.cells.clear();
      this.cells.set(text, cell);
    }
    return cell;
  }
}
