/** The domain in English, built from validated plan files by src/model/from-file.ts. */

import type { RecurringInterval } from "../dates/interval.js";
import type { IsoDate } from "../dates/local-date.js";
import type { DateRange } from "../dates/period.js";

/** A line and column in a plan file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where something came from: its file, its data path, and the positions of the fields that a later step may point
 * at (a due date, a deadline), recorded while the parsed document is at hand, so it need not be kept.
 */
export interface SourceRef {
  file: string;
  path: readonly PropertyKey[];
  /** The thing itself (its first key). */
  at: Position;
  /** Its fields by key, for those that are present and pointed at. */
  fields: Readonly<Record<string, Position>>;
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

export interface Plan {
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
  keyFigures: KeyFigure[];
  /** The plan's fields `id` and `revideras_senast`. */
  source: SourceRef;
}
