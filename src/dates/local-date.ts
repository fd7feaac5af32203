/**
 * Calendar dates without a time of day. Arithmetic runs on day numbers, never on local `Date`s:
 * some days do not exist in some zones (1994-12-31 in Pacific/Kiritimati, 2011-12-30 in Pacific/Apia),
 * and a local-midnight `Date` for such a day silently becomes the next one.
 */

/** Always `YYYY-MM-DD` and a real calendar date. */
export type IsoDate = string;

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDateShape(text: string): boolean {
  return ISO_SHAPE.test(text);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Builds an IsoDate from parts that the caller knows are valid. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Strict: `2024-02-30` is rejected, not rolled over into March. */
export function parseIsoDate(text: string): IsoDate | undefined {
  if (!ISO_SHAPE.test(text)) return undefined;
  const [year, month, day] = parts(text);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text;
}

/** Local midnight, for date-fns. On a day the zone skipped this is the following day. */
export function toDate(d: IsoDate): Date {
  const [year, month, day] = parts(d);
  const date = new Date(2000, 0, 1);
  // setFullYear, unlike the constructor, does not map years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

/** The local calendar day of a `Date`. */
export function fromDate(d: Date): IsoDate {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function todayLocal(now: Date = new Date()): IsoDate {
  return fromDate(now);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** Clamps to the month end: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [year, month, day] = parts(d);
  const index = year * 12 + (month - 1) + n;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return isoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** 2024-02-29 + 1 year = 2025-02-28. */
export function addYears(d: IsoDate, n: number): IsoDate {
  return addMonths(d, n * 12);
}

/** Calendar days a − b. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
  return rest.reduce((max, d) => (d > max ? d : max), first);
}

export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
  return rest.reduce((min, d) => (d < min ? d : min), first);
}

export function endOfMonth(d: IsoDate): IsoDate {
  const [year, month] = parts(d);
  return isoDate(year, month, daysInMonth(year, month));
}

export const SWEDISH_MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** "29 april 2025", the way Swedish documents write a date. */
export function formatSwedishDate(d: IsoDate): string {
  const [year, month, day] = parts(d);
  return `${day} ${SWEDISH_MONTHS[month - 1]} ${year}`;
}

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** 1–12 for `maj`, `Sept.`, `december`; undefined for anything else. */
export function monthFromSwedishName(name: string): number | undefined {
  const key = name.trim().toLowerCase().replace(/\.$/, "");
  const full = (SWEDISH_MONTHS as readonly string[]).indexOf(key);
  if (full >= 0) return full + 1;
  return Object.hasOwn(MONTH_ABBREVIATIONS, key) ? MONTH_ABBREVIATIONS[key] : undefined;
}

function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Days since 1970-01-01, computed in UTC where every calendar day exists exactly once. */
function dayNumber(d: IsoDate): number {
  const [year, month, day] = parts(d);
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * MS_PER_DAY);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
