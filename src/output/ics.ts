/**
 * A minimal RFC 5545 iCalendar writer for all-day events: CRLF line endings, lines folded at 75 octets (never
 * inside a UTF-8 sequence), TEXT values escaped. Deterministic: the caller supplies UIDs and the DTSTAMP, so the
 * same input always gives the same bytes and a calendar that re-imports the file updates events instead of
 * duplicating them.
 */
import { addDays, type IsoDate } from "../dates/local-date.js";
import { escapeControl } from "../diagnostics/safe-text.js";

export interface CalendarEvent {
  /** Globally unique and stable for the same event. */
  uid: string;
  /** An all-day event on this date. */
  date: IsoDate;
  summary: string;
  description?: string;
  categories?: readonly string[];
}

export interface Calendar {
  prodId: string;
  name?: string;
  /** DTSTAMP of every event, as a date: it becomes that day at 00:00 UTC. */
  stamp: IsoDate;
  events: readonly CalendarEvent[];
}

const MAX_OCTETS = 75;

export function renderCalendar(calendar: Calendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(calendar.prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  const stamp = `${compact(calendar.stamp)}T000000Z`;
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      // DTEND is exclusive: an all-day event ends at the start of the next day.
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as `\n`; other controls made visible. */
export function escapeText(s: string): string {
  return escapeControl(s, { keepNewlines: true })
    .replaceAll("\\", "\\\\")
    .replaceAll(";", "\\;")
    .replaceAll(",", "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** RFC 5545 3.1: at most 75 octets per line; a continuation line starts with one space, which counts. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function compact(d: IsoDate): string {
  return d.replaceAll("-", "");
}
