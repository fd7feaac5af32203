/**
 * A run killed at any moment (SIGKILL, no chance to clean up) leaves each file it writes as it was or as the run
 * would have made it, byte for byte, never half; a report's formats change together; and the next run removes
 * what the killed one left (temporary files, a lock). The kill times are spread over a normal run's duration.
 */
import { watch } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { type Exit, planAsync, planSync } from "../helpers/spawn-plan.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs();
const env: Record<string, string> = { PLAN_TODAY: "2024-05-02" };

/** Starts a run and kills it after `delayMs` (if it has not ended by then). */
async function killedAfter(args: string[], cwd: string, delayMs: number): Promise<Exit> {
  const run = planAsync(args, cwd, env);
  const timer = setTimeout(() => run.child.kill("SIGKILL"), delayMs);
  const exit = await run.done;
  clearTimeout(timer);
  return exit;
}

/** Starts a run and kills it the moment a file named like `pattern` appears in `folder`. */
async function killedOnChange(args: string[], cwd: string, folder: string, pattern: RegExp): Promise<Exit> {
  const watcher = watch(folder);
  const run = planAsync(args, cwd, env);
  watcher.on("change", (_event, name) => {
    if (pattern.test(String(name))) run.child.kill("SIGKILL");
  });
  const exit = await run.done;
  watcher.close();
  return exit;
}

/** How long a run takes here, so that the kills land all over it. */
function duration(args: string[], cwd: string): number {
  const start = performance.now();
  planSync(args, cwd, env);
  return performance.now() - start;
}

/** Kill times spread over the span; the last run is left to finish, so that at least one lands on a slow machine. */
const delays = (rounds: number, span: number) => [
  ...Array.from({ length: rounds - 1 }, (_, i) => Math.round(((i + 0.5) / (rounds - 1)) * span)),
  60_000,
];

