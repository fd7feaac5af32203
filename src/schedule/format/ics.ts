/**
 * `--format ics`: the dates in the window as an iCalendar file (written by ical-generator), for the calendar
 * administrators already use. One all-day event per dated follow-up, checkpoint, deadline (klart_senast),
 * revision date and report-back due from today to today + `--within`; a recurring follow-up is one event with an
 * RRULE over its dates in the window (ics-recurrence.ts), starting at its next due date, or at its first date from
 * today on when that is overdue. Other overdue items are left out: a calendar shows them in the past, where no one
 * looks; the table and JSON list them. Each event reminds (VALARM) `påminnelse_dagar` days before, 0 for none.
 *
 * The UID is built from plan, measure, kind and date (a recurring follow-up's without a date, since each recorded
 * follow-up moves it), so re-importing updates an event instead of adding a copy; DTSTAMP is `today` at 00:00 UTC,
 * so the same files and date give the same bytes, and a later export is the newer version of an event.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import { addDays, type IsoDate } from "../../dates/local-date.js";
import { escapeControl } from "../../text/safe-text.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext, DueFormatter } from "./context.js";
import { followUpSeries, type Series } from "./ics-recurrence.js";
import { monthText, whatText } from "./texts.js";

const DAY_SECONDS = 24 * 60 * 60;

/** `plan/measure/kind/date@plan-due`; `plan/measure/followup-recurring@plan-due` for the series of a recurring one. */
export function eventUid(item: DueItem): string {
  const parts = [item.planId, item.measureId ?? "-", item.kind, ...(item.kind === "followup-recurring" ? [] : [item.due])];
  return `${parts.map(encodeURIComponent).join("/")}@plan-due`;
}

export const formatIcs: DueFormatter = (items, ctx) => {
  const sv = ctx.lang === "sv";
  const calendar = ical({
    prodId: { company: "plan", product: `plan due ${ctx.toolVersion}`, language: sv ? "SV" : "EN" },
    name: sv ? "Uppföljningar av handlingsplaner" : "Action plan follow-ups",
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
  });
  for (const { item, series, start } of calendarEntries(items, ctx)) {
    const event = calendar.createEvent({
      id: eventUid(item),
      allDay: true,
      start: utcMidnight(start),
      // DTEND is exclusive: an all-day event ends at the start of the next day.
      end: utcMidnight(addDays(start, 1)),
      stamp: utcMidnight(ctx.today),
      summary: text(summaryText(item, ctx)),
      description: text(descriptionLines(item, series, ctx).join("\n")),
      categories: [{ name: text(item.planId) }],
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(series && { repeating: series.rule }),
    });
    if (ctx.reminderDays > 0) {
      event.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: ctx.reminderDays * DAY_SECONDS,
        description: text(summaryText(item, ctx)),
      });
    }
  }
  // ical-generator ends the last line without a line break; RFC 5545 ends every line with CRLF.
  return `${calendar.toString()}\r\n`;
};

interface Entry {
  item: DueItem;
  series: Series | undefined;
  start: IsoDate;
}

/** The items the calendar holds, with their series, in the order of their first date in the window. */
function calendarEntries(items: readonly DueItem[], ctx: DueFormatContext): Entry[] {
  const until = addDays(ctx.today, ctx.within);
  const entries: Entry[] = [];
  for (const item of items) {
    if (item.kind === "followup-recurring") {
      const series = followUpSeries(item.interval!, item.due, ctx.today, until);
      if (series) entries.push({ item, series, start: series.start });
    } else if (item.state !== "overdue") {
      entries.push({ item, series: undefined, start: item.due });
    }
  }
  // A stable sort: items on the same day keep plan due's order.
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** "Uppföljning: Införa raster", "Klart senast: Optimera bemanningen", "Återrapportering: Handlingsplan …". */
function summaryText(item: DueItem, ctx: DueFormatContext): string {
  const sv = ctx.lang === "sv";
  const subject = item.measureName ?? item.planTitle;
  switch (item.kind) {
    case "followup-date":
    case "followup-recurring":
      return `${sv ? "Uppföljning" : "Follow-up"}: ${subject}`;
    case "checkpoint":
      return `${sv ? "Avstämning" : "Checkpoint"}: ${subject}`;
    case "deadline":
      return `${sv ? "Klart senast" : "Deadline"}: ${subject}`;
    case "revision":
      return `${sv ? "Revidering" : "Revision"}: ${subject}`;
    case "report-back":
      return `${sv ? "Återrapportering" : "Report-back"} ${monthText(item.reportMonth!, ctx.lang)}: ${subject}`;
  }
}

function descriptionLines(item: DueItem, series: Series | undefined, ctx: DueFormatContext): string[] {
  const sv = ctx.lang === "sv";
  const late = series && item.state === "overdue";
  return [
    whatText(item, ctx.lang),
    late ? (sv ? `Försenad: skulle ha gjorts ${item.due}.` : `Overdue: was due ${item.due}.`) : "",
    `Plan: ${item.planTitle} (${item.planId})`,
    item.measureTitle ? `${sv ? "Åtgärd" : "Measure"}: ${item.measureTitle}` : "",
    item.followUpText ? `${sv ? "Uppföljning" : "Follow-up"}: ${item.followUpText}` : "",
    item.responsible.length ? `${sv ? "Ansvarig" : "Responsible"}: ${item.responsible.join(", ")}` : "",
    `${sv ? "Fil" : "File"}: ${item.file}:${item.line}`,
    item.measureId ? `${sv ? "Registrera" : "Record"}: plan followup ${item.planId} ${item.measureId}` : "",
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
