/**
 * The Tidsplan's rows by column. The header row names the columns (Aktivitet, Åtgärd, Status, Ansvarig,
 * Uppföljning, as in seed 003, in any order and near spellings); without one, the seed's order is assumed and
 * said. A column the format has no key for is kept with each row, to be written as a comment.
 */
import type { Block } from "./blocks.js";
import type { ImportWarning } from "./types.js";

export type Column = "aktivitet" | "åtgärd" | "status" | "ansvarig" | "uppföljning" | "klart_senast";

const COLUMN_NAMES: Record<string, Column> = {
  aktivitet: "aktivitet",
  aktiviteter: "aktivitet",
  åtgärd: "åtgärd",
  åtgärder: "åtgärd",
  status: "status",
  ansvarig: "ansvarig",
  ansvariga: "ansvarig",
  ansvar: "ansvarig",
  uppföljning: "uppföljning",
  "klart senast": "klart_senast",
  "klar senast": "klart_senast",
  deadline: "klart_senast",
};

const DEFAULT_COLUMNS: Column[] = ["aktivitet", "åtgärd", "status", "ansvarig", "uppföljning"];

export interface TimetableRow {
  at: number;
  values: Partial<Record<Column, string>>;
  /** Cells of columns the format lacks, with their header. */
  extra: { column: string; value: string }[];
}

export interface Timetable {
  /** The header row as written, or empty when there was none. */
  header: string[];
  rows: TimetableRow[];
}

export function readTimetable(rows: readonly Extract<Block, { kind: "row" }>[], warnings: ImportWarning[]): Timetable {
  const [first, ...rest] = rows;
  if (!first) return { header: [], rows: [] };
  const header = first.cells.map((cell) => COLUMN_NAMES[cell.toLowerCase().replace(/\s+/g, " ").trim()]);
  const hasHeader = header.filter(Boolean).length >= 2;
  const columns: (Column | undefined)[] = hasHeader ? header : DEFAULT_COLUMNS;
  if (!hasHeader) warnings.push({ code: "timetable-no-header", at: first.at, params: {} });
  else {
    first.cells.forEach((cell, index) => {
      if (!header[index] && cell !== "") warnings.push({ code: "column-unknown", at: first.at, params: { column: cell } });
    });
  }
  const body = hasHeader ? rest : rows;
  const read = body
    .filter((row) => row.cells.some((cell) => cell !== ""))
    .map((row) => {
      const result: TimetableRow = { at: row.at, values: {}, extra: [] };
      row.cells.forEach((cell, index) => {
        if (cell === "") return;
        const column = columns[index];
        if (column && result.values[column] === undefined) result.values[column] = cell;
        else result.extra.push({ column: (hasHeader ? first.cells[index] : undefined) || `kolumn ${index + 1}`, value: cell });
      });
      return result;
    });
  return { header: hasHeader ? first.cells.filter(Boolean) : [], rows: read };
}
