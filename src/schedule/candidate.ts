/** A date something falls due, before the look-ahead window decides whether it is worth reporting. */
import type { IsoDate } from "../dates/local-date.js";
import type { DueItem } from "./types.js";

export type Candidate = Omit<DueItem, "state" | "daysOverdue" | "planId" | "planTitle" | "file"> & {
  due: IsoDate;
  /** Shown from this day even when the due date lies beyond the look-ahead window (a report-back's run-up). */
  shownFrom?: IsoDate;
};
