/** A plan's kept candidates and their positions → its compact due items (layout.ts). */
import { RECURRING_INTERVALS } from "../../dates/interval.js";
import type { Location } from "../../diagnostics/messages.js";
import type { Measure, PlanCore } from "../../model/types.js";
import type { Candidate } from "../candidate.js";
import { followUpResponsible, lastLoggedOf, measureIndex, measureName, planOwner } from "../item-fields.js";
import type { ScheduleRun } from "../schedule-run.js";
import { HEADER_SIZE, MEASURE_SIZE, NO_DATE, NONE, type PlanDue, variantOf } from "./layout.js";
import { IntList } from "./int-list.js";
import { StringTable } from "./strings.js";

/** The sections of a plan's numbers as they are built, kept from plan to plan (a job encodes one plan at a time). */
const ROLES = new IntList();
/** Where each role list starts in ROLES. */
const ROLE_STARTS = new IntList();
const MEASURES = new IntList();
const ITEMS = new IntList();

/** `at[i]` is where candidate i's field is written. */
export function encodePlanDue(plan: PlanCore, kept: readonly Candidate[], at: readonly Location[], run: ScheduleRun): PlanDue {
  ROLES.clear();
  ROLE_STARTS.clear();
  MEASURES.clear();
  ITEMS.clear();
  const strings = new StringTable();
  strings.add(plan.id);
  strings.add(plan.title);
  strings.add(plan.file);
  addRoles(planOwner(plan), strings);
  let current: Measure | undefined;
  let slot = NONE;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.measure !== current) {
      // A measure's candidates come one after the other (keptCandidates): its strings are added once.
      current = c.measure;
      slot = current ? addMeasure(current, strings) : NONE;
    }
    let a = NONE;
    let b = NONE;
    if (c.kind === "deadline") a = strings.add(c.measure!.deadline!.written);
    else if (c.kind === "followup-recurring") {
      const last = lastLoggedOf(c);
      a = last ? run.daysOverdue(last) : NO_DATE;
      b = RECURRING_INTERVALS.indexOf(c.measure!.followUp!.interval!);
    } else if (c.kind === "report-back") b = run.daysOverdue(c.previousReportBack!);
    // In the order of I.
    ITEMS.push(variantOf(c.kind, c.field, c.undated));
    ITEMS.push(slot);
    ITEMS.push(run.daysOverdue(c.due));
    ITEMS.push(at[i]!.line);
    ITEMS.push(at[i]!.column);
    ITEMS.push(a);
    ITEMS.push(b);
  }
  const stringCount = strings.count;
  const numbers = new Int32Array(HEADER_SIZE + stringCount + ROLES.length + MEASURES.length + ITEMS.length);
  numbers[0] = stringCount;
  numbers[1] = ROLES.length;
  numbers[2] = MEASURES.length / MEASURE_SIZE;
  numbers[3] = kept.length;
  const text = strings.pack(numbers, HEADER_SIZE);
  ROLES.copyTo(numbers, HEADER_SIZE + stringCount);
  MEASURES.copyTo(numbers, HEADER_SIZE + stringCount + ROLES.length);
  ITEMS.copyTo(numbers, HEADER_SIZE + stringCount + ROLES.length + MEASURES.length);
  return { text, numbers };
}

/** Adds the measure's strings and role lists; returns its offset among the measures. */
function addMeasure(measure: Measure, strings: StringTable): number {
  const slot = MEASURES.length;
  const responsible = addRoles(measure.responsible, strings);
  const by = followUpResponsible(measure);
  const followUpBy = by === measure.responsible ? responsible : addRoles(by, strings);
  const text = measure.followUp?.text;
  const name = measureName(measure);
  const nameIndex = strings.add(name);
  // In the order of M.
  MEASURES.push(measureIndex(measure));
  MEASURES.push(strings.add(measure.id));
  MEASURES.push(nameIndex);
  MEASURES.push(measure.title === name ? nameIndex : strings.add(measure.title));
  MEASURES.push(measure.status === undefined ? NONE : strings.addRecurring(measure.status));
  MEASURES.push(text === undefined ? NONE : strings.add(text));
  MEASURES.push(responsible);
  MEASURES.push(followUpBy);
  return slot;
}

/**
 * Adds a role list (its length, then its strings) unless the plan has the same list already (most measures have
 * one of a few: a reader makes an array of each list); returns its number among the lists.
 */
function addRoles(written: readonly string[], strings: StringTable): number {
  const at = ROLES.length;
  ROLES.push(written.length);
  for (let i = 0; i < written.length; i++) ROLES.push(strings.addRecurring(written[i]!));
  // Role strings are added once per plan, so equal lists have equal numbers.
  for (let list = 0; list < ROLE_STARTS.length; list++) {
    const start = ROLE_STARTS.at(list);
    let same = ROLES.at(start) === written.length;
    for (let i = 1; same && i <= written.length; i++) same = ROLES.at(start + i) === ROLES.at(at + i);
    if (same) {
      ROLES.length = at;
      return list;
    }
  }
  ROLE_STARTS.push(at);
  return ROLE_STARTS.length - 1;
}
