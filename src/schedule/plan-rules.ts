/** The due dates of a plan as a whole: its revision date and the run-up to a report-back. */
import type { IsoDate } from "../dates/local-date.js";
import type { PlanCore } from "../model/types.js";
import { type Candidate, candidate } from "./candidate.js";
import { isUnitPlan, planStart } from "./plan-start.js";
import { nextReportBack } from "./report-back.js";
import type { ScheduleOptions } from "./types.js";

const NONE: readonly Candidate[] = [];

export function planCandidates(plan: PlanCore, options: ScheduleOptions): readonly Candidate[] {
  const reviseBy = plan.document.reviseBy;
  const reportBack = reportBackCandidate(plan, options);
  if (!reviseBy && !reportBack) return NONE;
  const out: Candidate[] = [];
  if (reviseBy) out.push(candidate("revision", reviseBy, "revideras_senast", undefined));
  if (reportBack) out.push(reportBack);
  return out;
}

/**
 * A unit plan with no follow-up recorded since the previous report-back, seen from the month before the next
 * report-back (or earlier, when the look-ahead window reaches it) until the end of the report-back month.
 * A plan that starts after the report-back month, or whose measures are all done, has nothing to report.
 */
function reportBackCandidate(plan: PlanCore, options: ScheduleOptions): Candidate | undefined {
  if (!isUnitPlan(plan)) return undefined;
  const window = nextReportBack(options.today, options.reportMonths);
  if (!window) return undefined;
  const start = planStart(plan);
  if (start !== undefined && start > window.month) return undefined;
  if (plan.measures.length > 0 && plan.measures.every((m) => options.isDone(m.status))) return undefined;
  if (latestLogged(plan) >= window.freshSince) return undefined;
  const c = candidate("report-back", window.month, "id", undefined);
  c.shownFrom = window.runUpStart;
  c.previousReportBack = window.previous;
  return c;
}

/** (Loops by index: see keptCandidates.) */
function latestLogged(plan: PlanCore): IsoDate | "" {
  let latest: IsoDate | "" = "";
  const measures = plan.measures;
  for (let m = 0; m < measures.length; m++) {
    const log = measures[m]!.followUp?.log;
    if (log) for (let i = 0; i < log.length; i++) if (log[i]!.date > latest) latest = log[i]!.date;
  }
  return latest;
}
