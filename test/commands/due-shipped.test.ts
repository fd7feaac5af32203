/**
 * The "done when": on a copy of the shipped department plan (seed 003), `plan due --today 2024-05-01`
 * lists the follow-ups that were due by then, "Införa raster" (2024-04-01) among them, and none that were not.
 */
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const cwd = fixture("due-shipped");
const FILE = "plans/avdelningen-personlig-assistans.md";

/** Everything due by 2024-05-01, by measure and kind. */
const DUE_BY_MAY = [
  "taxiresor followup-date 2024-01-30 overdue",
  "handkassekort deadline 2024-02-29 overdue",
  "hemtjanstliknande-assistans followup-date 2024-03-01 overdue",
  "fakturering followup-date 2024-03-01 overdue",
  "raster followup-date 2024-04-01 overdue",
  "handkassekort followup-date 2024-04-01 overdue",
  // Monthly, never recorded, and the plan has neither a decision date nor a year: due now (see docs/schedule.md).
  "ej-mer-tid followup-recurring 2024-05-01 due-soon",
];

/** Falling due after 2024-05-01 (or never by date): must not be listed as due by then. */
const NOT_YET = ["dubbla-beslut", "lokaler", "schemalaggning", "ob-ersattning", "overtalig-personal"];

describe("plan due on the shipped department plan, 2024-05-01", () => {
  it("the table lists Införa raster and the others due by then", async () => {
    const run = await runCli(["due", "--today", "2024-05-01", FILE], { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe("");
    for (const name of [
      "Införa raster",
      "Taxiresor från skola",
      "Avveckla handkassakorten",
      "Säkra intäkter och utgifter",
      "Optimera organisation av",
    ]) {
      expect(run.stdout).toContain(name);
    }
    expect(run.stdout).toMatch(/Införa raster\s+│ Uppföljning\s+│ 2024-04-01 │ 30 dagar sen │ 45/);
    for (const name of ["Översyn av korttidsvistelse", "Översyn av lokaler", "Optimera Schemaläggning", "Se över utbetalningar"]) {
      expect(run.stdout).not.toContain(name);
    }
    expect(run.stdout).toContain("6 försenade, 1 snart förfallande (per 2024-05-01, inom 14 dagar).");
  });

  it("JSON gives exactly those items, and none due later", async () => {
    const run = await runCli(["due", "--today", "2024-05-01", "--format", "json", FILE], { cwd });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout);
    const items = report.items as { measureId: string; kind: string; due: string; state: string; measureName: string }[];
    expect(items.map((i) => `${i.measureId} ${i.kind} ${i.due} ${i.state}`)).toEqual(DUE_BY_MAY);
    expect(items.find((i) => i.measureId === "raster")).toMatchObject({ measureName: "Införa raster", due: "2024-04-01" });
    for (const id of NOT_YET) expect(items.some((i) => i.measureId === id)).toBe(false);
    expect(items.some((i) => i.kind === "revision")).toBe(false);
    expect(report).toMatchObject({ version: 1, today: "2024-05-01", within: 14, summary: { overdue: 6, dueSoon: 1 } });
  });

  it("with no look-ahead, still only what is due by then", async () => {
    const run = await runCli(["due", "--today", "2024-05-01", "--within", "0", "--format", "json", FILE], { cwd });
    expect(JSON.parse(run.stdout).items).toHaveLength(DUE_BY_MAY.length);
  });

  it("two months later the revision date and the June follow-ups have come due", async () => {
    const run = await runCli(["due", "--today", "2024-07-01", "--format", "json", FILE], { cwd });
    const kinds = JSON.parse(run.stdout).items.map((i: { measureId?: string; kind: string }) => `${i.measureId ?? "-"} ${i.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "- revision",
        "dubbla-beslut followup-date",
        "dubbla-beslut deadline",
        "schemalaggning checkpoint",
        "schemalaggning deadline",
      ]),
    );
    expect(kinds).not.toContain("lokaler followup-date");
  });
});
