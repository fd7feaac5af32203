/**
 * What changed in each reported plan since the previous report-back: the follow-ups logged in between, from the
 * plan's own log, and, where the plan as it was on that day is known (from git: report/history/), the statuses
 * that changed, the measures added or taken out, and a new revision date. A status changed in a commit is found
 * even when nobody wrote a log entry for it. Pure.
 */
import { formatSwedishDate, type IsoDate } from "../../dates/local-date.js";
import type { Plan } from "../../model/types.js";
import type { ChangesModel, HistorySource, UnitChanges } from "./types.js";

export interface ChangesInput {
  /** The previous report-back's date, and the file of its definition. */
  since: IsoDate;
  sinceFile: string;
  /** The report's date. */
  date: IsoDate;
  /** The reported plans as of the report date. */
  plans: readonly Plan[];
  /** Each plan as it was on `since`, by id, where the history knows it. */
  before: ReadonlyMap<string, Plan>;
  source: HistorySource;
}

export function planChanges({ since, sinceFile, date, plans, before, source }: ChangesInput): ChangesModel {
  return {
    since,
    sinceText: formatSwedishDate(since),
    sinceFile,
    source,
    units: plans.map((plan) => unitChanges(plan, before.get(plan.id))),
  };

  function unitChanges(plan: Plan, old: Plan | undefined): UnitChanges {
    const followUps = plan.measures.flatMap((m) =>
      (m.followUp?.log ?? [])
        .filter((entry) => entry.date > since && entry.date <= date)
        .map((entry) => ({
          date: entry.date,
          measure: m.title,
          ...(entry.status && { status: entry.status }),
          ...(entry.comment && { comment: entry.comment }),
        })),
    );
    followUps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const unit: UnitChanges = {
      planId: plan.id,
      title: plan.title,
      known: old !== undefined,
      followUps,
      statuses: [],
      added: [],
      removed: [],
    };
    if (!old) return unit;
    const then = new Map(old.measures.map((m) => [m.id, m]));
    const now = new Set(plan.measures.map((m) => m.id));
    for (const m of plan.measures) {
      const was = then.get(m.id);
      if (!was) unit.added.push(m.title);
      else if ((was.status ?? "") !== (m.status ?? ""))
        unit.statuses.push({ measure: m.title, from: was.status ?? "–", to: m.status ?? "–" });
    }
    unit.removed = old.measures.filter((m) => !now.has(m.id)).map((m) => m.title);
    if (old.document.reviseBy !== plan.document.reviseBy && plan.document.reviseBy !== undefined) unit.revisedTo = plan.document.reviseBy;
    return unit;
  }
}
