/**
 * The due dates of one measure: its dated follow-up, its recurring follow-up, its checkpoint and its deadline.
 * Pure and date-only. A done measure has nothing due. See docs/schedule.md for the reasoning behind each rule.
 */
import { nextDueAfter } from "../dates/interval.js";
import { type IsoDate, minDate } from "../dates/local-date.js";
import type { FollowUp, Measure, Plan } from "../model/types.js";
import { type Candidate, candidate, type DueField } from "./candidate.js";
import { planStart } from "./plan-start.js";
import type { ScheduleOptions } from "./types.js";

export function measureCandidates(plan: Plan, measure: Measure, options: ScheduleOptions): Candidate[] {
  if (options.isDone(measure.status)) return [];
  const { followUp, deadline } = measure;
  const out: Candidate[] = [];
  if (followUp) {
    const recurring = recurringDue(plan, followUp, lastLogged(followUp), options.today);
    if (recurring) {
      out.push(candidate("followup-recurring", recurring.due, recurring.field, measure, recurring.undated));
    } else if (followUp.date && !loggedOnOrAfter(followUp, followUp.date)) {
      out.push(candidate("followup-date", followUp.date, "datum", measure));
    }
    if (followUp.checkpoint && !loggedOnOrAfter(followUp, followUp.checkpoint)) {
      out.push(candidate("checkpoint", followUp.checkpoint, "avstämning", measure));
    }
  }
  if (deadline) out.push(candidate("deadline", deadline.range.end, "klart_senast", measure));
  return out;
}

/** The latest recorded follow-up, whatever the order of the log. */
export function lastLogged(followUp: FollowUp): IsoDate | undefined {
  return followUp.log.map((entry) => entry.date).reduce<IsoDate | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}

function loggedOnOrAfter(followUp: FollowUp, date: IsoDate): boolean {
  return followUp.log.some((entry) => entry.date >= date);
}

interface RecurringDue {
  due: IsoDate;
  field: DueField;
  undated: boolean;
}

/**
 * When a recurring follow-up with a stated interval is next due. After a recorded follow-up: one interval later.
 * Never recorded: its first date (`datum`) if given, else one interval after the plan's start, else today,
 * because a recurring follow-up that has never been held is due now, though we cannot claim since when.
 */
function recurringDue(plan: Plan, followUp: FollowUp, last: IsoDate | undefined, today: IsoDate): RecurringDue | undefined {
  const interval = followUp.interval;
  if (!interval) return undefined;
  if (last) {
    const next = nextDueAfter(last, interval);
    if (next === undefined) return undefined;
    // A first date after every recorded follow-up (one held early) is still pending.
    return { due: followUp.date && followUp.date > last ? minDate(followUp.date, next) : next, field: "intervall", undated: false };
  }
  if (interval === "regelbundet") return undefined;
  if (followUp.date) return { due: followUp.date, field: "datum", undated: false };
  const start = planStart(plan);
  const first = start ? nextDueAfter(start, interval) : undefined;
  return first ? { due: first, field: "intervall", undated: false } : { due: today, field: "intervall", undated: true };
}
