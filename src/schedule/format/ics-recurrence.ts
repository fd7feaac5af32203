/**
 * A recurring follow-up as one calendar series: its dates in the window and the RRULE (ical-generator's
 * repeating options) that gives exactly those dates. Pure and date-only.
 *
 * The series counts from its anchor (the next due date `plan due` computes) in whole intervals, months clamped
 * to the month end as in src/dates/: monthly from 2024-01-31 gives 02-29, 03-31, 04-30. A plain `FREQ=MONTHLY`
 * would skip the months without a 31st (RFC 5545 drops invalid dates), so when every date is its month's last
 * day the rule says so (BYDAY=every weekday;BYSETPOS=-1, the "last day" pattern calendar programs know). An anchor
 * on the 29th or 30th has no such rule (BYMONTHDAY with BYSETPOS would be one, but ical.js and others ignore
 * BYSETPOS there): its series ends before the first month without that day, and the next export continues it.
 */
import { ICalEventRepeatingFreq, type ICalRepeatingOptions, ICalWeekday } from "ical-generator";
import type { RecurringInterval } from "../../dates/interval.js";
import { addDays, addMonths, endOfMonth, type IsoDate } from "../../dates/local-date.js";

type Step = { days: number } | { months: number };

const STEPS: Record<RecurringInterval, Step | undefined> = {
  veckovis: { days: 7 },
  månadsvis: { months: 1 },
  kvartalsvis: { months: 3 },
  // A term counts as half a year, as for plan due (src/dates/interval.ts).
  terminsvis: { months: 6 },
  halvårsvis: { months: 6 },
  årsvis: { months: 12 },
  regelbundet: undefined,
};

const EVERY_WEEKDAY = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];

export interface Series {
  /** The first date of the series in the window: DTSTART. */
  start: IsoDate;
  /** Every date of the series in the window, `start` first. */
  dates: IsoDate[];
  rule: ICalRepeatingOptions;
}

/**
 * The series of a follow-up due on `anchor` and every interval after it, limited to the window from `from` to
 * `until` (both included): COUNT ends it at the window's end, so a calendar holds no more than `plan due` can
 * vouch for, and a later export extends it. Undefined when no date falls in the window or the interval has none.
 * The last-day rule is used only when a date is clamped: a series on the 31st of 31-day months needs none.
 */
export function followUpSeries(interval: RecurringInterval, anchor: IsoDate, from: IsoDate, until: IsoDate): Series | undefined {
  const step = STEPS[interval];
  if (!step) return undefined;
  const all: IsoDate[] = [];
  for (let k = 0; ; k++) {
    const date = "days" in step ? addDays(anchor, k * step.days) : addMonths(anchor, k * step.months);
    if (date > until) break;
    if (date >= from) all.push(date);
  }
  const monthly = "months" in step;
  const lastDays = monthly && all.every((date) => date === endOfMonth(date));
  // Without a rule for every date, the series keeps the dates on the anchor's day, up to the first that is not.
  const cut = monthly ? all.findIndex((date) => date.slice(8, 10) !== anchor.slice(8, 10)) : -1;
  const dates = lastDays || cut === -1 ? all : all.slice(0, cut);
  const start = dates[0];
  if (start === undefined) return undefined;
  return { start, dates, rule: { ...ruleOf(step, anchor, lastDays && cut !== -1), count: dates.length } };
}

function ruleOf(step: Step, anchor: IsoDate, lastDays: boolean): ICalRepeatingOptions {
  if ("days" in step) return { freq: ICalEventRepeatingFreq.WEEKLY };
  const yearly = step.months === 12;
  const rule: ICalRepeatingOptions = {
    freq: yearly ? ICalEventRepeatingFreq.YEARLY : ICalEventRepeatingFreq.MONTHLY,
    ...(!yearly && step.months > 1 && { interval: step.months }),
  };
  if (!lastDays) return rule;
  return { ...rule, ...(yearly && { byMonth: Number(anchor.slice(5, 7)) }), byDay: EVERY_WEEKDAY, bySetPos: -1 };
}
