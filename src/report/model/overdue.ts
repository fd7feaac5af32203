/**
 * What the committee should know is late, from src/schedule (the rules of `plan due`, in its words): everything
 * past due on the report date (an item due that very day is not late). A unit plan with nothing recorded since
 * the previous report-back is not lateness but a fact of its own (plansWithoutFollowUp). Items of
 * one plan that are late in the same way since the same day are one row, naming their measures, so that six
 * plans with five unrecorded monthly follow-ups make six rows rather than thirty. Rows follow the report's
 * order of plans, then the due date.
 */
import type { Plan } from "../../model/types.js";
import { whatText } from "../../schedule/format/texts.js";
import type { DueItem } from "../../schedule/types.js";
import { monthRef } from "./months.js";
import type { OverdueRow, WithoutFollowUp } from "./types.js";

export function overdueRows(items: readonly DueItem[], plans: readonly Plan[], isDone: (status?: string) => boolean): OverdueRow[] {
  const rows = new Map<string, OverdueRow>();
  for (const item of items) {
    if (item.state !== "overdue" || item.kind === "report-back") continue;
    const what = whatText(item, "sv");
    const key = JSON.stringify([item.planId, what, item.due]);
    const row = rows.get(key) ?? {
      planId: item.planId,
      plan: item.planTitle,
      what,
      measures: [],
      allMeasures: false,
      due: item.due,
      daysLate: item.daysOverdue,
    };
    if (item.measureTitle !== undefined) row.measures.push(item.measureTitle);
    rows.set(key, row);
  }
  const order = new Map(plans.map((p, i) => [p.id, i]));
  const open = new Map(plans.map((p) => [p.id, p.measures.filter((m) => !isDone(m.status)).length]));
  return [...rows.values()]
    .map((row) => ({ ...row, allMeasures: row.measures.length > 1 && row.measures.length === open.get(row.planId) }))
    .sort((a, b) => (order.get(a.planId) ?? 0) - (order.get(b.planId) ?? 0) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The plans with no follow-up recorded since the previous report-back, in the report's order; undefined if none. */
export function plansWithoutFollowUp(items: readonly DueItem[], plans: readonly Plan[]): WithoutFollowUp | undefined {
  const reportBacks = items.filter((item) => item.kind === "report-back");
  const since = reportBacks[0]?.previousReportMonth;
  if (since === undefined) return undefined;
  const without = new Set(reportBacks.map((item) => item.planId));
  const [year, month] = since.split("-").map(Number);
  return { since: monthRef(year!, month!), plans: plans.filter((plan) => without.has(plan.id)).map((plan) => plan.title) };
}
