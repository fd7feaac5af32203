/** The plan-wide rules: the revision date and the run-up to a report-back month. */
import { describe, expect, it } from "vitest";
import { nextReportBack } from "../../src/schedule/report-back.js";
import { brief, due, planOf } from "./helpers.js";

describe("revideras_senast", () => {
  const plan = planOf(
    "id: p\ntitel: P\nstyrdokument:\n  revideras_senast: 2024-06-30\n  dokumentansvarig: AC Pers. assistans\nåtgärder: []\n",
  );

  it("is overdue the day after, due soon within the window, absent before", () => {
    expect(brief(due(plan, "2024-07-01"))).toEqual(["revision 2024-06-30 overdue 1"]);
    expect(brief(due(plan, "2024-06-20"))).toEqual(["revision 2024-06-30 due-soon -10"]);
    expect(due(plan, "2024-06-15")).toEqual([]);
  });

  it("is the document owner's, and points at the date", () => {
    expect(due(plan, "2024-07-01")[0]).toMatchObject({ responsible: ["AC Pers. assistans"], path: ["styrdokument", "revideras_senast"] });
  });
});

describe("nextReportBack", () => {
  it.each([
    ["2024-04-01", "2024-05-01", "2024-04-01", "2023-11-01", "2023-12-01"],
    ["2024-05-31", "2024-05-01", "2024-04-01", "2023-11-01", "2023-12-01"],
    ["2024-06-01", "2024-11-01", "2024-10-01", "2024-05-01", "2024-06-01"],
    ["2024-12-01", "2025-05-01", "2025-04-01", "2024-11-01", "2024-12-01"],
    ["2024-01-15", "2024-05-01", "2024-04-01", "2023-11-01", "2023-12-01"],
  ])("on %s the next report-back is %s", (today, month, runUpStart, previous, freshSince) => {
    expect(nextReportBack(today, [5, 11])).toEqual({ month, runUpStart, previous, freshSince });
  });

  it("handles a January report-back (run-up in December) and a single month a year", () => {
    expect(nextReportBack("2024-12-10", [1, 6])).toMatchObject({ month: "2025-01-01", runUpStart: "2024-12-01", previous: "2024-06-01" });
    expect(nextReportBack("2024-06-01", [5])).toMatchObject({ month: "2025-05-01", previous: "2024-05-01", freshSince: "2024-06-01" });
    expect(nextReportBack("2024-06-01", [])).toBeUndefined();
  });
});

describe("before a report-back month", () => {
  const unit = (logg = "", extra = "") =>
    planOf(
      `id: ansvar-81511\ntitel: U\nansvar: "81511"\n${extra}styrdokument:\n  dokumentansvarig: EC\nåtgärder:\n  - id: m\n    rubrik: R\n    status: pågår\n    uppföljning:\n      text: fortlöpande${logg}\n`,
    );

  it("a unit plan with no follow-up since the previous report-back is listed from the month before", () => {
    expect(due(unit(), "2024-03-31")).toEqual([]);
    expect(brief(due(unit(), "2024-04-01"))).toEqual(["report-back 2024-05-01 due-soon -30"]);
    expect(brief(due(unit(), "2024-05-01"))).toEqual(["report-back 2024-05-01 due-soon 0"]);
    expect(brief(due(unit(), "2024-05-31"))).toEqual(["report-back 2024-05-01 overdue 30"]);
    expect(due(unit(), "2024-06-01")).toEqual([]);
    expect(due(unit(), "2024-05-20")[0]).toMatchObject({
      reportMonth: "2024-05",
      previousReportMonth: "2023-11",
      responsible: ["EC"],
      path: ["id"],
    });
  });

  it("is shown earlier when the look-ahead window reaches the report-back month", () => {
    expect(brief(due(unit(), "2024-03-20", { within: 45 }))).toEqual(["report-back 2024-05-01 due-soon -42"]);
  });

  it("a follow-up after the previous report-back month clears it; one during that month does not", () => {
    expect(due(unit("\n      logg:\n        - datum: 2023-12-01"), "2024-04-15")).toEqual([]);
    expect(brief(due(unit("\n      logg:\n        - datum: 2023-11-30"), "2024-04-15"))).toEqual(["report-back 2024-05-01 due-soon -16"]);
  });

  it("only unit plans (ansvar or enhet), only once they have started, only with open measures", () => {
    const department = planOf("id: avd\ntitel: A\nåtgärder:\n  - id: m\n    rubrik: R\n");
    expect(due(department, "2024-04-15")).toEqual([]);
    expect(brief(due(planOf("id: k\ntitel: K\nenhet: Korttidstillsyn\nåtgärder: []\n"), "2024-04-15"))).toEqual([
      "report-back 2024-05-01 due-soon -16",
    ]);
    expect(due(unit("", "år: 2025\n"), "2024-04-15")).toEqual([]);
    expect(brief(due(unit("", "år: 2025\n"), "2025-04-15"))).toEqual(["report-back 2025-05-01 due-soon -16"]);
    const done = planOf('id: u\ntitel: U\nansvar: "1"\nåtgärder:\n  - id: m\n    rubrik: R\n    status: klar\n');
    expect(due(done, "2024-04-15")).toEqual([]);
  });

  it("follows the configured report-back months", () => {
    expect(due(unit(), "2024-04-15", { reportMonths: [3, 9] })).toEqual([]);
    expect(brief(due(unit(), "2024-08-15", { reportMonths: [3, 9] }))).toEqual(["report-back 2024-09-01 due-soon -17"]);
  });
});

describe("the order of items", () => {
  it("is by due date, then file, then position in the file", () => {
    const a = planOf(
      "id: a\ntitel: A\nåtgärder:\n  - id: x\n    rubrik: X\n    uppföljning:\n      datum: 2024-03-01\n  - id: y\n    rubrik: Y\n    uppföljning:\n      datum: 2024-02-01\n",
      "plans/a.yaml",
    );
    const b = planOf("id: b\ntitel: B\nåtgärder:\n  - id: z\n    rubrik: Z\n    uppföljning:\n      datum: 2024-02-01\n", "plans/b.yaml");
    expect(due([b, a], "2024-04-01").map((i) => `${i.planId}/${i.measureId}`)).toEqual(["a/y", "b/z", "a/x"]);
  });
});
