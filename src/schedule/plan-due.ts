/**
 * One valid plan file → what `plan due` keeps of it: its due items that pass the filter, with the line and column
 * of each, in compact form (compact/layout.ts). The plan itself is not kept.
 */
import { planCoreFromFile } from "../model/from-file.js";
import type { PlanFile } from "../schema/plan-schema.js";
import type { ValidDocument } from "../validate/validate-document.js";
import { encodePlanDue } from "./compact/encode.js";
import type { PlanDue } from "./compact/layout.js";
import { keptCandidates } from "./due-items.js";
import { type DueFilter, itemFilter } from "./filter.js";
import { pathOf, responsibleOf } from "./item-fields.js";
import type { ScheduleRun } from "./schedule-run.js";

export type { PlanDue } from "./compact/layout.js";

/** planDue for every plan of a run: the run's caches and the filter's are made once. */
export function planDueJob(run: ScheduleRun, filter: DueFilter): (doc: ValidDocument) => PlanDue | undefined {
  const filtered = filter.role !== undefined || filter.status !== undefined || filter.planId !== undefined;
  const passes = itemFilter(filter);
  return function planDue(doc) {
    if (doc.typ !== "handlingsplan") return undefined;
    const plan = planCoreFromFile(doc.data as PlanFile, doc.file);
    let kept = filter.planId === undefined || plan.id === filter.planId ? keptCandidates(plan, run) : [];
    if (filtered) kept = kept.filter((c) => passes(plan.id, c.measure?.status, responsibleOf(plan, c)));
    return encodePlanDue(plan, kept, kept.length ? doc.file.locateAll(kept.map(pathOf)) : [], run);
  };
}
