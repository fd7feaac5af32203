/** Each output format of `plan due`: table (colour rules), json (the documented shape), github, ics (parsed by ical.js). */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const cwd = fixture("due-cases");
const due = (args: string[], env?: Record<string, string>, isTTY = false) =>
  runCli(["due", "--today", "2024-05-01", ...args], { cwd, ...(env && { env }), isTTY });

describe("table", () => {
  it("groups by role, then plan, with days in words and the line of each item", async () => {
    const run = await due([]);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    const sections = run.stdout.split("\n\n");
    expect(sections.map((s) => s.split("\n")[0])).toEqual([
      "EC KTV (Enhetschef)",
      "AC (Avdelningschef)",
      "FC (Förvaltningschef)",
      "2 försenade, 1 snart förfallande (per 2024-05-01, inom 14 dagar).",
    ]);
    expect(sections[0]).toContain("ansvar-81599: Handlingsplan 2024 ansvar 81599 (plans/ansvar-81599.yaml)");
    expect(sections[0]).toMatch(/Införa raster, med "citat"; och\s+│ Uppföljning\s+│ 2024-05-10 │ om 9 dagar\s+│ 28\s+│/);
    expect(sections[1]).toMatch(/Optimera bemanningen\s+│ Uppföljning månadsvis \(senast\s+│ 2024-04-20 │ 11 dagar sen │ 17\s+│/);
    expect(sections[2]).toMatch(/Säga upp lokaler\s+│ Klart senast Q1 2024\s+│ 2024-03-31 │ 31 dagar sen │ 34\s+│/);
    expect(run.stdout).toMatch(/│ Åtgärd\s+│ Vad\s+│ Förfaller\s+│ Läge\s+│ Rad │/);
  });

  it("is coloured on a terminal or with FORCE_COLOR, never with NO_COLOR", async () => {
    expect((await due([], {}, true)).stdout).toMatch(/\x1b\[31m11 dagar sen/);
    expect((await due([], { NO_COLOR: "1" }, true)).stdout).not.toMatch(/\x1b\[/);
    expect((await due([], { FORCE_COLOR: "1" }, false)).stdout).toMatch(/\x1b\[31m11 dagar sen/);
  });

  it("speaks English with --lang en", async () => {
    const run = await due(["--lang", "en"]);
    expect(run.stdout).toContain("in 9 days");
    expect(run.stdout).toContain("2 overdue, 1 due soon (as of 2024-05-01, within 14 days).");
  });
});

describe("json", () => {
  it("has the documented shape, items sorted by due date", async () => {
    const run = await due(["--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["version", "today", "within", "summary", "skippedFiles", "items"]);
    expect(report.items.map((i: { due: string }) => i.due)).toEqual(["2024-03-31", "2024-04-20", "2024-05-10"]);
    expect(report.items[1]).toEqual({
      kind: "followup-recurring",
      state: "overdue",
      due: "2024-04-20",
      daysOverdue: 11,
      planId: "ansvar-81599",
      planTitle: "Handlingsplan 2024 ansvar 81599",
      file: "plans/ansvar-81599.yaml",
      line: 17,
      column: 18,
      path: "åtgärder[0].uppföljning.intervall",
      measureId: "bemanning",
      measureName: "Optimera bemanningen",
      measureTitle: "Optimera bemanningen",
      measureStatus: "pågår",
      responsible: ["AC"],
      interval: "månadsvis",
      lastFollowUp: "2024-03-20",
      message:
        "Optimera bemanningen (ansvar-81599): Uppföljning månadsvis (senast 2024-03-20), förföll 2024-04-20 (11 dagar sen); ansvarig AC.",
    });
    expect(report.items[2]).toMatchObject({ kind: "followup-date", state: "due-soon", daysOverdue: -9, line: 28, column: 14 });
  });
});

describe("github", () => {
  it("puts a warning (overdue) or notice (due soon) on the line of each item, escaped", async () => {
    const run = await due(["--format", "github"]);
    expect(run.stdout.split("\n")).toEqual([
      "::warning file=plans/ansvar-81599.yaml,line=34,col=19,title=plan due%3A försenad::Säga upp lokaler (ansvar-81599): Klart senast Q1 2024, förföll 2024-03-31 (31 dagar sen); ansvarig FC.",
      "::warning file=plans/ansvar-81599.yaml,line=17,col=18,title=plan due%3A försenad::Optimera bemanningen (ansvar-81599): Uppföljning månadsvis (senast 2024-03-20), förföll 2024-04-20 (11 dagar sen); ansvarig AC.",
      '::notice file=plans/ansvar-81599.yaml,line=28,col=14,title=plan due%3A snart::Införa raster, med "citat"; och semikolon (ansvar-81599): Uppföljning, förfaller 2024-05-10 (om 9 dagar); ansvarig EC KTV.',
      "",
    ]);
  });

  it("points into the front matter of a Markdown plan", async () => {
    const run = await due(["--format", "github", "--within", "90", "plans/avdelning.md"]);
    expect(run.stdout).toMatch(/^::notice file=plans\/avdelning\.md,line=13,col=19,/);
  });
});

describe("ics", () => {
  const calendar = async (args: string[] = ["--within", "90"]) => {
    const run = await due(["--format", "ics", ...args]);
    expect(run.exitCode).toBe(0);
    return run.stdout;
  };

  it("is RFC 5545 text: CRLF everywhere, no line over 75 octets, folded lines start with a space", async () => {
    const text = await calendar();
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /);
  });

  const LONG = "Optimera schemaläggningen så att timmarna räcker, med ett namn så långt att kalenderfilen måste vika raden";
  const eventsOf = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const datesOf = (event: ICAL.Event) => {
    const dates: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && dates.length < 100; next = iterator.next()) dates.push(next.toString());
    return dates;
  };

  it("parses as iCalendar: an all-day event per date in the window, a recurring follow-up as one event with an RRULE", async () => {
    const text = await calendar();
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.name).toBe("vcalendar");
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
    const events = eventsOf(text);
    const rule = (e: ICAL.Event) => e.component.getFirstPropertyValue("rrule")?.toString();
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary, rule(e)])).toEqual([
      ["2024-05-10", true, 'Uppföljning: Införa raster, med "citat"; och semikolon', undefined],
      ["2024-05-20", true, "Uppföljning: Optimera bemanningen", "FREQ=MONTHLY;COUNT=3"],
      ["2024-06-30", true, `Avstämning: ${LONG}`, undefined],
      ["2024-07-15", true, `Uppföljning: ${LONG}`, "FREQ=MONTHLY;COUNT=1;INTERVAL=3"],
    ]);
    expect(datesOf(events[1]!)).toEqual(["2024-05-20", "2024-06-20", "2024-07-20"]);
    expect(events.map((e) => e.endDate.toString())).toEqual(["2024-05-11", "2024-05-21", "2024-07-01", "2024-07-16"]);
    expect(events.map((e) => e.uid)).toEqual([
      "ansvar-81599/raster/followup-date/2024-05-10@plan-due",
      "ansvar-81599/bemanning/followup-recurring@plan-due",
      "avdelning/schema/checkpoint/2024-06-30@plan-due",
      "avdelning/schema/followup-recurring@plan-due",
    ]);
    expect(events[0]!.description).toContain(
      "Ansvarig: EC KTV\nFil: plans/ansvar-81599.yaml:28\nRegistrera: plan followup ansvar-81599 raster",
    );
    for (const vevent of component.getAllSubcomponents("vevent")) {
      expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2024-05-01T00:00:00Z");
    }
  });

  it("holds the deadlines, revisions and report-backs of the window too, but no overdue one-off item", async () => {
    const events = eventsOf(await calendar(["--within", "365"]));
    const summaries = events.map((e) => `${e.startDate.toString()} ${e.summary}`);
    expect(summaries).toContain("2024-12-31 Revidering: Handlingsplan 2024 ansvar 81599");
    // A report-back is in the calendar when plan due lists it: the next one, for a unit plan with nothing since the last.
    const autumn = eventsOf((await due(["--today", "2024-10-15", "--format", "ics", "--within", "30"])).stdout);
    expect(autumn.map((e) => [e.uid, e.startDate.toString(), e.summary])).toContainEqual([
      "ansvar-81599/-/report-back/2024-11-01@plan-due",
      "2024-11-01",
      "Återrapportering november 2024: Handlingsplan 2024 ansvar 81599",
    ]);
    // Säga upp lokaler was due Q1 2024: overdue, so only in the table and JSON.
    expect(summaries.join("\n")).not.toContain("Säga upp lokaler");
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("keeps the UIDs from one --today to another, so that a re-import updates the events instead of adding copies", async () => {
    const first = eventsOf(await calendar(["--within", "365"]));
    const later = eventsOf((await due(["--today", "2024-05-15", "--format", "ics", "--within", "365"])).stdout);
    const uidsFirst = first.map((e) => e.uid);
    expect(later.map((e) => e.uid).filter((uid) => !uidsFirst.includes(uid))).toEqual([]);
    // The 2024-05-10 follow-up is overdue by then; the monthly series is the same event, with the same dates.
    expect(later.map((e) => e.uid)).not.toContain("ansvar-81599/raster/followup-date/2024-05-10@plan-due");
    const series = (events: ICAL.Event[]) => events.find((e) => e.uid === "ansvar-81599/bemanning/followup-recurring@plan-due")!;
    expect(datesOf(series(later)).slice(0, 8)).toEqual(datesOf(series(first)).slice(0, 8));
  });

  it("reminds 7 days before by default (VALARM, ACTION:DISPLAY), --påminnelse sets the days, 0 none", async () => {
    const triggers = (text: string) =>
      eventsOf(text).map((e) => {
        const alarm = e.component.getFirstSubcomponent("valarm");
        return alarm && `${alarm.getFirstPropertyValue("action")} ${alarm.getFirstPropertyValue("trigger")?.toString()}`;
      });
    expect(triggers(await calendar())).toEqual(Array(4).fill("DISPLAY -P7D"));
    expect(triggers(await calendar(["--within", "90", "--påminnelse", "2"]))).toEqual(Array(4).fill("DISPLAY -P2D"));
    const none = await calendar(["--within", "90", "--påminnelse", "0"]);
    expect(eventsOf(none)).toHaveLength(4);
    expect(none).not.toContain("BEGIN:VALARM");
  });

  it("refuses a --påminnelse that is not a number of days with one line and exit 2", async () => {
    const run = await due(["--format", "ics", "--påminnelse", "en vecka"]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('plan: Ogiltigt värde för --påminnelse: "en vecka". Ange ett antal dagar, 0–365 (0 = ingen).\n');
  });

  it("takes the reminder's days from påminnelse_dagar in plan.config.yaml, and reports a bad value at its line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-ics-"));
    try {
      await cp(cwd, dir, { recursive: true });
      const config = join(dir, "plan.config.yaml");
      await appendFile(config, "\npåminnelse_dagar: 3\n");
      const run = await runCli(["due", "--today", "2024-05-01", "--within", "90", "--format", "ics"], { cwd: dir });
      expect(run.stdout).toContain("TRIGGER:-P3D");
      expect(run.stdout).not.toContain("TRIGGER:-P7D");
      await writeFile(config, (await readFile(config, "utf8")).replace("påminnelse_dagar: 3", "påminnelse_dagar: -1"));
      const bad = await runCli(["due", "--format", "ics"], { cwd: dir });
      expect(bad.exitCode).toBe(2);
      expect(bad.stderr).toMatch(/^plan: plan\.config\.yaml:\d+:19: konfigurationsfel \[schema-\w+\]: .*påminnelse_dagar/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives the same bytes for the same input", async () => {
    expect(await calendar(["--within", "365"])).toBe(await calendar(["--within", "365"]));
  });

  it("is an empty but valid calendar when nothing is coming", async () => {
    const component = new ICAL.Component(ICAL.parse(await calendar(["--within", "0"])));
    expect(component.getAllSubcomponents("vevent")).toEqual([]);
  });
});