describe("a killed run", () => {
  it("plan followup: the plan is the old file or the old file plus the entry", async () => {
    const dir = await tempDir("plan-killed-followup-");
    await cp(fixture("followup-comments"), dir, { recursive: true });
    const file = join(dir, "plans", "kommentarer.md");
    const span = duration(["followup", "kommentarer-md", "raster", "--kommentar", "mätning"], dir) * 1.2;
    let landed = 0;
    for (const [round, delay] of delays(14, span).entries()) {
      const before = await readFile(file, "utf8");
      const comment = `dödad-${round}`;
      await killedAfter(["followup", "kommentarer-md", "raster", "--kommentar", comment], dir, delay);
      const after = await readFile(file, "utf8");
      if (after === before) continue;
      landed++;
      expect(after.replace(`          kommentar: ${comment}\n`, "").replace(/ {8}- datum: 2024-05-02\n(?! {10})/, "")).toBe(before);
      expect((await runCli(["check", "plans/kommentarer.md"], { cwd: dir })).exitCode).toBe(0);
    }
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(14);
    // Killed the moment its temporary file appears: the plan is as it was or has the entry, nothing in between.
    for (let round = 0; round < 2; round++) {
      const before = await readFile(file, "utf8");
      await killedOnChange(
        ["followup", "kommentarer-md", "raster", "--kommentar", "k"],
        dir,
        join(dir, "plans"),
        /^\.kommentarer\.md\..*tmp/,
      );
      const after = await readFile(file, "utf8");
      if (after !== before) expect((await runCli(["check", "plans/kommentarer.md"], { cwd: dir })).exitCode).toBe(0);
    }
    // The next run breaks a dead run's lock and removes its temporary files.
    expect(planSync(["followup", "kommentarer-md", "raster", "--kommentar", "k"], dir, env).exitCode).toBe(0);
    expect((await readdir(join(dir, "plans"))).sort()).toEqual(["kommentarer.md", "kommentarer.yaml"]);
  }, 60_000);

  it("plan new: no file, or the whole plan, which passes plan check", async () => {
    const dir = await tempDir("plan-killed-new-");
    await cp(fixture("followup-comments", "plan.config.yaml"), join(dir, "plan.config.yaml"));
    const args = (id: string) => ["new", "--ansvar", "81519", "--enhet", "Enhet", "--år", "2026", "--id", id];
    const span = duration(args("matning"), dir) * 1.2;
    const reference = (await readFile(join(dir, "plans", "enheter", "matning.yaml"), "utf8")).replaceAll("matning", "ID");
    await rm(join(dir, "plans", "enheter", "matning.yaml"));
    let written = 0;
    for (const [round, delay] of delays(10, span).entries()) {
      const id = `dodad-${round}`;
      await killedAfter(args(id), dir, delay);
      const names = await readdir(join(dir, "plans", "enheter")).catch((): string[] => []);
      if (!names.includes(`${id}.yaml`)) continue;
      written++;
      expect(await readFile(join(dir, "plans", "enheter", `${id}.yaml`), "utf8")).toBe(reference.replaceAll("ID", id));
    }
    expect(written).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) {
      const id = `bevakad-${round}`;
      await killedOnChange(args(id), dir, join(dir, "plans", "enheter"), /^\.bevakad-\d\.yaml\..*tmp/);
      const names = await readdir(join(dir, "plans", "enheter"));
      if (names.includes(`${id}.yaml`)) {
        expect(await readFile(join(dir, "plans", "enheter", `${id}.yaml`), "utf8")).toBe(reference.replaceAll("ID", id));
      }
    }
    expect(planSync(args("sist"), dir, env).exitCode).toBe(0);
    expect((await readdir(join(dir, "plans", "enheter"))).every((name) => /^[a-z0-9-]+\.yaml$/.test(name))).toBe(true);
  }, 60_000);

  it("plan report: every format old or new, all of them the same one, and no temporary file after the next run", async () => {
    const dir = await tempDir("plan-killed-report-");
    await cp(fixture("report-basic"), dir, { recursive: true });
    // A run killed while compiling the PDF leaves the compiler's workspace in its temp folder: this one's.
    await mkdir(join(dir, "tmp"));
    env.TMPDIR = join(dir, "tmp");
    onTestFinished(() => {
      delete env.TMPDIR;
    });
    // The DOCX carries the time it was made, so only the formats that are the same byte for byte on every run.
    const args = (out: string) => ["report", "--period", "2025-05", "--format", "md,html,pdf", "--out", out];
    const names = ["md", "html", "pdf"].map((ext) => `aterrapportering-2025-05.${ext}`);
    const snapshot = async (out: string) => Promise.all(names.map((name) => readFile(join(dir, out, name), "utf8")));
    planSync(args("gammal"), dir, env);
    const old = await snapshot("gammal");
    const plan = join(dir, "plans", "enhet-a.yaml");
    await writeFile(plan, (await readFile(plan, "utf8")).replace(/^titel: (.*)$/m, "titel: $1 (ny)"));
    const span = duration(args("ny"), dir) * 1.2;
    const fresh = await snapshot("ny");
    expect(fresh).not.toEqual(old);
    const versions = { old: 0, new: 0 };
    for (const delay of delays(10, span)) {
      await rm(join(dir, "ut"), { recursive: true, force: true });
      await cp(join(dir, "gammal"), join(dir, "ut"), { recursive: true });
      await killedAfter(args("ut"), dir, delay);
      const now = await snapshot("ut");
      const which = now.map((text, i) => (text === old[i] ? "old" : text === fresh[i] ? "new" : "broken"));
      expect(new Set(which).size, `formats: ${which.join(", ")}`).toBe(1);
      expect(which[0]).not.toBe("broken");
      versions[which[0] as "old" | "new"]++;
    }
    // And killed the moment the first format's temporary file appears, the moment a format-by-format write is
    // half done: here all are written before any is renamed, so the kill finds the old report.
    for (let round = 0; round < 4; round++) {
      await rm(join(dir, "ut"), { recursive: true, force: true });
      await cp(join(dir, "gammal"), join(dir, "ut"), { recursive: true });
      await killedOnChange(args("ut"), dir, join(dir, "ut"), /^\.aterrapportering-2025-05\.md\./);
      const now = await snapshot("ut");
      const which = now.map((text, i) => (text === old[i] ? "old" : text === fresh[i] ? "new" : "broken"));
      expect(new Set(which).size, `formats: ${which.join(", ")}`).toBe(1);
      expect(which[0]).not.toBe("broken");
    }
    expect(versions.old).toBeGreaterThan(0);
    expect(versions.new).toBeGreaterThan(0);
    expect(planSync(args("ut"), dir, env).exitCode).toBe(0);
    expect((await readdir(join(dir, "ut"))).sort()).toEqual([...names].sort());
  }, 60_000);
});
