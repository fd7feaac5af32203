/**
 * `plan due` as a pure function: (plans, today, window, config facts) → the items that are overdue or due soon,
 * sorted by due date (the most overdue first), then file and position in the file.
 */
import type { PlanCore } from "../model/types.js";
import type { Candidate } from "./candidate.js";
import { followUpTextOf, lastLoggedOf, measureName, pathOf, responsibleOf } from "./item-fields.js";
import { measureCandidates } from "./measure-rules.js";
import { planCandidates } from "./plan-rules.js";
import { type ScheduleRun, scheduleRun } from "./schedule-run.js";
import type { DueItem, ScheduleOptions } from "./types.js";

export function dueItems(plans: readonly PlanCore[], options: ScheduleOptions): DueItem[] {
  const run = scheduleRun(options);
  const items: DueItem[] = [];
  for (const plan of plans) for (const c of keptCandidates(plan, run)) items.push(toItem(plan, c, run));
  return items.sort(compareItems);
}

/**
 * A plan's candidates that the window keeps: due by its last day, or in a report-back's run-up. Loops by index: in
 * a cold run much of this runs before it is optimised, where for…of makes an iterator result per element.
 */
export function keptCandidates(plan: PlanCore, run: ScheduleRun): Candidate[] {
  const kept: Candidate[] = [];
  const { horizon, options } = run;
  const planWide = planCandidates(plan, options);
  for (let i = 0; i < planWide.length; i++) {
    const c = planWide[i]!;
    if (c.due <= horizon || (c.shownFrom !== undefined && options.today >= c.shownFrom)) kept.push(c);
  }
  const measures = plan.measures;
  for (let m = 0; m < measures.length; m++) {
    const candidates = measureCandidates(plan, measures[m]!, options);
    for (let i = 0; i < candidates.length; i++) if (candidates[i]!.due <= horizon) kept.push(candidates[i]!);
  }
  return kept;
}

/** The full item, for the report and the tests; `plan due` keeps compact ones (compact/encode.ts). */
function toItem(plan: PlanCore, c: Candidate, run: ScheduleRun): DueItem {
  const daysOverdue = run.daysOverdue(c.due);
  const item: DueItem = {
    kind: c.kind,
    state: daysOverdue > 0 ? "overdue" : "due-soon",
    due: c.due,
    daysOverdue,
    planId: plan.id,
    planTitle: plan.title,
    file: plan.file,
    path: pathOf(c),
    responsible: responsibleOf(plan, c),
  };
  const measure = c.measure;
  if (measure) {
    item.measureId = measure.id;
    item.measureName = measureName(measure);
    item.measureTitle = measure.title;
    if (measure.status !== undefined) item.measureStatus = measure.status;
  }
  if (c.kind === "followup-recurring") {
    item.interval = measure!.followUp!.interval!;
    const last = lastLoggedOf(c);
    if (last) item.lastFollowUp = last;
    if (c.undated) item.undated = true;
  }
  if (c.kind === "deadline") item.deadline = measure!.deadline!.written;
  if (c.kind === "report-back") {
    item.reportMonth = c.due.slice(0, 7);
    item.previousReportMonth = c.previousReportBack!.slice(0, 7);
  }
  const text = followUpTextOf(c);
  if (text !== undefined) item.followUpText = text;
  return item;
}

export function compareItems(a: DueItem, b: DueItem): number {
  return cmp(a.due, b.due) || cmp(a.file, b.file) || comparePaths(a.path, b.path);
}

function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const c = typeof x === "number" && typeof y === "number" ? x - y : cmp(String(x), String(y));
    if (c) return c;
  }
  return a.length - b.length;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
