/** The domain in English, built from validated plan files by src/model/from-file.ts. */
import type { IsoDate } from "../dates/local-date.js";
import type { DateRange } from "../dates/period.js";
import type { RecurringInterval } from "../dates/interval.js";

/** Where something came from, so any later finding can point at its line. */
export interface SourceRef {
  file: string;
  path: readonly PropertyKey[];
}

export interface LoggedFollowUp {
  date: IsoDate;
  status?: string;
  comment?: string;
  by: string[];
  source: SourceRef;
}

export interface FollowUp {
  /** The original wording ("Regelbunden månadsuppföljning EC & AC"). */
  text?: string;
  interval?: RecurringInterval;
  date?: IsoDate;
  checkpoint?: IsoDate;
  by: string[];
  log: LoggedFollowUp[];
  source: SourceRef;
}

export interface Deadline {
  /** As the user wrote it: `Vt-24`, `Feb 24`, `2024-06-30`. */
  written: string;
  range: DateRange;
}

export interface Measure {
  id: string;
  title: string;
  description?: string;
  focus: boolean;
  activity?: string;
  action?: string;
  status?: string;
  deadline?: Deadline;
  responsible: string[];
  followUp?: FollowUp;
  source: SourceRef;
}

export interface KeyFigure {
  id: string;
  name: string;
  unit?: string;
  /** Period → value, in the order written. */
  values: { period: string; value: number }[];
  target?: number;
  sourceNote?: string;
}

export interface GoverningDocument {
  documentType?: string;
  decidedBy?: string;
  decisionDate?: IsoDate;
  registrationNumber?: string;
  appliesTo?: string;
  validity?: string;
  reviseBy?: IsoDate;
  documentOwner?: string;
}

/** A plan without its key figures: all that `plan due` reads, for thousands of plans (from-file.ts). */
export interface PlanCore {
  id: string;
  title: string;
  costCentre?: string;
  unit?: string;
  year?: number;
  document: GoverningDocument;
  measures: Measure[];
  /** Markdown prose: the body of a .md plan or `brödtext` of a YAML plan. */
  prose: string;
  file: string;
  format: "markdown" | "yaml";
}

export interface Plan extends PlanCore {
  keyFigures: KeyFigure[];
}
