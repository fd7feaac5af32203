/** A recurring follow-up with nothing to count from says "no date", not "today" day after day. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "plan-utan-datum-"));
  const plan = [
    "id: utkast",
    "titel: Utkast utan beslutsdatum",
    "åtgärder:",
    "  - id: bemanning",
    "    rubrik: Bemanna efter beslut",
    "    ansvarig: [EC]",
    "    uppföljning:",
    "      intervall: månadsvis",
    "",
  ].join("\n");
  await writeFile(join(cwd, "utkast.yaml"), plan);
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe("plan due, an undated recurring follow-up", () => {
  it("shows no date and 'utan datum' in the table on any day", async () => {
    for (const today of ["2025-05-01", "2025-05-02"]) {
      const run = await runCli(["due", "utkast.yaml", "--today", today], { cwd });
      const row = run.stdout.split("\n").find((line) => line.includes("Bemanna efter beslut"));
      expect(row).toMatch(/│ –\s+│ utan datum\s+│ 8\s+│$/);
      expect(run.stdout).not.toContain("i dag");
    }
  });

  it("says why in the annotation: nothing to count from, and what to do", async () => {
    const run = await runCli(["due", "utkast.yaml", "--today", "2025-05-01", "--format", "github", "--lang", "en"], { cwd });
    expect(run.stdout).toContain(
      "Bemanna efter beslut (utkast): Follow-up monthly (none recorded), no date to count from: give uppföljning.datum or record the first follow-up; responsible EC.",
    );
  });
});
