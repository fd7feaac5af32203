/** What `plan due` reports: one item per thing that is overdue or due soon, with where it sits in its file. */
import type { RecurringInterval } from "../dates/interval.js";
import type { IsoDate } from "../dates/local-date.js";

export const DUE_KINDS = ["followup-date", "followup-recurring", "checkpoint", "deadline", "revision", "report-back"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** Overdue: the due date has passed. Due soon: due today or within the look-ahead window. */
export type DueState = "overdue" | "due-soon";

export interface DueItem {
  kind: DueKind;
  state: DueState;
  due: IsoDate;
  /** today − due in calendar days: 5 means five days late, 0 due today, −3 due in three days. */
  daysOverdue: number;
  planId: string;
  planTitle: string;
  /** The plan file, as displayed (relative to the working directory). */
  file: string;
  /** The data path of the field that makes the item due. */
  path: readonly PropertyKey[];
  /** Where that field is in the file (1-based): the value, or the nearest parent when the field is absent. */
  line: number;
  column: number;
  measureId?: string;
  /** The name the Tidsplan uses (aktivitet), else the measure's rubrik. */
  measureName?: string;
  /** The measure's rubrik. */
  measureTitle?: string;
  measureStatus?: string;
  /** Roles as written ("EC pers. ass"): who must act on this item. */
  responsible: string[];
  /** Recurring follow-ups: the interval and the last recorded follow-up, if any. */
  interval?: RecurringInterval;
  lastFollowUp?: IsoDate;
  /**
   * A recurring follow-up never recorded in a plan with no first date, decision date or year: nothing to count
   * from, so it is due today (every day) until one is recorded.
   */
  undated?: true;
  /** Deadlines: the deadline as written (`Vt-24`). */
  deadline?: string;
  /** Report-backs: the report-back month, `YYYY-MM`. */
  reportMonth?: string;
  /** Report-backs: the previous report-back month, `YYYY-MM`; only follow-ups after it count. */
  previousReportMonth?: string;
  /** The follow-up's original wording, when the plan gives one. */
  followUpText?: string;
}

export interface ScheduleOptions {
  today: IsoDate;
  /** Look-ahead in days: items due up to today + within are "due soon". */
  within: number;
  /** Report-back months, 1–12 (config `återrapportering`). */
  reportMonths: readonly number[];
  /** Whether a measure status means done (config `statusar`: avslutad). */
  isDone(status: string | undefined): boolean;
  /** The name a written role goes by (config `befattningar`), so that one person under several spellings is one. */
  roleName?(written: string): string;
}
