/**
 * A recurring follow-up's RRULE, expanded by ical.js, gives exactly the dates of the schedule's own arithmetic:
 * whole intervals from the next due date, months clamped to the month end (a monthly follow-up on the 31st is
 * on the last day of the shorter months, not skipped), and no date after the window. A series on the 29th or 30th,
 * which no RRULE clamps, ends before the first month without that day rather than skip it.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { RECURRING_INTERVALS, type RecurringInterval } from "../../src/dates/interval.js";
import { addDays, addMonths, endOfMonth, type IsoDate } from "../../src/dates/local-date.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { formatIcs } from "../../src/schedule/format/ics.js";
import { followUpSeries } from "../../src/schedule/format/ics-recurrence.js";
import type { DueItem } from "../../src/schedule/types.js";

function context(today: IsoDate, within: number): DueFormatContext {
  return { lang: "sv", color: false, today, within, roleTitles: DEFAULT_CONFIG.roles, skippedFiles: [], reminderDays: 7, toolVersion: "1" };
}

function recurringItem(interval: RecurringInterval, due: IsoDate): DueItem {
  return {
    kind: "followup-recurring",
    state: "due-soon",
    due,
    daysOverdue: 0,
    planId: "p",
    planTitle: "Plan",
    file: "plans/p.yaml",
    path: ["åtgärder", 0, "uppföljning", "intervall"],
    line: 1,
    column: 1,
    measureId: "m",
    measureName: "Åtgärd",
    measureTitle: "Åtgärd",
    responsible: ["EC"],
    interval,
  };
}

/** The calendar's dates for a follow-up due on `due`, as ical.js expands the event's RRULE. */
function calendarDates(interval: RecurringInterval, due: IsoDate, within: number): string[] {
  const text = formatIcs([recurringItem(interval, due)], context(due, within));
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!vevent) return [];
  const iterator = new ICAL.Event(vevent).iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < 1000; next = iterator.next()) dates.push(next.toString());
  return dates;
}

const MONTHS: Partial<Record<RecurringInterval, number>> = { månadsvis: 1, kvartalsvis: 3, terminsvis: 6, halvårsvis: 6, årsvis: 12 };

/** The schedule's arithmetic: the k-th date is k intervals after the first, clamped to the month end. */
function schedule(interval: RecurringInterval, due: IsoDate, within: number): string[] {
  const until = addDays(due, within);
  const dates: string[] = [];
  for (let k = 0; ; k++) {
    const months = MONTHS[interval];
    const date = months === undefined ? addDays(due, 7 * k) : addMonths(due, k * months);
    if (date > until) return dates;
    dates.push(date);
  }
}

/** What the calendar may show of it: all of it, or up to the first clamped date when the days are not all month ends. */
function expected(interval: RecurringInterval, due: IsoDate, within: number): string[] {
  const dates = schedule(interval, due, within);
  const clamped = MONTHS[interval] === undefined ? -1 : dates.findIndex((date) => date.slice(8) !== due.slice(8));
  if (clamped === -1 || dates.every((date) => date === endOfMonth(date))) return dates;
  expect(["29", "30"]).toContain(due.slice(8));
  return dates.slice(0, clamped);
}

describe("a recurring follow-up in the calendar", () => {
  it.each([
    ["månadsvis", "2024-01-31", 120, ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]],
    [
      "månadsvis",
      "2023-05-30",
      300,
      ["2023-05-30", "2023-06-30", "2023-07-30", "2023-08-30", "2023-09-30", "2023-10-30", "2023-11-30", "2023-12-30", "2024-01-30"],
    ],
    ["kvartalsvis", "2024-11-30", 200, ["2024-11-30"]],
    ["kvartalsvis", "2024-12-31", 200, ["2024-12-31", "2025-03-31", "2025-06-30"]],
    ["terminsvis", "2024-08-31", 365, ["2024-08-31", "2025-02-28", "2025-08-31"]],
    ["årsvis", "2024-02-29", 1500, ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]],
    ["veckovis", "2024-12-25", 14, ["2024-12-25", "2025-01-01", "2025-01-08"]],
  ] as const)("%s from %s within %i days: %j", (interval, due, within, dates) => {
    expect(calendarDates(interval, due, within)).toEqual(dates);
  });

  it("expands to the schedule's dates for every interval and every anchor day at the ends of the months of 2024", () => {
    const anchors: IsoDate[] = [];
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 15, 28, 29, 30, 31]) {
        const date = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        if (addDays(date, 0) === date && Number(addMonths(date, 0).slice(8)) === day) anchors.push(date);
      }
    }
    for (const interval of RECURRING_INTERVALS.filter((i) => i !== "regelbundet")) {
      for (const anchor of anchors)
        expect(calendarDates(interval, anchor, 800), `${interval} ${anchor}`).toEqual(expected(interval, anchor, 800));
    }
  });

  it("has no series for regelbundet, which has no dates, nor for a window that ends before the first date", () => {
    expect(followUpSeries("regelbundet", "2024-05-01", "2024-05-01", "2024-12-31")).toBeUndefined();
    expect(followUpSeries("månadsvis", "2024-05-10", "2024-05-01", "2024-05-09")).toBeUndefined();
  });
});
