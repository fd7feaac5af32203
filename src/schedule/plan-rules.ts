/** The due dates of a plan as a whole: its revision date and the run-up to a report-back. */
import type { IsoDate } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";
import { type Candidate, candidate } from "./candidate.js";
import { isUnitPlan, planStart } from "./plan-start.js";
import { nextReportBack } from "./report-back.js";
import type { ScheduleOptions } from "./types.js";

export function planCandidates(plan: Plan, options: ScheduleOptions): Candidate[] {
  const reviseBy = plan.document.reviseBy;
  const reportBack = reportBackCandidate(plan, options);
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
function reportBackCandidate(plan: Plan, options: ScheduleOptions): Candidate | undefined {
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

function latestLogged(plan: Plan): IsoDate | "" {
  const dates = plan.measures.flatMap((m) => m.followUp?.log.map((entry) => entry.date) ?? []);
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
  return dates.reduce<IsoDate | "">((a, b) => (b > a ? b : a), "");
}
