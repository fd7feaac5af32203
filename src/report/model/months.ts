/** Report-back months: "maj 2025", and which one comes after it in the config's cadence. */
import { SWEDISH_MONTHS } from "../../dates/local-date.js";
import type { MonthRef } from "./types.js";

export function monthRef(year: number, month: number): MonthRef {
  return { year, month, text: `${SWEDISH_MONTHS[month - 1]} ${year}` };
}

/**
 * The first configured report-back month after `period`: May → November the same year, November → May the next,
 * with `återrapportering: [maj, november]`. Without report-back months, six months on.
 */
export function nextReportMonth(period: { year: number; month: number }, reportMonths: readonly number[]): MonthRef {
  const months = [...new Set(reportMonths)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const later = months.find((m) => m > period.month);
  if (later !== undefined) return monthRef(period.year, later);
  if (months.length > 0) return monthRef(period.year + 1, months[0]!);
  const index = period.year * 12 + period.month - 1 + 6;
  return monthRef(Math.floor(index / 12), (index % 12) + 1);
}
