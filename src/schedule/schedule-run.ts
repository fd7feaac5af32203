/**
 * What stays the same for every plan of one run of the schedule: the options, the last day of the look-ahead window,
 * and today − date counted once per date (the same few hundred dates recur on thousands of items).
 */
import { addDays, diffDays, type IsoDate } from "../dates/local-date.js";
import type { ScheduleOptions } from "./types.js";

export interface ScheduleRun {
  options: ScheduleOptions;
  /** today + within: candidates due by then are kept. */
  horizon: IsoDate;
  /** today − date in calendar days. */
  daysOverdue(date: IsoDate): number;
}

export function scheduleRun(options: ScheduleOptions): ScheduleRun {
  const counted = new Map<IsoDate, number>();
  return {
    options,
    horizon: addDays(options.today, options.within),
    daysOverdue(date) {
      let days = counted.get(date);
      if (days === undefined) {
        days = diffDays(options.today, date);
        counted.set(date, days);
      }
      return days;
    },
  };
}
