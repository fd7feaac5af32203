/** The table of a plan's measures and the table of what is overdue, as display text shared by both outputs. */
import type { MeasureRow, OverdueRow } from "../../model/types.js";
import type { Block, Column } from "../blocks.js";

const left = (title: string, weight: number): Column => ({ title, align: "left", weight });
const right = (title: string): Column => ({ title, align: "right" });

export function measuresTable(caption: string, rows: readonly MeasureRow[]): Block {
  return {
    kind: "table",
    caption,
    columns: [
      left("Åtgärd", 3),
      left("Status", 1.5),
      left("Ansvarig", 1.3),
      left("Senaste uppföljning", 2.6),
      left("Nästa uppföljning", 2.6),
    ],
    rows: rows.map((m) => [m.title, statusText(m), m.responsible.join(", ") || "–", lastText(m), nextText(m)]),
  };
}

export function statusText(m: MeasureRow): string {
  return m.deadline ? `${m.status}, klart senast ${m.deadline}` : m.status;
}

/** "2025-04-03, pågår: Raster införda på två av tre korttidsvistelser." */
export function lastText(m: MeasureRow): string {
  if (!m.last) return "Ingen registrerad";
  const status = m.last.status ? `, ${m.last.status}` : "";
  const comment = m.last.comment ? `: ${m.last.comment}` : "";
  return `${m.last.date}${status}${comment}`;
}

/** "2025-05-03 (månadsvis, AC)", "2025-02-01 (månadsvis, AC), försenad", "– (klar)". */
export function nextText(m: MeasureRow): string {
  if (m.done) return "–";
  const next = m.next;
  if (!next) return "Ingen planerad";
  const details = [next.note, next.by.join(", ")].filter(Boolean).join(", ");
  const when = next.date ?? "";
  const text = [when, details && (when ? `(${details})` : details)].filter(Boolean).join(" ");
  return next.overdue ? `${text}, försenad` : text;
}

export function overdueTable(caption: string, rows: readonly OverdueRow[]): Block {
  return {
    kind: "table",
    caption,
    columns: [left("Plan", 2.2), left("Vad", 3.2), left("Åtgärder", 3), right("Förföll"), right("Dagar sen")],
    rows: rows.map((r) => [r.plan, r.what, measuresText(r), r.due, r.daysLate > 0 ? String(r.daysLate) : "–"]),
  };
}

function measuresText(r: OverdueRow): string {
  if (r.allMeasures) return `Samtliga ${r.measures.length} åtgärder`;
  return r.measures.join("; ") || "–";
}
