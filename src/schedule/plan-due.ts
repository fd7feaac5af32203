/** One valid plan file → its due items (filtered) and where each sits in the file. What `plan due` keeps of a plan. */
import type { Location } from "../diagnostics/messages.js";
import { planFromFile } from "../model/from-file.js";
import type { PlanFile } from "../schema/plan-schema.js";
import type { ValidDocument } from "../validate/validate-document.js";
import { dueItems } from "./due-items.js";
import { type DueFilter, filterItems } from "./filter.js";
import type { DueItem, ScheduleOptions } from "./types.js";

export interface PlanDue {
  planId: string;
  items: DueItem[];
  /** Line and column of each item's field, in the order of `items`. */
  at: Location[];
}

export function planDue(doc: ValidDocument, options: ScheduleOptions, filter: DueFilter): PlanDue | undefined {
  if (doc.typ !== "handlingsplan") return undefined;
  const plan = planFromFile(doc.data as PlanFile, doc.file);
  const items = filterItems(dueItems([plan], options), filter);
  return { planId: plan.id, items, at: doc.file.locateAll(items.map((item) => item.path)) };
}
