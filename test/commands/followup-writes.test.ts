/**
 * What `plan followup` promises about the file it writes: two runs at once never lose an entry (the lock), a
 * symbolic link is written through, mode and hard links stay, a read-only plan is refused, and nothing of ours is
 * left beside the plan.
 */
import { spawnSync } from "node:child_process";
import { chmod, cp, link, lstat, readdir, readFile, readlink, rename, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { planAsync } from "../helpers/spawn-plan.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs();
const MD = "plans/kommentarer.md";
const env = { PLAN_TODAY: "2024-05-02" };
let dir: string;

beforeEach(async () => {
  dir = await tempDir("plan-followup-writes-");
  await cp(fixture("followup-comments"), dir, { recursive: true });
});

/** Every run records something (a follow-up with nothing in it is refused); these tests are about the writing. */
const withEntry = (args: string[]) =>
  args.some((a) => ["--status", "--kommentar", "--ny-status"].includes(a)) ? args : [...args, "--kommentar", "k"];
const followup = (...args: string[]) => runCli(["followup", ...withEntry(args)], { cwd: dir, env });
const read = (file: string) => readFile(join(dir, file), "utf8");
const entries = (text: string) => [...text.matchAll(/kommentar: (runda-\d+-[ab])/g)].map((m) => m[1]);

describe("two runs at once on one plan", () => {
  it("never lose an entry: both land, or one refuses with a clear line and exit 1", async () => {
    const landed: string[] = [];
    for (let round = 0; round < 12; round++) {
      const runs = ["a", "b"].map((who) => {
        const comment = `runda-${round}-${who}`;
        return { comment, run: planAsync(["followup", "kommentarer-md", "raster", "--kommentar", comment], dir, env) };
      });
      for (const { comment, run } of runs) {
        const exit = await run.done;
        if (exit.exitCode === 0) landed.push(comment);
        else {
          expect(exit.exitCode).toBe(1);
          expect(exit.stderr).toMatch(/^plan: Kunde inte skriva plans\/kommentarer\.md: en annan körning av plan skriver .*\n$/);
        }
      }
      expect(entries(await read(MD)).sort()).toEqual([...landed].sort());
    }
    expect(landed.length).toBeGreaterThan(12);
    expect((await readdir(join(dir, "plans"))).sort()).toEqual(["kommentarer.md", "kommentarer.yaml"]);
  }, 60_000);

  it("breaks the lock of a run that was killed, and removes its temporary file", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(join(dir, "plans", ".kommentarer.md.plan-lock"), `${dead}\n1-x\n`);
    await writeFile(join(dir, "plans", `.kommentarer.md.plan-tmp-${dead}-abcd1234`), "halv");
    const run = await followup("kommentarer-md", "raster", "--kommentar", "runda-0-a");
    expect(run).toMatchObject({ exitCode: 0, stderr: "" });
    expect(entries(await read(MD))).toEqual(["runda-0-a"]);
    expect((await readdir(join(dir, "plans"))).sort()).toEqual(["kommentarer.md", "kommentarer.yaml"]);
  });

  it("waits for a live run's lock, then refuses and leaves the file alone", async () => {
    const lock = join(dir, "plans", ".kommentarer.md.plan-lock");
    await writeFile(lock, `${process.pid}\n1-x\n`);
    const before = await read(MD);
    const run = await followup("kommentarer-md", "raster");
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      "plan: Kunde inte skriva plans/kommentarer.md: en annan körning av plan skriver till filen just nu; försök igen om en stund. Filen är inte ändrad.\n",
    );
    expect(await read(MD)).toBe(before);
    expect(await readFile(lock, "utf8")).toBe(`${process.pid}\n1-x\n`);
  });
});

describe("what the file was, it stays", () => {
  it("writes through a symbolic link: the link stays a link, its target gets the entry", async () => {
    await rename(join(dir, MD), join(dir, "kommentarer-real.md"));
    await symlink("../kommentarer-real.md", join(dir, MD));
    expect((await followup(MD, "raster", "--kommentar", "runda-1-a")).exitCode).toBe(0);
    expect((await lstat(join(dir, MD))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, MD))).toBe("../kommentarer-real.md");
    expect(entries(await read("kommentarer-real.md"))).toEqual(["runda-1-a"]);
    expect((await readdir(dir)).sort()).toEqual(["kommentarer-real.md", "plan.config.yaml", "plans"]);
  });

  it("keeps the mode: 0664 stays 0664, 0600 stays 0600", async () => {
    for (const mode of [0o664, 0o600]) {
      await chmod(join(dir, MD), mode);
      expect((await followup("kommentarer-md", "raster")).exitCode).toBe(0);
      expect((await stat(join(dir, MD))).mode & 0o777).toBe(mode);
    }
  });

  it("refuses a read-only (0444) plan with one line, even as root", async () => {
    await chmod(join(dir, MD), 0o444);
    const before = await read(MD);
    const run = await followup("kommentarer-md", "raster");
    expect(run).toMatchObject({ exitCode: 1, stdout: "" });
    expect(run.stderr).toBe(
      "plan: Kunde inte skriva plans/kommentarer.md: filen är skrivskyddad; gör den skrivbar (chmod u+w) om den ska ändras. Filen är inte ändrad.\n",
    );
    expect(await read(MD)).toBe(before);
    expect((await followup("kommentarer-md", "raster", "--lang", "en")).stderr).toBe(
      "plan: Could not write plans/kommentarer.md: the file is read-only; make it writable (chmod u+w) if it should change. The file was not changed.\n",
    );
  });

  it("keeps a hard link: both names show the entry", async () => {
    await link(join(dir, MD), join(dir, "andra-namnet.md"));
    expect((await followup("kommentarer-md", "raster", "--kommentar", "runda-2-a")).exitCode).toBe(0);
    expect(entries(await read("andra-namnet.md"))).toEqual(["runda-2-a"]);
    expect((await stat(join(dir, MD))).ino).toBe((await stat(join(dir, "andra-namnet.md"))).ino);
  });

  it("keeps a missing final newline where the entry goes at the end of the file", async () => {
    const yaml = "plans/kommentarer.yaml";
    const text = (await read(yaml)).replace(/\nbrödtext: \|[\s\S]*$/, "").replace(/\n+$/, "");
    await writeFile(join(dir, yaml), text);
    expect((await followup("kommentarer-yaml", "sist", "--av", "AC")).exitCode).toBe(0);
    const after = await read(yaml);
    expect(after.startsWith(text)).toBe(true);
    expect(after.endsWith("av: AC")).toBe(true);
  });

  it("says which file it could not write when the folder is not writable (as user nobody)", async () => {
    // As root (CI here) the run is user nobody in root's folder; as anyone else, the folder is made read-only.
    const asRoot = process.getuid?.() === 0;
    await chmod(dir, 0o755);
    await chmod(join(dir, "plans"), asRoot ? 0o755 : 0o555);
    await chmod(join(dir, MD), 0o666);
    const before = await read(MD);
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    const exit = await planAsync(["followup", "kommentarer-md", "raster", "--kommentar", "k"], dir, env, user).done;
    await chmod(join(dir, "plans"), 0o755);
    expect(exit.exitCode).toBe(2);
    expect(exit.stderr).toBe(
      "plan: Kunde inte skriva plans/kommentarer.md: åtkomst nekad; kontrollera att du får skriva i filen och i katalogen.\n",
    );
    expect(await read(MD)).toBe(before);
  });
});
