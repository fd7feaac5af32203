/**
 * `plan due --format ics`, read back with an iCalendar parser (ical.js): an all-day event per date in the window
 * (follow-ups, checkpoints, deadlines, revisions, report-backs), a recurring follow-up as one event with an RRULE,
 * a reminder (VALARM) days before, UIDs that stay the same from run to run, and the same bytes for the same input.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { formatIcs } from "../../src/schedule/format/ics.js";
import type { DueItem } from "../../src/schedule/types.js";
import { due, planOf } from "./helpers.js";

const PLAN = `id: avd
enhet: Korttidstillsyn
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
  reminderDays: 7,
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

/** The dates of an event and its recurrences, expanded by ical.js. */
function occurrences(event: ICAL.Event): string[] {
  const dates: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && dates.length < 1000; next = iterator.next()) dates.push(next.toString());
  return dates;
}

const TITLE = "Handlingsplan; med komma, och \\ snedstreck";

describe("plan due --format ics", () => {
  const items = due(planOf(PLAN, "plans/avd.yaml"), ctx.today, { within: ctx.within });
  const text = formatIcs(items, ctx);

  it("has an all-day event for each date in the window: follow-ups, checkpoints, deadlines, revisions, report-backs", () => {
    // The one item it leaves out, an overdue one-off follow-up, is there to be left out.
    expect(items.filter((i) => i.state === "overdue").map((i) => `${i.measureId} ${i.kind}`)).toEqual(["sen followup-date"]);
    expect(
      events(text).map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate, event.endDate.toString(), event.summary]),
    ).toEqual([
      ["avd/-/report-back/2024-05-01@plan-due", "2024-05-01", true, "2024-05-02", `Återrapportering maj 2024: ${TITLE}`],
      ["avd/bemanning/followup-recurring@plan-due", "2024-05-01", true, "2024-05-02", "Uppföljning: Optimera bemanningen"],
      ["avd/bemanning/checkpoint/2024-05-03@plan-due", "2024-05-03", true, "2024-05-04", "Avstämning: Optimera bemanningen"],
      ["avd/raster/followup-date/2024-05-10@plan-due", "2024-05-10", true, "2024-05-11", "Uppföljning: Införa raster"],
      ["avd/bemanning/deadline/2024-05-12@plan-due", "2024-05-12", true, "2024-05-13", "Klart senast: Optimera bemanningen"],
      ["avd/-/revision/2024-05-20@plan-due", "2024-05-20", true, "2024-05-21", `Revidering: ${TITLE}`],
    ]);
    const uids = events(text).map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("makes a recurring follow-up one event whose RRULE gives its dates in the window, and one-off events none", () => {
    const [series, ...oneOff] = events(text).sort((a, b) => Number(b.isRecurring()) - Number(a.isRecurring()));
    expect(series!.isRecurring()).toBe(true);
    expect(series!.component.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=MONTHLY;COUNT=1");
    for (const event of oneOff) expect(event.isRecurring()).toBe(false);
    const wider = { ...ctx, within: 100 };
    const [longer] = events(formatIcs(due(planOf(PLAN, "plans/avd.yaml"), ctx.today, { within: 100 }), wider)).filter((e) =>
      e.isRecurring(),
    );
    expect(occurrences(longer!)).toEqual(["2024-05-01", "2024-06-01", "2024-07-01", "2024-08-01"]);
    expect(longer!.uid).toBe(series!.uid);
  });

  it("reminds with a VALARM (ACTION:DISPLAY) the configured number of days before each event, and not at all with 0", () => {
    for (const event of events(text)) {
      const alarm = event.component.getFirstSubcomponent("valarm")!;
      expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(alarm.getFirstPropertyValue("trigger")?.toString()).toBe("-P7D");
      expect(alarm.getFirstPropertyValue("description")).toBe(event.summary);
    }
    const three = events(formatIcs(items, { ...ctx, reminderDays: 3 }));
    expect(three.map((e) => e.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger")?.toString())).toEqual(
      three.map(() => "-P3D"),
    );
    const none = formatIcs(items, { ...ctx, reminderDays: 0 });
    expect(events(none)).toHaveLength(events(text).length);
    expect(none).not.toContain("VALARM");
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

  it("keeps every UID from day to day, also of a series whose start moves, so a re-import updates the events", () => {
    const uidsOn = (today: string) => {
      const day = { ...ctx, today };
      return events(formatIcs(due(planOf(PLAN, "plans/avd.yaml"), today, { within: 30 }), day)).map((e) => [e.uid, e.startDate.toString()]);
    };
    const first = uidsOn("2024-05-01");
    const later = uidsOn("2024-05-02");
    // The undated series now starts the next day, under the same UID; the dated events are the same ones.
    expect(later).toContainEqual(["avd/bemanning/followup-recurring@plan-due", "2024-05-02"]);
    expect(later.filter(([uid]) => !uid!.includes("followup-recurring"))).toEqual(
      first.filter(([uid]) => !uid!.includes("followup-recurring") && !uid!.includes("report-back")),
    );
  });

  it("moves a recurring follow-up's series when one is recorded, under the same UID", () => {
    const logged = PLAN.replace("      intervall: månadsvis\n", "      intervall: månadsvis\n      logg:\n        - datum: 2024-05-04\n");
    const [series] = events(
      formatIcs(due(planOf(logged, "plans/avd.yaml"), "2024-05-05", { within: 40 }), { ...ctx, today: "2024-05-05", within: 40 }),
    ).filter((e) => e.isRecurring());
    expect([series!.uid, occurrences(series!)]).toEqual(["avd/bemanning/followup-recurring@plan-due", ["2024-06-04"]]);
  });

  it("starts an overdue series at its first date from today on, and says in the description since when it is late", () => {
    const late = PLAN.replace("      intervall: månadsvis\n", "      intervall: månadsvis\n      logg:\n        - datum: 2024-03-20\n");
    const [series] = events(formatIcs(due(planOf(late, "plans/avd.yaml"), ctx.today, { within: 60 }), { ...ctx, within: 60 })).filter((e) =>
      e.isRecurring(),
    );
    expect(occurrences(series!)).toEqual(["2024-05-20", "2024-06-20"]);
    expect(series!.description.split("\n").slice(0, 2)).toEqual([
      "Uppföljning månadsvis (senast 2024-03-20)",
      "Försenad: skulle ha gjorts 2024-04-20.",
    ]);
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

  it("names every kind of event in English with --lang en", () => {
    const english = events(formatIcs(items, { ...ctx, lang: "en" }));
    expect(english.map((event) => event.summary)).toEqual([
      `Report-back May 2024: ${TITLE}`,
      "Follow-up: Optimera bemanningen",
      "Checkpoint: Optimera bemanningen",
      "Follow-up: Införa raster",
      "Deadline: Optimera bemanningen",
      `Revision: ${TITLE}`,
    ]);
    expect(english[1]!.description.split("\n")[0]).toBe("Follow-up monthly (none recorded)");
  });
});
