/**
 * A date something falls due, before the look-ahead window decides whether it is worth reporting. What an item
 * shows (names, roles, the path and position of its field) is read from the plan and measure for the candidates
 * kept (item-fields.ts).
 */
import type { IsoDate } from "../dates/local-date.js";
import type { Measure } from "../model/types.js";
import type { DueKind } from "./types.js";

/** The field whose value makes a candidate due: under the measure's `uppföljning`, of the measure, or of the plan. */
export type DueField = "datum" | "intervall" | "avstämning" | "klart_senast" | "revideras_senast" | "id";

export interface Candidate {
  kind: DueKind;
  due: IsoDate;
  field: DueField;
  /** The measure; undefined for plan-wide candidates (revision, report-back). */
  measure: Measure | undefined;
  /** A recurring follow-up with no date to count from (see DueItem.undated). */
  undated: boolean;
  /** Shown from this day even when the due date lies beyond the look-ahead window (a report-back's run-up). */
  shownFrom: IsoDate | undefined;
  /** Report-backs: the first day of the previous report-back month. */
  previousReportBack: IsoDate | undefined;
}

export function candidate(kind: DueKind, due: IsoDate, field: DueField, measure: Measure | undefined, undated = false): Candidate {
  return { kind, due, field, measure, undated, shownFrom: undefined, previousReportBack: undefined };
}
