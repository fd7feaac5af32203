/** The follow-up and deadline rules of one measure, each at the boundaries that matter. */
import { describe, expect, it } from "vitest";
import { brief, due, measurePlan } from "./helpers.js";

const dated = (logg = "") =>
  measurePlan(`id: m
rubrik: Införa raster
aktivitet: Införa raster
status: pågår
ansvarig: [EC KTV]
uppföljning:
  datum: 2024-04-01
  av: [EC]${logg}`);

describe("a dated follow-up", () => {
  it("is overdue the day after its date, with the days counted", () => {
    expect(brief(due(dated(), "2024-04-02"))).toEqual(["followup-date 2024-04-01 overdue 1"]);
    expect(brief(due(dated(), "2024-05-01"))).toEqual(["followup-date 2024-04-01 overdue 30"]);
  });

  it("is due soon on its date and within the window, and not listed before the window", () => {
    expect(brief(due(dated(), "2024-04-01"))).toEqual(["followup-date 2024-04-01 due-soon 0"]);
    expect(brief(due(dated(), "2024-03-18"))).toEqual(["followup-date 2024-04-01 due-soon -14"]);
    expect(due(dated(), "2024-03-17")).toEqual([]);
    expect(brief(due(dated(), "2024-03-02", { within: 30 }))).toEqual(["followup-date 2024-04-01 due-soon -30"]);
  });

  it("is done by a follow-up recorded on or after its date, not by one before it", () => {
    expect(due(dated("\n  logg:\n    - datum: 2024-04-01"), "2024-05-01")).toEqual([]);
    expect(due(dated("\n  logg:\n    - datum: 2024-04-20"), "2024-05-01")).toEqual([]);
    expect(brief(due(dated("\n  logg:\n    - datum: 2024-03-31"), "2024-05-01"))).toEqual(["followup-date 2024-04-01 overdue 30"]);
  });

  it("carries the plan, measure, roles and the path of the date", () => {
    const [item] = due(dated(), "2024-05-01");
    expect(item).toMatchObject({
      planId: "test",
      file: "plans/test.yaml",
      measureId: "m",
      measureName: "Införa raster",
      measureStatus: "pågår",
      responsible: ["EC"],
      path: ["åtgärder", 0, "uppföljning", "datum"],
    });
  });

  it("falls back to the measure's responsible roles when the follow-up names no one", () => {
    const plan = measurePlan("id: m\nrubrik: R\nansvarig: [EC KTV, AC]\nuppföljning:\n  datum: 2024-04-01");
    expect(due(plan, "2024-05-01")[0]!.responsible).toEqual(["EC KTV", "AC"]);
  });
});

const recurring = (interval: string, more = "", plan = "") =>
  measurePlan(`id: m\nrubrik: R\nstatus: pågår\nuppföljning:\n  intervall: ${interval}${more}`, plan);

