/** When a plan is taken to have started, for recurring follow-ups that have never been recorded. */
import { type IsoDate, isoDate } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";

/**
 * The decision date if the plan has one, else 1 January of its plan year; undefined when the file says neither.
 * A draft plan has no decision date, and a plan without a year could have started at any time.
 */
export function planStart(plan: Plan): IsoDate | undefined {
  if (plan.document.decisionDate) return plan.document.decisionDate;
  if (plan.year !== undefined) return isoDate(plan.year, 1, 1);
  return undefined;
}

/** Unit plans (a cost centre or a unit name) are the ones reported back to the committee. */
export function isUnitPlan(plan: Plan): boolean {
  return plan.costCentre !== undefined || plan.unit !== undefined;
}
