/**
 * The compact form in which `plan due` keeps a plan's due items from the moment they are worked out (on whichever
 * thread) until they are written: one string holding every text the items show, each once, and one Int32Array
 * holding everything else. At ten thousand plans an object per item, each with its own copies of its plan's and
 * measure's strings after a worker's structured clone, took over 100 MB; this takes about a tenth, and a worker
 * posts two values per plan. Dates are numbers too: days before today, as `daysOverdue` counts them.
 *
 * The numbers, in order: a header (HEADER_SIZE), the end of each string in `text`, the role lists (each its
 * length, then its strings), the measures (MEASURE_SIZE each, at the offsets of M), the items (ITEM_SIZE each, at
 * the offsets of I). A string or role list is its number in its section, a measure its offset in its section.
 */
import type { DueField } from "../candidate.js";
import type { DueKind } from "../types.js";

export interface PlanDue {
  text: string;
  numbers: Int32Array;
}

/** The header: how many strings, role-list numbers, measures and items follow. */
export const HEADER_SIZE = 4;

/** Where the plan's own strings are. */
export const PLAN_ID = 0;
export const PLAN_TITLE = 1;
export const PLAN_FILE = 2;

/** The role list that answers for the plan-wide items (the document owner). */
export const PLAN_ROLES = 0;

/** No string or measure. */
export const NONE = -1;
/** No date (a recurring follow-up never recorded). Every real date is far nearer today. */
export const NO_DATE = -0x80000000;

/** Offsets within an item's numbers. */
export const I = {
  variant: 0,
  /** Its measure, or NONE for a plan-wide item. */
  measure: 1,
  daysOverdue: 2,
  line: 3,
  column: 4,
  /** Deadline: the string as written. Recurring follow-up: the latest logged date, or NO_DATE. */
  a: 5,
  /** Recurring follow-up: the interval's index in RECURRING_INTERVALS. Report-back: the previous one's date. */
  b: 6,
} as const;
export const ITEM_SIZE = 7;

/** Offsets within a measure's numbers. */
export const M = {
  /** Its index in the plan's `åtgärder`. */
  index: 0,
  id: 1,
  name: 2,
  title: 3,
  status: 4,
  /** The follow-up's own wording. */
  text: 5,
  /** The role list of `ansvarig`, and of who acts on its follow-ups. */
  responsible: 6,
  followUpBy: 7,
} as const;
export const MEASURE_SIZE = 8;

/** Where each section starts in `numbers`. */
export interface Sections {
  strings: number;
  roles: number;
  measures: number;
  items: number;
  end: number;
}

export function sections(numbers: Int32Array): Sections {
  const strings = HEADER_SIZE;
  const roles = strings + numbers[0]!;
  const measures = roles + numbers[1]!;
  const items = measures + numbers[2]! * MEASURE_SIZE;
  return { strings, roles, measures, items, end: items + numbers[3]! * ITEM_SIZE };
}

export interface Variant {
  kind: DueKind;
  field: DueField;
  undated: boolean;
}

/** Kind, field and undatedness of an item in one small number. */
export const VARIANTS: readonly Variant[] = [
  { kind: "report-back", field: "id", undated: false },
  { kind: "revision", field: "revideras_senast", undated: false },
  { kind: "deadline", field: "klart_senast", undated: false },
  { kind: "checkpoint", field: "avstämning", undated: false },
  { kind: "followup-date", field: "datum", undated: false },
  { kind: "followup-recurring", field: "datum", undated: false },
  { kind: "followup-recurring", field: "intervall", undated: false },
  { kind: "followup-recurring", field: "intervall", undated: true },
];

export function variantOf(kind: DueKind, field: DueField, undated: boolean): number {
  switch (field) {
    case "id":
      return 0;
    case "revideras_senast":
      return 1;
    case "klart_senast":
      return 2;
    case "avstämning":
      return 3;
    case "datum":
      return kind === "followup-date" ? 4 : 5;
    case "intervall":
      return undated ? 7 : 6;
  }
}
