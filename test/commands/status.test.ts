/** `plan status`: the overview of every plan, on the shipped plans and on a folder with a broken file. */
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs("all");

const status = (args: string[], options: { cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {}) =>
  runCli(["status", "--today", "2025-05-01", ...args], { cwd: options.cwd ?? REPO, ...options });

interface Row {
  planId: string;
  unit: string;
  owner?: string;
  statuses: { status: string; count: number }[];
  measures: number;
  overdue: number;
  dueSoon: number;
  lastFollowUp?: string;
  reviseBy?: string;
  revisionPassed: boolean;
}

describe("plan status", () => {
  it("gives every shipped plan a row, the most overdue first, with its measures by status", async () => {
    const run = await status(["--format", "json"]);
    expect(run.exitCode).toBe(0);
    const { plans } = JSON.parse(run.stdout) as { plans: Row[] };
    expect(plans.map((p) => p.planId)).toEqual([
      "avdelningen-pa",
      "ansvar-81511",
      "ansvar-81513",
      "ansvar-81515",
      "ansvar-81516",
      "ansvar-81517",
      "korttidstillsyn",
    ]);
    const department = plans[0]!;
    expect(department).toMatchObject({ measures: 13, reviseBy: "2024-06-30", revisionPassed: true, owner: "AC Pers. assistans och stöd" });
    expect(department.statuses).toEqual([
      { status: "pågår", count: 6 },
      { status: "", count: 7 },
    ]);
    expect(department.overdue).toBeGreaterThan(0);
    expect(plans[1]).toMatchObject({
      unit: "ansvar 81511",
      owner: "EC",
      measures: 5,
      overdue: 0,
      statuses: [{ status: "pågår", count: 5 }],
    });
    expect(plans[1]!.lastFollowUp).toBeUndefined();
  });

  it("is a table for people, coloured only on a terminal", async () => {
    const plain = await status([]);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    expect(plain.stdout).toMatch(
      /│ Plan\s+│ Enhet\s+│ Ägare\s+│ Åtgärder\s+│ Försenat │ Snart │ Senaste uppföljning │ Revideras senast\s+│/,
    );
    expect(plain.stdout).toMatch(
      /│ avdelningen-pa\s+│ –\s+│ AC Pers\.\s+│ 6 pågår, 7 utan\s+│ 13\s+│ 1\s+│ ingen\s+│ 2024-06-30 \(passerat\) │/,
    );
    expect(plain.stdout.trimEnd().split("\n").at(-1)).toBe("7 planer, 1 med något försenat (per 2025-05-01).");
    const tty = await status([], { isTTY: true });
    expect(tty.stdout).toContain("\x1b[31m13\x1b[39m");
    expect((await status([], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\x1b\[/);
  });

  it("skips a file with errors, names it on stderr, and exits 1", async () => {
    const cwd = await tempDir("plan-status-");
    await cp(join(REPO, "plans"), join(cwd, "plans"), { recursive: true });
    await writeFile(join(cwd, "plans", "trasig.yaml"), "id: trasig\ntitel: [\n");
    const run = await status(["--format", "json"], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("plan status: ogiltiga filer hoppades över: plans/trasig.yaml");
    const result = JSON.parse(run.stdout) as { skippedFiles: string[]; plans: Row[] };
    expect(result.skippedFiles).toEqual(["plans/trasig.yaml"]);
    expect(result.plans).toHaveLength(7);
  });
});
