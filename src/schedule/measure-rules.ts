/**
 * The due dates of one measure: its dated follow-up, its recurring follow-up, its checkpoint and its deadline.
 * Pure and date-only. A done measure has nothing due. See docs/schedule.md for the reasoning behind each rule.
 */
import { type IsoDate, minDate } from "../dates/local-date.js";
import type { FollowUp, Measure, PlanCore } from "../model/types.js";
import { type Candidate, candidate, type DueField } from "./candidate.js";
import { nextDueAfterRemembered as nextDueAfter } from "./next-due.js";
import { planStart } from "./plan-start.js";
import type { ScheduleOptions } from "./types.js";

const NONE: readonly Candidate[] = [];

export function measureCandidates(plan: PlanCore, measure: Measure, options: ScheduleOptions): readonly Candidate[] {
  if (options.isDone(measure.status)) return NONE;
  const followUp = measure.followUp;
  const deadline = measure.deadline;
  if (!followUp && !deadline) return NONE;
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

/** The latest recorded follow-up, whatever the order of the log. (Loops by index: see keptCandidates.) */
export function lastLogged(followUp: FollowUp): IsoDate | undefined {
  const log = followUp.log;
  let last: IsoDate | undefined;
  for (let i = 0; i < log.length; i++) if (last === undefined || log[i]!.date > last) last = log[i]!.date;
  return last;
}

function loggedOnOrAfter(followUp: FollowUp, date: IsoDate): boolean {
  const log = followUp.log;
  for (let i = 0; i < log.length; i++) if (log[i]!.date >= date) return true;
  return false;
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
function recurringDue(plan: PlanCore, followUp: FollowUp, last: IsoDate | undefined, today: IsoDate): RecurringDue | undefined {
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
