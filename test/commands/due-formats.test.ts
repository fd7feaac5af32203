/** Each output format of `plan due`: table (colour rules), json (the documented shape), github, ics (parsed). */
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

  it("parses as iCalendar with one all-day event per coming follow-up", async () => {
    const component = new ICAL.Component(ICAL.parse(await calendar()));
    expect(component.name).toBe("vcalendar");
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary])).toEqual([
      ["2024-05-10", true, 'Uppföljning: Införa raster, med "citat"; och semikolon'],
      [
        "2024-06-30",
        true,
        "Avstämning: Optimera schemaläggningen så att timmarna räcker, med ett namn så långt att kalenderfilen måste vika raden",
      ],
      [
        "2024-07-15",
        true,
        "Uppföljning: Optimera schemaläggningen så att timmarna räcker, med ett namn så långt att kalenderfilen måste vika raden",
      ],
    ]);
    expect(events.map((e) => e.endDate.toString())).toEqual(["2024-05-11", "2024-07-01", "2024-07-16"]);
    expect(events[0]!.uid).toBe("ansvar-81599/raster/followup-date/2024-05-10@plan-due");
    expect(events[0]!.description).toContain(
      "Ansvarig: EC KTV\nFil: plans/ansvar-81599.yaml:28\nRegistrera: plan followup ansvar-81599 raster",
    );
    const stamp = component.getAllSubcomponents("vevent")[0]!.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toString()).toBe("2024-05-01T00:00:00Z");
  });

  it("leaves out overdue items, deadlines and revisions; the same input gives the same bytes", async () => {
    const text = await calendar(["--within", "365"]);
    expect(text).not.toContain("bemanning");
    expect(text).not.toContain("lokaler");
    expect(text).not.toContain("Revider");
    expect(await calendar(["--within", "365"])).toBe(text);
  });

  it("is an empty but valid calendar when nothing is coming", async () => {
    const component = new ICAL.Component(ICAL.parse(await calendar(["--within", "0"])));
    expect(component.getAllSubcomponents("vevent")).toEqual([]);
  });
});