describe("a recurring follow-up", () => {
  it("is due one interval after the last recorded follow-up, whatever the log's order", () => {
    const plan = recurring("månadsvis", "\n  logg:\n    - datum: 2024-03-15\n    - datum: 2024-02-15");
    expect(brief(due(plan, "2024-04-16"))).toEqual(["followup-recurring 2024-04-15 overdue 1"]);
    expect(due(plan, "2024-04-16")[0]).toMatchObject({ lastFollowUp: "2024-03-15", interval: "månadsvis" });
    expect(due(plan, "2024-03-31")).toEqual([]);
  });

  it.each([
    ["veckovis", "2024-03-22"],
    ["månadsvis", "2024-04-15"],
    ["kvartalsvis", "2024-06-15"],
    ["terminsvis", "2024-09-15"],
    ["halvårsvis", "2024-09-15"],
    ["årsvis", "2025-03-15"],
  ])("%s: next due %s after a follow-up on 2024-03-15", (interval, next) => {
    const [item] = due(recurring(interval, "\n  logg:\n    - datum: 2024-03-15"), "2026-01-01");
    expect(item!.due).toBe(next);
  });

  it("never recorded: due from its first date (datum)", () => {
    expect(brief(due(recurring("månadsvis", "\n  datum: 2024-02-01"), "2024-03-01"))).toEqual(["followup-recurring 2024-02-01 overdue 29"]);
  });

  it("never recorded: one interval after the decision date, else after the start of the plan year", () => {
    const decided = recurring("kvartalsvis", "", "styrdokument:\n  datum_för_beslut: 2024-01-31\n");
    expect(due(decided, "2024-05-01")[0]!.due).toBe("2024-04-30");
    const yearly = recurring("månadsvis", "", "år: 2025\n");
    expect(brief(due(yearly, "2025-04-10"))).toEqual(["followup-recurring 2025-02-01 overdue 68"]);
    expect(due(yearly, "2024-05-01")).toEqual([]);
  });

  it("never recorded and nothing to count from: due today, marked undated", () => {
    const [item] = due(recurring("månadsvis"), "2024-05-01");
    expect(item).toMatchObject({ kind: "followup-recurring", due: "2024-05-01", state: "due-soon", daysOverdue: 0, undated: true });
  });

  it("a first date after every recorded follow-up is still pending", () => {
    const plan = recurring("månadsvis", "\n  datum: 2024-05-01\n  logg:\n    - datum: 2024-04-20");
    expect(due(plan, "2024-05-02")[0]!.due).toBe("2024-05-01");
  });

  it("regelbundet (no interval) is never due by itself, only by its checkpoint", () => {
    expect(due(recurring("regelbundet"), "2030-01-01")).toEqual([]);
    const withCheckpoint = recurring("regelbundet", "\n  avstämning: 2024-06-30");
    expect(brief(due(withCheckpoint, "2024-07-01"))).toEqual(["checkpoint 2024-06-30 overdue 1"]);
    expect(due(withCheckpoint, "2024-07-01")[0]!.path).toEqual(["åtgärder", 0, "uppföljning", "avstämning"]);
  });

  it("regelbundet with a date is due at that date", () => {
    expect(brief(due(recurring("regelbundet", "\n  datum: 2024-04-01"), "2024-04-02"))).toEqual(["followup-date 2024-04-01 overdue 1"]);
  });
});

describe("a checkpoint", () => {
  const plan = (logg = "") => recurring("månadsvis", `\n  avstämning: 2024-06-30\n  logg:\n    - datum: 2024-06-10${logg}`);

  it("is due alongside the recurring follow-up until a follow-up is recorded on or after it", () => {
    expect(brief(due(plan(), "2024-07-02"))).toEqual(["checkpoint 2024-06-30 overdue 2", "followup-recurring 2024-07-10 due-soon -8"]);
    expect(brief(due(plan("\n    - datum: 2024-06-30"), "2024-07-02"))).toEqual([]);
  });
});

describe("a deadline (klart_senast)", () => {
  const withDeadline = (deadline: string, status = "pågår") =>
    measurePlan(`id: m\nrubrik: R\nstatus: ${status}\nklart_senast: ${deadline}`);

  it("is overdue after the end of its period while the measure is not done", () => {
    expect(brief(due(withDeadline("Vt-24"), "2024-07-01"))).toEqual(["deadline 2024-06-30 overdue 1"]);
    expect(due(withDeadline("Vt-24"), "2024-07-01")[0]).toMatchObject({ deadline: "Vt-24", path: ["åtgärder", 0, "klart_senast"] });
    expect(brief(due(withDeadline("Feb 24"), "2024-03-01"))).toEqual(["deadline 2024-02-29 overdue 1"]);
    expect(brief(due(withDeadline("Feb 23"), "2023-03-01"))).toEqual(["deadline 2023-02-28 overdue 1"]);
  });

  it("counts a measure without a status as not done", () => {
    expect(brief(due(measurePlan("id: m\nrubrik: R\nklart_senast: 2024-06-30"), "2024-07-01"))).toEqual(["deadline 2024-06-30 overdue 1"]);
  });

  it("produces nothing at all for a done measure: no deadline, no follow-ups", () => {
    const done = measurePlan(
      "id: m\nrubrik: R\nstatus: klar\nklart_senast: Vt-24\nuppföljning:\n  datum: 2024-04-01\n  avstämning: 2024-05-01",
    );
    expect(due(done, "2025-01-01")).toEqual([]);
    expect(due(withDeadline("Vt-24", "avbruten"), "2025-01-01")).toEqual([]);
  });
});
