/** A few runs of `plan due` and `plan followup` through the real bin/plan.js and bundle (built by `npm test`). */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.mjs";
import { fixture, REPO } from "../helpers/paths.js";

const BIN = join(REPO, "bin", "plan.js");

function plan(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/plan.js due", () => {
  it("lists Införa raster on the shipped plan, plain text off a terminal", () => {
    const run = plan(["due", "--today", "2024-05-01", "plans/avdelningen-personlig-assistans.md"], fixture("due-shipped"));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("Införa raster");
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it("fails CI with --fail-on overdue and annotates the lines", () => {
    const run = plan(["due", "--format", "github", "--fail-on", "overdue"], fixture("due-cases"), { PLAN_TODAY: "2024-05-01" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::warning file=plans\/ansvar-81599\.yaml,line=34,col=19,/);
  });

  it("exits 2 with one Swedish line for an impossible --today", () => {
    const run = plan(["due", "--today", "2023-02-29"], fixture("due-cases"));
    expect(run).toMatchObject({ exitCode: 2, stdout: "" });
    expect(run.stderr).toBe('plan: Ogiltigt datum för --today: "2023-02-29". Skriv ÅÅÅÅ-MM-DD med en dag som finns i kalendern.\n');
  });
});

describe("bin/plan.js due into a pipe", () => {
  it("stops quietly when the reader goes away (| head), with no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-due-pipe-"));
    try {
      generateCorpus(120, join(dir, "plans"));
      const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" due --today 2025-05-01 plans | head -c 100 > /dev/null`], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH },
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("bin/plan.js followup", () => {
  it("records a follow-up and refuses a second, impossible one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-followup-bin-"));
    try {
      await cp(fixture("followup-comments"), dir, { recursive: true });
      const ok = plan(["followup", "kommentarer-md", "raster", "--kommentar", "k", "--av", "EC"], dir, { PLAN_TODAY: "2024-05-02" });
      expect(ok).toMatchObject({ exitCode: 0, stderr: "" });
      const after = await readFile(join(dir, "plans", "kommentarer.md"), "utf8");
      expect(after).toContain("        - datum: 2024-05-02\n          kommentar: k\n          av: EC\n");
      const refused = plan(["followup", "kommentarer-md", "raster", "--kommentar", "k", "--datum", "2024-13-01"], dir, {
        PLAN_TODAY: "2024-05-02",
      });
      expect(refused.exitCode).toBe(1);
      expect(await readFile(join(dir, "plans", "kommentarer.md"), "utf8")).toBe(after);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
