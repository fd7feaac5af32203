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
  return calendarStart(calendar) + calendar.events.map((event) => calendarEvent(event, calendar.stamp)).join("") + calendarEnd();
}

/** The lines before the events, each ending in CRLF: renderCalendar in pieces, for a calendar written as it is made. */
export function calendarStart(calendar: Omit<Calendar, "events">): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(calendar.prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  return crlfLines(lines);
}

/** One event's lines, each ending in CRLF; `stamp` is the calendar's. */
export function calendarEvent(event: CalendarEvent, stamp: IsoDate): string {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${compact(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(event.date)}`,
    // DTEND is exclusive: an all-day event ends at the start of the next day.
    `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  return crlfLines(lines);
}

export function calendarEnd(): string {
  return "END:VCALENDAR\r\n";
}

function crlfLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) out += `${foldLine(line)}\r\n`;
  return out;
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
  // One octet per character for ASCII (nearly every line): short enough is then decided by the length alone.
  if (line.length <= MAX_OCTETS && !NON_ASCII.test(line)) return line;
  let octets = 0;
  for (const char of line) octets += utf8Octets(char);
  if (octets <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
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

const NON_ASCII = /[^\x00-\x7f]/;

/** The octets of one character (a code point, or a lone surrogate) in UTF-8, as TextEncoder writes it. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  // A lone surrogate is written as U+FFFD, three octets, like any other character below U+10000.
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function compact(d: IsoDate): string {
  return d.replaceAll("-", "");
}
