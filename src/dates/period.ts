/**
 * The one parser for Swedish periods (`Vt-24`, `Feb 24`, `Q2 2025`, `v. 12 2025`, …). Validation, `plan due`
 * and the report all call it, so a deadline means the same thing everywhere. It never guesses: a form it
 * does not know is "unrecognised", even when a human could tell what was meant.
 */
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { addDays, daysInMonth, fromDate, type IsoDate, isoDate, monthFromSwedishName, parseIsoDate, toDate } from "./local-date.js";

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export type PeriodKind = "date" | "term" | "month" | "quarter" | "week" | "year";

export type PeriodResult = { ok: true; kind: PeriodKind; range: DateRange } | { ok: false; reason: "invalid-date" | "unrecognised" };

// Applied to text already lower-cased with runs of whitespace collapsed to one space.
// An en dash counts as a hyphen: word processors turn "Vt - 24" into "Vt – 24".
const OPT_SEP = "(?: ?[-–] ?| ?)";
// A number followed by a year needs a separator, or "v 1225" could be week 1 or 12.
const REQ_SEP = "(?: ?[-–] ?| )";
const YEAR = "(\\d{2}|\\d{4})";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const TERM = new RegExp(`^(vt|ht|vårtermin|hösttermin)${OPT_SEP}${YEAR}$`);
const QUARTER = new RegExp(`^(?:q|k|kvartal) ?([1-4])${REQ_SEP}${YEAR}$`);
const WEEK = new RegExp(`^(?:v\\.?|vecka) ?(\\d{1,2})${REQ_SEP}${YEAR}$`);
const MONTH_NAME = new RegExp(`^([a-zåäö]+)\\.?${OPT_SEP}${YEAR}$`);

const UNRECOGNISED: PeriodResult = Object.freeze({ ok: false, reason: "unrecognised" });
const INVALID_DATE: PeriodResult = Object.freeze({ ok: false, reason: "invalid-date" });

export function parsePeriod(text: string): PeriodResult {
  // NFC so that a decomposed "å" (as macOS file names and some editors write it) still matches.
  const s = text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  if (DATE.test(s)) {
    const date = parseIsoDate(s);
    return date ? found("date", date, date) : INVALID_DATE;
  }
  const numeric = NUMERIC_MONTH.exec(s);
  if (numeric) return month(Number(numeric[1]), Number(numeric[2]));
  const yearOnly = YEAR_ONLY.exec(s);
  if (yearOnly) {
    const year = Number(yearOnly[1]);
    return found("year", isoDate(year, 1, 1), isoDate(year, 12, 31));
  }
  const term = TERM.exec(s);
  if (term) {
    const year = fullYear(term[2]!);
    return term[1]!.startsWith("v")
      ? found("term", isoDate(year, 1, 1), isoDate(year, 6, 30))
      : found("term", isoDate(year, 8, 1), isoDate(year, 12, 31));
  }
  const quarter = QUARTER.exec(s);
  if (quarter) {
    const year = fullYear(quarter[2]!);
    const first = (Number(quarter[1]) - 1) * 3 + 1;
    return found("quarter", isoDate(year, first, 1), isoDate(year, first + 2, daysInMonth(year, first + 2)));
  }
  const week_ = WEEK.exec(s);
  if (week_) return week(Number(week_[1]), fullYear(week_[2]!));
  const monthName = MONTH_NAME.exec(s);
  if (monthName) {
    const monthNumber = monthFromSwedishName(monthName[1]!);
    return monthNumber ? month(fullYear(monthName[2]!), monthNumber) : UNRECOGNISED;
  }
  return UNRECOGNISED;
}

/** The day a deadline written as `text` falls due, or undefined when it does not parse. */
export function periodEnd(text: string): IsoDate | undefined {
  const result = parsePeriod(text);
  return result.ok ? result.range.end : undefined;
}

function found(kind: PeriodKind, start: IsoDate, end: IsoDate): PeriodResult {
  return Object.freeze({ ok: true, kind, range: Object.freeze({ start, end }) });
}

/** Plans are written this century: "-24" is 2024. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function month(year: number, monthNumber: number): PeriodResult {
  if (monthNumber < 1 || monthNumber > 12) return UNRECOGNISED;
  return found("month", isoDate(year, monthNumber, 1), isoDate(year, monthNumber, daysInMonth(year, monthNumber)));
}

function week(weekNumber: number, year: number): PeriodResult {
  if (weekNumber < 1 || weekNumber > 53) return UNRECOGNISED;
  // 4 January always lies in ISO week 1, so it anchors both the week count and week 1's Monday.
  const jan4 = toDate(isoDate(year, 1, 4));
  if (weekNumber > getISOWeeksInYear(jan4)) return INVALID_DATE;
  const monday = addDays(fromDate(startOfISOWeek(jan4)), (weekNumber - 1) * 7);
  return found("week", monday, addDays(monday, 6));
}
