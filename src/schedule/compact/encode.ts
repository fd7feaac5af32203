/** A plan's kept candidates and their positions → its compact due items (layout.ts). */
import { RECURRING_INTERVALS } from "../../dates/interval.js";
import type { Location } from "../../diagnostics/messages.js";
import type { Measure, Plan } from "../../model/types.js";
import type { Candidate } from "../candidate.js";
import { followUpResponsible, lastLoggedOf, measureIndex, measureName, planOwner } from "../item-fields.js";
import type { ScheduleRun } from "../schedule-run.js";
import { HEADER_SIZE, I, ITEM_SIZE, MEASURE_SIZE, NO_DATE, NONE, type PlanDue, variantOf } from "./layout.js";
import { StringTable } from "./strings.js";

/** `at[i]` is where candidate i's field is written. */
export function encodePlanDue(plan: Plan, kept: readonly Candidate[], at: readonly Location[], run: ScheduleRun): PlanDue {
  const strings = new StringTable();
  strings.add(plan.id);
  strings.add(plan.title);
  strings.add(plan.file);
  const roles: RoleLists = { numbers: [], count: 0 };
  addRoles(planOwner(plan), strings, roles);
  const measures: number[] = [];
  const items = new Array<number>(kept.length * ITEM_SIZE);
  let current: Measure | undefined;
  let slot = NONE;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.measure !== current) {
      // A measure's candidates come one after the other (keptCandidates): its strings are added once.
      current = c.measure;
      slot = current ? addMeasure(current, strings, roles, measures) : NONE;
    }
    let a = NONE;
    let b = NONE;
    if (c.kind === "deadline") a = strings.add(c.measure!.deadline!.written);
    else if (c.kind === "followup-recurring") {
      const last = lastLoggedOf(c);
      a = last ? run.daysOverdue(last) : NO_DATE;
      b = RECURRING_INTERVALS.indexOf(c.measure!.followUp!.interval!);
    } else if (c.kind === "report-back") b = run.daysOverdue(c.previousReportBack!);
    const o = i * ITEM_SIZE;
    items[o + I.variant] = variantOf(c.kind, c.field, c.undated);
    items[o + I.measure] = slot;
    items[o + I.daysOverdue] = run.daysOverdue(c.due);
    items[o + I.line] = at[i]!.line;
    items[o + I.column] = at[i]!.column;
    items[o + I.a] = a;
    items[o + I.b] = b;
  }
  const { text, ends } = strings.pack();
  const numbers = new Int32Array(HEADER_SIZE + ends.length + roles.numbers.length + measures.length + items.length);
  numbers[0] = ends.length;
  numbers[1] = roles.numbers.length;
  numbers[2] = measures.length / MEASURE_SIZE;
  numbers[3] = kept.length;
  numbers.set(ends, HEADER_SIZE);
  numbers.set(roles.numbers, HEADER_SIZE + ends.length);
  numbers.set(measures, HEADER_SIZE + ends.length + roles.numbers.length);
  numbers.set(items, HEADER_SIZE + ends.length + roles.numbers.length + measures.length);
  return { text, numbers };
}

/** Adds the measure's strings and role lists; returns its offset among the measures. */
function addMeasure(measure: Measure, strings: StringTable, roles: RoleLists, measures: number[]): number {
  const slot = measures.length;
  const responsible = addRoles(measure.responsible, strings, roles);
  const by = followUpResponsible(measure);
  const followUpBy = by === measure.responsible ? responsible : addRoles(by, strings, roles);
  const text = measure.followUp?.text;
  // In the order of M.
  const name = measureName(measure);
  const nameIndex = strings.add(name);
  measures.push(
    measureIndex(measure),
    strings.add(measure.id),
    nameIndex,
    measure.title === name ? nameIndex : strings.add(measure.title),
    measure.status === undefined ? NONE : strings.addRecurring(measure.status),
    text === undefined ? NONE : strings.add(text),
    responsible,
    followUpBy,
  );
  return slot;
}

/** Adds a role list (its length, then its strings); returns its number among the lists. */
function addRoles(written: readonly string[], strings: StringTable, roles: RoleLists): number {
  roles.numbers.push(written.length);
  for (const role of written) roles.numbers.push(strings.addRecurring(role));
  return roles.count++;
}

interface RoleLists {
  numbers: number[];
  count: number;
}
