/**
 * The due dates of one measure: its dated follow-up, its recurring follow-up, its checkpoint and its deadline.
 * Pure and date-only. A done measure has nothing due. See docs/schedule.md for the reasoning behind each rule.
 */
import { nextDueAfter } from "../dates/interval.js";
import { type IsoDate, maxDate, minDate } from "../dates/local-date.js";
import type { FollowUp, Measure, Plan } from "../model/types.js";
import type { Candidate } from "./candidate.js";
import { planStart } from "./plan-start.js";
import type { ScheduleOptions } from "./types.js";

export function measureCandidates(plan: Plan, measure: Measure, options: ScheduleOptions): Candidate[] {
  if (options.isDone(measure.status)) return [];
  const base = measureBase(measure);
  const out: Candidate[] = [];
  const followUp = measure.followUp;
  if (followUp) {
    const withFollowUp = { ...base, responsible: followUp.by.length ? followUp.by : measure.responsible };
    const text = followUp.text === undefined ? {} : { followUpText: followUp.text };
    const last = lastLogged(followUp);
    const recurring = recurringDue(plan, followUp, last, options.today);
    if (recurring) {
      const { due, path, undated } = recurring;
      out.push({
        ...withFollowUp,
        ...text,
        kind: "followup-recurring",
        due,
        path,
        interval: followUp.interval!,
        ...(last && { lastFollowUp: last }),
        ...(undated && { undated }),
      });
    } else if (followUp.date && !loggedOnOrAfter(followUp, followUp.date)) {
      out.push({ ...withFollowUp, ...text, kind: "followup-date", due: followUp.date, path: [...followUp.source.path, "datum"] });
    }
    if (followUp.checkpoint && !loggedOnOrAfter(followUp, followUp.checkpoint)) {
      out.push({ ...withFollowUp, ...text, kind: "checkpoint", due: followUp.checkpoint, path: [...followUp.source.path, "avstämning"] });
    }
  }
  if (measure.deadline) {
    const { range, written } = measure.deadline;
    out.push({ ...base, kind: "deadline", due: range.end, path: [...measure.source.path, "klart_senast"], deadline: written });
  }
  return out;
}

function measureBase(measure: Measure) {
  return {
    measureId: measure.id,
    measureName: measure.activity ?? measure.title,
    measureTitle: measure.title,
    ...(measure.status !== undefined && { measureStatus: measure.status }),
    responsible: measure.responsible,
  };
}

/** The latest recorded follow-up, whatever the order of the log. */
export function lastLogged(followUp: FollowUp): IsoDate | undefined {
  const dates = followUp.log.map((entry) => entry.date);
  return dates.length ? maxDate(dates[0]!, ...dates.slice(1)) : undefined;
}

function loggedOnOrAfter(followUp: FollowUp, date: IsoDate): boolean {
  return followUp.log.some((entry) => entry.date >= date);
}

/**
 * When a recurring follow-up with a stated interval is next due. After a recorded follow-up: one interval later.
 * Never recorded: its first date (`datum`) if given, else one interval after the plan's start, else today,
 * because a recurring follow-up that has never been held is due now, though we cannot claim since when.
 */
function recurringDue(
  plan: Plan,
  followUp: FollowUp,
  last: IsoDate | undefined,
  today: IsoDate,
): { due: IsoDate; path: readonly PropertyKey[]; undated?: true } | undefined {
  const interval = followUp.interval;
  if (!interval) return undefined;
  const path = [...followUp.source.path, "intervall"];
  if (last) {
    const next = nextDueAfter(last, interval);
    if (next === undefined) return undefined;
    // A first date after every recorded follow-up (one held early) is still pending.
    return { due: followUp.date && followUp.date > last ? minDate(followUp.date, next) : next, path };
  }
  if (interval === "regelbundet") return undefined;
  if (followUp.date) return { due: followUp.date, path: [...followUp.source.path, "datum"] };
  const start = planStart(plan);
  const first = start ? nextDueAfter(start, interval) : undefined;
  return first ? { due: first, path } : { due: today, path, undated: true };
}
