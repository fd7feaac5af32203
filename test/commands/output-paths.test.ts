/**
 * Where output goes: `plan report --out`, `plan schema -o`, `plan new -o`. A path that cannot take the output gets
 * one line naming it and saying what to do (never a temporary file's name, never "internt fel"), and a report
 * that cannot be written whole is not written at all.
 */
import { chmod, cp, mkdir, readdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { planAsync } from "../helpers/spawn-plan.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs();
let dir: string;
const MD = "aterrapportering-2025-05.md";
const PDF = "aterrapportering-2025-05.pdf";

beforeEach(async () => {
  dir = await tempDir("plan-utdata-");
  await cp(fixture("report-basic"), dir, { recursive: true });
});

const report = (...args: string[]) => runCli(["report", "--period", "2025-05", ...args], { cwd: dir });

describe("plan report --out", () => {
  it("writes nothing when one format cannot be written (out/….pdf is a folder): the old .md stays", async () => {
    await mkdir(join(dir, "ut", PDF), { recursive: true });
    await writeFile(join(dir, "ut", MD), "gammal rapport\n");
    const run = await report("--format", "md,pdf", "--out", "ut");
    expect(run).toMatchObject({ exitCode: 2, stdout: "" });
    expect(run.stderr).toBe(
      `plan: Kunde inte skriva ut/${PDF}: det är en katalog; flytta eller ta bort den, eller ange en annan sökväg.\n`,
    );
    expect(await readFile(join(dir, "ut", MD), "utf8")).toBe("gammal rapport\n");
    expect((await readdir(join(dir, "ut"))).sort()).toEqual([MD, PDF]);
  });

  it("refuses a file given as the folder", async () => {
    await writeFile(join(dir, "ut.txt"), "x");
    const run = await report("--format", "md", "--out", "ut.txt");
    expect(run).toMatchObject({ exitCode: 2, stdout: "" });
    expect(run.stderr).toBe("plan: Kunde inte skriva ut.txt: det är en fil, inte en katalog; ange en katalog.\n");
  });

  it("refuses a folder under a file", async () => {
    await writeFile(join(dir, "ut.txt"), "x");
    const run = await report("--format", "md", "--out", "ut.txt/rapporter");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("plan: Kunde inte skriva ut.txt/rapporter: en del av sökvägen är en fil, inte en katalog; ange en katalog.\n");
  });

  it("makes a folder that is missing, with its parents", async () => {
    const run = await report("--format", "md", "--out", "nya/ut");
    expect(run).toMatchObject({ exitCode: 0, stdout: `Skrev nya/ut/${MD}\n` });
  });

  it("says which file it could not write in a folder it may not write to (as user nobody)", async () => {
    await mkdir(join(dir, "ut"));
    for (const path of [dir, join(dir, "plans"), join(dir, "plans", "rapporter")]) await chmod(path, 0o755);
    // As root (CI here) the run is user nobody in root's folder; as anyone else, the folder is made read-only.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) await chmod(join(dir, "ut"), 0o555);
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    const exit = await planAsync(["report", "--period", "2025-05", "--format", "md", "--out", "ut"], dir, {}, user).done;
    await chmod(join(dir, "ut"), 0o755);
    expect(exit.exitCode).toBe(2);
    expect(exit.stderr).toBe(`plan: Kunde inte skriva ut/${MD}: åtkomst nekad; kontrollera att du får skriva i filen och i katalogen.\n`);
    expect(await readdir(join(dir, "ut"))).toEqual([]);
  });

  it("removes the temporary files of killed runs (a dead pid, or old), and leaves a live run's", async () => {
    await mkdir(join(dir, "ut"));
    const dead = `.${MD}.plan-tmp-999999999-0badc0de`;
    const old = `.${PDF}.plan-tmp-${process.pid}-00000001`;
    const live = `.${PDF}.plan-tmp-${process.pid}-00000002`;
    for (const name of [dead, old, live]) await writeFile(join(dir, "ut", name), "halv");
    await utimes(join(dir, "ut", old), new Date(Date.now() - 3 * 3600_000), new Date(Date.now() - 3 * 3600_000));
    expect((await report("--format", "md", "--out", "ut")).exitCode).toBe(0);
    expect((await readdir(join(dir, "ut"))).sort()).toEqual([live, MD].sort());
    // And plan check never takes one for a plan.
    await writeFile(join(dir, "plans", ".enhet-a.yaml.plan-tmp-999999999-0badc0de"), "halv: [");
    expect((await runCli(["check"], { cwd: dir })).exitCode).toBe(0);
  });
});

describe("plan schema -o", () => {
  it("says on stderr what it wrote, and nothing on stdout", async () => {
    const run = await runCli(["schema", "-o", "plan.schema.json"], { cwd: dir });
    expect(run).toEqual({ exitCode: 0, stdout: "", stderr: "plan: skrev JSON Schema till plan.schema.json\n" });
    expect(JSON.parse(await readFile(join(dir, "plan.schema.json"), "utf8")).title).toBe("Handlingsplan (plan)");
  });

  it.each([
    [
      ["schema", "-o", "saknas/plan.schema.json"],
      "plan: Kunde inte skriva saknas/plan.schema.json: katalogen finns inte; skapa den först eller ange en annan.\n",
    ],
    [
      ["schema", "-o", "plans"],
      "plan: Kunde inte skriva plans: det är en katalog; flytta eller ta bort den, eller ange en annan sökväg.\n",
    ],
    [
      ["schema", "-o", "saknas/plan.schema.json", "--lang", "en"],
      "plan: Could not write saknas/plan.schema.json: the folder does not exist; create it first or give another.\n",
    ],
  ])("%j: one line, exit 2", async (args, stderr) => {
    expect(await runCli(args, { cwd: dir })).toEqual({ exitCode: 2, stdout: "", stderr });
  });
});

describe("plan new -o", () => {
  it("refuses a file where its folder should be, with one line", async () => {
    await writeFile(join(dir, "fil.txt"), "x");
    const run = await runCli(["new", "--ansvar", "81519", "--enhet", "E", "-o", "fil.txt/ny.yaml"], { cwd: dir });
    expect(run).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "plan: Kunde inte skriva fil.txt: det är en fil, inte en katalog; ange en katalog.\n",
    });
  });
});
