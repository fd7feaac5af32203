/**
 * `--format ics`: the coming follow-ups as an iCalendar file (written by ical-generator), one all-day event per
 * follow-up (dated, recurring or checkpoint) due today or later within the window, for the calendar administrators
 * already use. Overdue items are left out: a calendar shows them in the past, where no one looks; the table and
 * JSON list them. The UID is built from plan, measure, kind and date, so re-importing updates an event instead of
 * adding a copy, and DTSTAMP is `today` at 00:00 UTC, so the same files and date give the same bytes.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import { addDays, type IsoDate } from "../../dates/local-date.js";
import { escapeControl } from "../../text/safe-text.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext, DueFormatter } from "./context.js";
import { whatText } from "./texts.js";

const FOLLOW_UP_KINDS = new Set(["followup-date", "followup-recurring", "checkpoint"]);

export function isCalendarItem(item: DueItem): boolean {
  return FOLLOW_UP_KINDS.has(item.kind) && item.state === "due-soon";
}

/** `plan/measure/kind/date@plan-due`. Undated items move with today; their UID does not, so a daily re-import updates one event. */
export function eventUid(item: DueItem): string {
  const parts = [item.planId, item.measureId ?? "-", item.kind, item.undated ? "undated" : item.due].map(encodeURIComponent);
  return `${parts.join("/")}@plan-due`;
}

export const formatIcs: DueFormatter = (items, ctx) => {
  const sv = ctx.lang === "sv";
  const calendar = ical({
    prodId: { company: "plan", product: `plan due ${ctx.toolVersion}`, language: sv ? "SV" : "EN" },
    name: sv ? "Uppföljningar av handlingsplaner" : "Action plan follow-ups",
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
  });
  for (const item of items.filter(isCalendarItem)) {
    calendar.createEvent({
      id: eventUid(item),
      allDay: true,
      start: utcMidnight(item.due),
      // DTEND is exclusive: an all-day event ends at the start of the next day.
      end: utcMidnight(addDays(item.due, 1)),
      stamp: utcMidnight(ctx.today),
      summary: text(`${eventWord(item, ctx)}: ${item.measureName ?? item.planTitle}`),
      description: text(descriptionLines(item, ctx).join("\n")),
      categories: [{ name: text(item.planId) }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // ical-generator ends the last line without a line break; RFC 5545 ends every line with CRLF.
  return `${calendar.toString()}\r\n`;
};

function eventWord(item: DueItem, ctx: DueFormatContext): string {
  const sv = ctx.lang === "sv";
  if (item.kind === "checkpoint") return sv ? "Avstämning" : "Checkpoint";
  return sv ? "Uppföljning" : "Follow-up";
}

function descriptionLines(item: DueItem, ctx: DueFormatContext): string[] {
  const sv = ctx.lang === "sv";
  return [
    whatText(item, ctx.lang),
    `Plan: ${item.planTitle} (${item.planId})`,
    item.measureTitle ? `${sv ? "Åtgärd" : "Measure"}: ${item.measureTitle}` : "",
    item.followUpText ? `${sv ? "Uppföljning" : "Follow-up"}: ${item.followUpText}` : "",
    item.responsible.length ? `${sv ? "Ansvarig" : "Responsible"}: ${item.responsible.join(", ")}` : "",
    `${sv ? "Fil" : "File"}: ${item.file}:${item.line}`,
    `${sv ? "Registrera" : "Record"}: plan followup ${item.planId} ${item.measureId}`,
  ].filter(Boolean);
}

/**
 * ical-generator escapes TEXT values (backslash, `;`, `,`, line breaks); control characters are made visible here,
 * line breaks kept so that it writes them as `\n`.
 */
function text(value: string): string {
  return escapeControl(value, { keepNewlines: true });
}

/** An all-day date: ical-generator writes a Date without a time zone by its UTC date. */
function utcMidnight(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
