/**
 * nextDueAfter (src/dates/interval.ts), remembered: thousands of recurring follow-ups were last held on the same
 * few hundred dates, and working out each next date builds several strings. Bounded, like any cache of input.
 */
import { nextDueAfter, type RecurringInterval } from "../dates/interval.js";
import type { IsoDate } from "../dates/local-date.js";

const LIMIT = 10_000;
const remembered = new Map<RecurringInterval, Map<IsoDate, IsoDate | undefined>>();
let size = 0;

export function nextDueAfterRemembered(last: IsoDate, interval: RecurringInterval): IsoDate | undefined {
  let byDate = remembered.get(interval);
  if (!byDate) remembered.set(interval, (byDate = new Map()));
  if (byDate.has(last)) return byDate.get(last);
  const next = nextDueAfter(last, interval);
  if (size++ >= LIMIT) {
    for (const dates of remembered.values()) dates.clear();
    size = 1;
  }
  byDate.set(last, next);
  return next;
}
