/**
 * `plan due` as a pure function: (plans, today, window, config facts) → the items that are overdue or due soon,
 * sorted by due date (the most overdue first), then file and position in the file.
 */

import { addDays, diffDays, type IsoDate } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";
import type { Candidate } from "./candidate.js";
import { followUpTextOf, lastLoggedOf, measureName, pathOf, positionOf, responsibleOf } from "./item-fields.js";
import { measureCandidates } from "./measure-rules.js";
import { planCandidates } from "./plan-rules.js";
import type { DueItem, ScheduleOptions } from "./types.js";

export function dueItems(plans: readonly Plan[], options: ScheduleOptions): DueItem[] {
  // Candidates due by the window's last day are kept.
  const horizon = addDays(options.today, options.within);
  const items = plans.flatMap((plan) => keptCandidates(plan, options, horizon).map((c) => toItem(plan, c, options)));
  return items.sort(compareItems);
}

/** A plan's candidates that the window keeps: due by its last day, or in a report-back's run-up. */
function keptCandidates(plan: Plan, options: ScheduleOptions, horizon: IsoDate): Candidate[] {
  const planWide = planCandidates(plan, options).filter(
    (c) => c.due <= horizon || (c.shownFrom !== undefined && options.today >= c.shownFrom),
  );
  const measures = plan.measures.flatMap((measure) => measureCandidates(plan, measure, options)).filter((c) => c.due <= horizon);
  return [...planWide, ...measures];
}

function toItem(plan: Plan, c: Candidate, options: ScheduleOptions): DueItem {
  const daysOverdue = diffDays(options.today, c.due);
  const { line, column } = positionOf(plan, c);
  const item: DueItem = {
    kind: c.kind,
    state: daysOverdue > 0 ? "overdue" : "due-soon",
    due: c.due,
    daysOverdue,
    planId: plan.id,
    planTitle: plan.title,
    file: plan.file,
    path: pathOf(c),
    line,
    column,
    responsible: [...new Set(responsibleOf(plan, c).map((role) => options.roleName?.(role) ?? role))],
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
