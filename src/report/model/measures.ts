/**
 * One row per measure of a reported plan: status, responsible roles, the last recorded follow-up and the next one.
 * "Next" comes from src/schedule (the same rules as `plan due`), so the report and `plan due` always agree.
 */
import { intervalLabel } from "../../dates/interval.js";
import type { IsoDate } from "../../dates/local-date.js";
import type { LoggedFollowUp, Measure, Plan } from "../../model/types.js";
import type { DueItem } from "../../schedule/types.js";
import type { LastFollowUp, MeasureRow, NextFollowUp } from "./types.js";

const FOLLOW_UP_KINDS = new Set(["followup-date", "followup-recurring", "checkpoint"]);

export function measureRows(plan: Plan, items: readonly DueItem[], today: IsoDate, isDone: (status?: string) => boolean): MeasureRow[] {
  return plan.measures.map((m, i) => {
    const done = isDone(m.status);
    const last = lastFollowUp(m);
    const next = done
      ? undefined
      : nextFollowUp(
          m,
          items.filter((item) => item.planId === plan.id && item.measureId === m.id),
          today,
        );
    return {
      number: i + 1,
      id: m.id,
      title: m.title,
      focus: m.focus,
      status: m.status ?? "–",
      done,
      ...(m.deadline && { deadline: m.deadline.written }),
      responsible: m.responsible,
      ...(last && { last }),
      ...(next && { next }),
    };
  });
}

/** The latest entry by date; of two on the same day, the one written later in the file. */
function lastFollowUp(m: Measure): LastFollowUp | undefined {
  let latest: LoggedFollowUp | undefined;
  for (const entry of m.followUp?.log ?? []) if (!latest || entry.date >= latest.date) latest = entry;
  if (!latest) return undefined;
  return {
    date: latest.date,
    ...(latest.status !== undefined && { status: latest.status }),
    ...(latest.comment !== undefined && latest.comment.trim() !== "" && { comment: latest.comment }),
    by: latest.by,
  };
}

function nextFollowUp(m: Measure, items: readonly DueItem[], today: IsoDate): NextFollowUp | undefined {
  const followUp = m.followUp;
  if (!followUp) return undefined;
  const by = followUp.by;
  const first = items.filter((item) => FOLLOW_UP_KINDS.has(item.kind)).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  if (first) {
    const note = first.kind === "checkpoint" ? "avstämning" : first.interval ? intervalLabel(first.interval, "sv") : undefined;
    return { date: first.due, ...(note && { note }), by, overdue: first.due < today };
  }
  if (followUp.interval) return { note: intervalLabel(followUp.interval, "sv"), by, overdue: false };
  // No date: the plan's own words on how it is followed up, when it has them ("till återrapporteringen i november").
  if (followUp.text) return { note: followUp.text, by, overdue: false };
  return undefined;
}
