/**
 * `--format ics`: the coming follow-ups as an iCalendar file, one all-day event per follow-up (dated, recurring or
 * checkpoint) due today or later within the window, for the calendar administrators already use. Overdue items
 * are left out: a calendar shows them in the past, where no one looks; the table and JSON list them.
 * The UID is built from plan, measure, kind and date, so re-importing updates an event instead of adding a copy.
 */
import { calendarEnd, calendarEvent, calendarStart, type CalendarEvent } from "../../output/ics.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { whatText } from "./texts.js";

const FOLLOW_UP_KINDS = new Set(["followup-date", "followup-recurring", "checkpoint"]);

export function isCalendarItem(item: DueItem): boolean {
  return FOLLOW_UP_KINDS.has(item.kind) && item.state === "due-soon";
}

/** Undated items move with today; their UID does not, so a daily re-import updates one event. */
export function eventUid(item: DueItem): string {
  const parts = [item.planId, item.measureId ?? "-", item.kind, item.undated ? "undated" : item.due].map(encodeURIComponent);
  return `${parts.join("/")}@plan-due`;
}

export function* formatIcs(items: readonly DueItem[], ctx: DueFormatContext): Generator<string> {
  const sv = ctx.lang === "sv";
  yield calendarStart({
    prodId: `-//plan//plan due ${ctx.toolVersion}//${sv ? "SV" : "EN"}`,
    name: sv ? "Uppföljningar av handlingsplaner" : "Action plan follow-ups",
    stamp: ctx.today,
  });
  // An event at a time: a calendar of ten thousand plans is never one string.
  for (const item of items) if (isCalendarItem(item)) yield calendarEvent(eventOf(item, ctx), ctx.today);
  yield calendarEnd();
}

function eventOf(item: DueItem, ctx: DueFormatContext): CalendarEvent {
  const sv = ctx.lang === "sv";
  const what = whatText(item, ctx.lang);
  const name = item.measureName ?? item.planTitle;
  const word = item.kind === "checkpoint" ? (sv ? "Avstämning" : "Checkpoint") : sv ? "Uppföljning" : "Follow-up";
  const description = [
    what,
    `${sv ? "Plan" : "Plan"}: ${item.planTitle} (${item.planId})`,
    item.measureTitle ? `${sv ? "Åtgärd" : "Measure"}: ${item.measureTitle}` : "",
    item.followUpText ? `${sv ? "Uppföljning" : "Follow-up"}: ${item.followUpText}` : "",
    item.responsible.length ? `${sv ? "Ansvarig" : "Responsible"}: ${item.responsible.join(", ")}` : "",
    `${sv ? "Fil" : "File"}: ${item.file}:${ctx.locate(item).line}`,
    sv ? `Registrera: plan followup ${item.planId} ${item.measureId}` : `Record: plan followup ${item.planId} ${item.measureId}`,
  ].filter(Boolean);
  return {
    uid: eventUid(item),
    date: item.due,
    summary: `${word}: ${name}`,
    description: description.join("\n"),
    categories: [item.planId],
  };
}
