/**
 * The report-back (återrapportering) calendar: which report-back month comes next, when its run-up starts and
 * since when a follow-up counts as fresh for it. Months are counted as year × 12 + month − 1, so December and
 * January are neighbours and no date arithmetic can shift a day.
 */
import { type IsoDate, isoDate } from "../dates/local-date.js";

export interface ReportBackWindow {
  /** The first day of the report-back month; the item is due then. */
  month: IsoDate;
  /** The first day of the month before: the run-up in which a missing follow-up is reported. */
  runUpStart: IsoDate;
  /** The first day of the previous report-back month. */
  previous: IsoDate;
  /** The first day after the previous report-back month: follow-ups from then on count. */
  freshSince: IsoDate;
}

/** The report-back month that today falls in or before (the nearest one not yet over). */
export function nextReportBack(today: IsoDate, reportMonths: readonly number[]): ReportBackWindow | undefined {
  if (reportMonths.length === 0) return undefined;
  const todayIndex = monthIndex(today);
  const year = Math.floor(todayIndex / 12);
  const instances = [year - 2, year - 1, year, year + 1].flatMap((y) => reportMonths.map((m) => y * 12 + m - 1)).sort((a, b) => a - b);
  const current = instances.find((i) => i >= todayIndex);
  const previous = current === undefined ? undefined : instances.filter((i) => i < current).at(-1);
  if (current === undefined || previous === undefined) return undefined;
  return {
    month: fromIndex(current),
    runUpStart: fromIndex(current - 1),
    previous: fromIndex(previous),
    freshSince: fromIndex(previous + 1),
  };
}

function monthIndex(d: IsoDate): number {
  return Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
}

function fromIndex(index: number): IsoDate {
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}
