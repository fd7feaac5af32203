/**
 * Large runs are spread over worker threads (only in the bundle, so through the real bin): the result must be
 * exactly what one thread reports, including cross-file duplicates that span the threads' slices.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-parallel-"));
  const plan = await readFile(fixture("check-valid", "plans", "full.yaml"), "utf8");
  // PLAN_THREADS=2 splits any run of 100 files or more; the default waits for PARALLEL_MIN_FILES (thousands).
  const count = 320;
  for (let i = 0; i < count; i++) {
    let text = plan.replace("id: full-yaml", `id: plan-${i}`);
    if (i % 50 === 7) text = text.replace("datum: 2025-02-01", "datum: 2025-02-30");
    if (i % 97 === 3) text = text.replace("ansvarig: [EC, AC]", "ansvarig: [EC, AK]");
    if (i === count - 1) text = text.replace(`id: plan-${i}`, "id: plan-2"); // a duplicate across slices
    await writeFile(join(dir, `plan-${String(i).padStart(4, "0")}.yaml`), text);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function check(threads: string) {
  return plan(threads, "check", "--format", "json", ".");
}

function plan(threads: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO, "bin", "plan.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH, PLAN_THREADS: threads },
  });
  return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("plan check on many files", () => {
  it("reports the same with two threads as with one", () => {
    const one = check("1");
    const two = check("2");
    expect(one.exitCode).toBe(1);
    expect(two).toEqual(one);
    const codes = (JSON.parse(one.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "date-invalid")).toHaveLength(7);
    expect(codes.filter((c) => c === "role-unknown")).toHaveLength(4);
    expect(codes.filter((c) => c === "plan-id-duplicate")).toHaveLength(1);
  });
});

describe("plan due on many files", () => {
  it("lists the same items in the same order with two threads as with one, and skips the same invalid files", () => {
    const args = ["due", "--format", "json", "--today", "2025-09-01", "."];
    const one = plan("1", ...args);
    const two = plan("2", ...args);
    expect(two).toEqual(one);
    const report = JSON.parse(one.stdout) as { items: { planId: string }[]; skippedFiles: string[] };
    expect(new Set(report.items.map((i) => i.planId)).size).toBeGreaterThan(300);
    expect(report.skippedFiles).toHaveLength(11);
  });
});
