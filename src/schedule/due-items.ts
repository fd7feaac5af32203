/**
 * `plan due` as a pure function: (plans, today, window, config facts) → the items that are overdue or due soon,
 * sorted by due date (the most overdue first), then file and position in the file.
 */
import { addDays, diffDays } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";
import type { Candidate } from "./candidate.js";
import { measureCandidates } from "./measure-rules.js";
import { planCandidates } from "./plan-rules.js";
import type { DueItem, ScheduleOptions } from "./types.js";

export function dueItems(plans: readonly Plan[], options: ScheduleOptions): DueItem[] {
  const horizon = addDays(options.today, options.within);
  const items: DueItem[] = [];
  for (const plan of plans) {
    const candidates = [...planCandidates(plan, options), ...plan.measures.flatMap((m) => measureCandidates(plan, m, options))];
    for (const c of candidates) {
      if (c.due <= horizon || (c.shownFrom !== undefined && options.today >= c.shownFrom)) items.push(toItem(plan, c, options));
    }
  }
  return items.sort(compareItems);
}

function toItem(plan: Plan, { shownFrom: _, ...c }: Candidate, options: ScheduleOptions): DueItem {
  return {
    ...c,
    state: c.due < options.today ? "overdue" : "due-soon",
    daysOverdue: diffDays(options.today, c.due),
    planId: plan.id,
    planTitle: plan.title,
    file: plan.file,
  };
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
