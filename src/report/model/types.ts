/**
 * The report model: everything the committee report says, as plain data, built by a pure function from the
 * definition, the plans, the config and the report date. The Markdown and the PDF are both rendered from it
 * (through the same document blocks), so the two can never disagree. All display text is final here:
 * numbers and dates are already formatted the Swedish way.
 */
import type { IsoDate } from "../../dates/local-date.js";
import type { ProseBlock } from "../../model/report-body.js";

export type { ProseBlock };

export interface MonthRef {
  year: number;
  /** 1–12. */
  month: number;
  /** "maj 2025". */
  text: string;
}

export interface DecisionRef {
  date?: IsoDate;
  paragraph?: number;
  committee: string;
  registrationNumber?: string;
  /** "den 19 november 2024, § 80 VON", or "§ 26 VON" while the date is unknown. */
  text: string;
}

export interface LastFollowUp {
  date: IsoDate;
  status?: string;
  comment?: string;
  by: string[];
}

export interface NextFollowUp {
  /** When the next follow-up is due; absent for "regularly" without an interval. */
  date?: IsoDate;
  /** How it recurs or what it is: "månadsvis", "avstämning", "regelbundet". */
  note?: string;
  /** Who follows up: roles as written. */
  by: string[];
  /** Due before the report date and not recorded. */
  overdue: boolean;
}

export interface MeasureRow {
  number: number;
  id: string;
  title: string;
  focus: boolean;
  /** The status as written, or "–". */
  status: string;
  done: boolean;
  /** As written: `Vt-24`, `2025-06-30`. */
  deadline?: string;
  responsible: string[];
  last?: LastFollowUp;
  next?: NextFollowUp;
}

export interface KeyFigureValue {
  period: string;
  value: number;
  /** "−9,5". */
  text: string;
}

export interface KeyFigureModel {
  id: string;
  name: string;
  /** "mkr", "%", …: the figure's own unit or the configured currency label. */
  unit: string;
  values: KeyFigureValue[];
  target?: KeyFigureValue;
  source?: string;
  /** A sentence that says what a chart of the values shows, for readers who cannot see it. */
  description: string;
}

export interface UnitReport {
  planId: string;
  title: string;
  /** The unit as a column heading: its `enhet`, else "ansvar 81511", else the title. */
  shortName: string;
  registrationNumber?: string;
  reviseBy?: IsoDate;
  /** The revision date lies before the report date. */
  revisionPassed?: boolean;
  measures: MeasureRow[];
  keyFigures: KeyFigureModel[];
}

export interface WithoutFollowUp {
  /** The previous report-back month. */
  since: MonthRef;
  /** The plans' titles, in the report's order. */
  plans: string[];
}

/** Late items of one plan that share what is late and since when, e.g. five monthly follow-ups never made. */
export interface OverdueRow {
  planId: string;
  plan: string;
  /** What is late, in the words of `plan due`: "Uppföljning månadsvis (ingen gjord)", "Klart senast Vt-25". */
  what: string;
  /** The measures concerned, in plan order; empty when the plan itself is concerned (revision, report-back). */
  measures: string[];
  /** Every open measure of the plan is concerned. */
  allMeasures: boolean;
  due: IsoDate;
  /** Days past due on the report date, at least 1. */
  daysLate: number;
}

export interface Signatory {
  /** "" when the definition gives only the title: the line is left for the name. */
  name: string;
  title: string;
}

export type ReportDateSource = "definition" | "option" | "period";

/** Where the plans as they were come from: git, or nothing (no git, or not a repository: the logs only). */
export type HistorySource = "git" | "no-git" | "not-a-repository";

export interface UnitChanges {
  planId: string;
  title: string;
  /** The plan as it was at the previous report-back is known (from git). */
  known: boolean;
  followUps: { date: IsoDate; measure: string; status?: string; comment?: string }[];
  statuses: { measure: string; from: string; to: string }[];
  added: string[];
  removed: string[];
  /** The new revision date, when it changed. */
  revisedTo?: IsoDate;
}

export interface ChangesModel {
  since: IsoDate;
  sinceText: string;
  /** The previous report's definition file. */
  sinceFile: string;
  source: HistorySource;
  units: UnitChanges[];
}

/** Files with errors that `plan report` left out, and the plans named by the definition that are missing with them. */
export interface ReportLeftOut {
  files: string[];
  plans: string[];
}

export interface ReportModel {
  title: string;
  organisation: string;
  committee: string;
  committeeShort: string;
  /** The report date: the memo's date, and the day the plans are read as of. */
  date: IsoDate;
  /** "29 april 2025". */
  dateText: string;
  /** Where the date comes from: the definition's `datum`, --today (or PLAN_TODAY), or the period's last day. */
  dateSource: ReportDateSource;
  /** What could not be read; a report with anything left out is a draft. */
  leftOut: ReportLeftOut;
  period: MonthRef;
  nextReport: MonthRef;
  registrationNumber?: string;
  paragraph?: number;
  meetingDate?: IsoDate;
  orderedBy?: DecisionRef;
  draft: boolean;
  proposals: string[];
  prose: { ärendebeskrivning: ProseBlock[]; beredning: ProseBlock[]; ekonomisk_bedömning: ProseBlock[] };
  /** Unique titles of the measures marked `fokus: true`, in plan order. */
  focusMeasures: string[];
  units: UnitReport[];
  /** The department's own plan, when the definition names it (`avdelningens_plan`). */
  department?: UnitReport;
  /** What changed since the previous report-back, when there is one among the definitions. */
  changes?: ChangesModel;
  /** Key figures of plans shown as background (`nyckeltal_från`), by plan. */
  background: { planId: string; title: string; keyFigures: KeyFigureModel[] }[];
  overdue: OverdueRow[];
  /** Unit plans with no follow-up recorded since the previous report-back, if any. */
  withoutFollowUp?: WithoutFollowUp;
  /** Beslutsunderlag: each plan reported on. */
  basis: string[];
  signatories: Signatory[];
  /** Role codes used in the tables, with their titles from the config. */
  roles: { code: string; title: string }[];
}
