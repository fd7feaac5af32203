/** The due dates of a plan as a whole: its revision date and the run-up to a report-back. */
import type { IsoDate } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";
import type { Candidate } from "./candidate.js";
import { isUnitPlan, planStart } from "./plan-start.js";
import { nextReportBack } from "./report-back.js";
import type { ScheduleOptions } from "./types.js";

export function planCandidates(plan: Plan, options: ScheduleOptions): Candidate[] {
  const owner = plan.document.documentOwner ? [plan.document.documentOwner] : [];
  const out: Candidate[] = [];
  if (plan.document.reviseBy) {
    out.push({ kind: "revision", due: plan.document.reviseBy, path: ["styrdokument", "revideras_senast"], responsible: owner });
  }
  const reportBack = reportBackCandidate(plan, options);
  if (reportBack) out.push({ ...reportBack, responsible: owner });
  return out;
}

/**
 * A unit plan with no follow-up recorded since the previous report-back, seen from the month before the next
 * report-back (or earlier, when the look-ahead window reaches it) until the end of the report-back month.
 * A plan that starts after the report-back month, or whose measures are all done, has nothing to report.
 */
function reportBackCandidate(plan: Plan, options: ScheduleOptions): Omit<Candidate, "responsible"> | undefined {
  if (!isUnitPlan(plan)) return undefined;
  const window = nextReportBack(options.today, options.reportMonths);
  if (!window) return undefined;
  const start = planStart(plan);
  if (start !== undefined && start > window.month) return undefined;
  if (plan.measures.length > 0 && plan.measures.every((m) => options.isDone(m.status))) return undefined;
  if (latestLogged(plan) >= window.freshSince) return undefined;
  return {
    kind: "report-back",
    due: window.month,
    shownFrom: window.runUpStart,
    path: ["id"],
    reportMonth: window.month.slice(0, 7),
    previousReportMonth: window.previous.slice(0, 7),
  };
}

function latestLogged(plan: Plan): IsoDate | "" {
  let latest: IsoDate | "" = "";
  for (const m of plan.measures) for (const entry of m.followUp?.log ?? []) if (entry.date > latest) latest = entry.date;
  return latest;
}
