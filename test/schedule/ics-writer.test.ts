/**
 * `plan due --format ics`, read back with an iCalendar parser (ical.js): one all-day event per coming follow-up,
 * with a UID that stays the same from run to run, and the same bytes for the same input.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { formatIcs } from "../../src/schedule/format/ics.js";
import type { DueItem } from "../../src/schedule/types.js";
import { due, planOf } from "./helpers.js";

const PLAN = `id: avd
titel: Handlingsplan; med komma, och \\ snedstreck
styrdokument:
  dokumentansvarig: AC
  revideras_senast: 2024-05-20
åtgärder:
  - id: raster
    rubrik: Schemalägga raster
    aktivitet: Införa raster
    status: pågår
    ansvarig: [EC]
    uppföljning:
      datum: 2024-05-10
      text: Uppföljning i maj, EC
  - id: bemanning
    rubrik: Optimera bemanningen
    status: pågår
    ansvarig: [EC KTV]
    klart_senast: 2024-05-12
    uppföljning:
      intervall: månadsvis
      avstämning: 2024-05-03
  - id: sen
    rubrik: Redan försenad
    status: pågår
    uppföljning:
      datum: 2024-04-01
`;

const ctx: DueFormatContext = {
  lang: "sv",
  color: false,
  today: "2024-05-01",
  within: 30,
  roleTitles: DEFAULT_CONFIG.roles,
  skippedFiles: [],
  toolVersion: "9.8.7",
};

function calendarOf(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Event[] {
  return calendarOf(text)
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent));
}

describe("plan due --format ics", () => {
  const items = due(planOf(PLAN, "plans/avd.yaml"), ctx.today, { within: ctx.within });
  const text = formatIcs(items, ctx);

  it("has an all-day event for each coming follow-up and checkpoint, and none for overdue items, deadlines or revisions", () => {
    // The items it leaves out are there to be left out.
    expect(items.map((i) => `${i.kind} ${i.state}`)).toEqual(
      expect.arrayContaining(["followup-date overdue", "deadline due-soon", "revision due-soon"]),
    );
    expect(
      events(text).map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate, event.endDate.toString(), event.summary]),
    ).toEqual([
      ["avd/bemanning/followup-recurring/undated@plan-due", "2024-05-01", true, "2024-05-02", "Uppföljning: Optimera bemanningen"],
      ["avd/bemanning/checkpoint/2024-05-03@plan-due", "2024-05-03", true, "2024-05-04", "Avstämning: Optimera bemanningen"],
      ["avd/raster/followup-date/2024-05-10@plan-due", "2024-05-10", true, "2024-05-11", "Uppföljning: Införa raster"],
    ]);
  });

  it("describes each event: what, plan, measure, follow-up text, who, where and how to record it", () => {
    const raster = events(text).find((event) => event.uid.startsWith("avd/raster/"))!;
    expect(raster.description.split("\n")).toEqual([
      "Uppföljning",
      "Plan: Handlingsplan; med komma, och \\ snedstreck (avd)",
      "Åtgärd: Schemalägga raster",
      "Uppföljning: Uppföljning i maj, EC",
      "Ansvarig: EC",
      `Fil: plans/avd.yaml:${items.find((i) => i.measureId === "raster" && i.kind === "followup-date" && i.state === "due-soon")!.line}`,
      "Registrera: plan followup avd raster",
    ]);
    expect(raster.component.getFirstPropertyValue("categories")).toBe("avd");
    expect(raster.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("names the tool and its version, and stamps every event with today at 00:00 UTC", () => {
    const calendar = calendarOf(text);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//plan//plan due 9.8.7//SV");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Uppföljningar av handlingsplaner");
    for (const event of events(text)) expect(event.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2024-05-01T00:00:00Z");
  });

  it("gives the same bytes for the same files and date", () => {
    expect(formatIcs(due(planOf(PLAN, "plans/avd.yaml"), ctx.today, { within: ctx.within }), ctx)).toBe(text);
  });

  it("keeps the UID of an undated follow-up from day to day, so a re-import updates the event", () => {
    const tomorrow = { ...ctx, today: "2024-05-02" };
    const later = events(formatIcs(due(planOf(PLAN, "plans/avd.yaml"), tomorrow.today, { within: 30 }), tomorrow));
    expect(later.map((event) => event.uid)).toContain("avd/bemanning/followup-recurring/undated@plan-due");
  });

  it("writes RFC 5545 lines: CRLF, at most 75 octets, every line ended", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("makes control characters visible and keeps the rest of the text as it was", () => {
    const hostile: DueItem = {
      ...items.find((i) => i.measureId === "raster" && i.state === "due-soon")!,
      measureName: `Namn ${"\x1b"}[2J; med, tecken och ${"\u202e"}RLO – långt nog att vikas över flera rader i filen`,
    };
    const [event] = events(formatIcs([hostile], ctx));
    expect(event!.summary).toBe("Uppföljning: Namn \\x1b[2J; med, tecken och \\u{202e}RLO – långt nog att vikas över flera rader i filen");
  });

  it("is an empty calendar when nothing is coming, in English with --lang en", () => {
    const english = formatIcs([], { ...ctx, lang: "en" });
    expect(events(english)).toEqual([]);
    expect(calendarOf(english).getFirstPropertyValue("prodid")).toBe("-//plan//plan due 9.8.7//EN");
    expect(calendarOf(english).getFirstPropertyValue("x-wr-calname")).toBe("Action plan follow-ups");
  });
});
