/** The plan lock on its own: one holder at a time, and the leftovers of killed runs do not block forever. */
import { readdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { withFileLock } from "../../src/files/lock.js";
import { isScratchName } from "../../src/files/scratch-names.js";
import { FileWriteError } from "../../src/files/write-error.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs();
let dir: string;
let plan: string;
const lock = () => join(dir, ".plan.yaml.plan-lock");
const past = (ms: number) => new Date(Date.now() - ms);

beforeEach(async () => {
  dir = await tempDir("plan-lock-");
  plan = join(dir, "plan.yaml");
  await writeFile(plan, "id: x\n");
});

describe("withFileLock", () => {
  it("lets one holder in at a time and removes the lock after", async () => {
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(plan, "plan.yaml", async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        events.push(`${name} out`);
      });
    await Promise.all([hold("a"), hold("b")]);
    expect(events.join(",")).toMatch(/^(a in,a out,b in,b out|b in,b out,a in,a out)$/);
    expect(await readdir(dir)).toEqual(["plan.yaml"]);
  });

  it("gives up with LOCKED after the wait while the holder lives", async () => {
    await writeFile(lock(), `${process.pid}\n1-x\n`);
    const attempt = withFileLock(plan, "plan.yaml", async () => "ran", { waitMs: 200 });
    await expect(attempt).rejects.toBeInstanceOf(FileWriteError);
    await expect(attempt).rejects.toMatchObject({ code: "LOCKED", target: "plan.yaml" });
  });

  it("breaks an empty lock left by a run killed before it wrote its pid, and an old break guard", async () => {
    await writeFile(lock(), "");
    await utimes(lock(), past(10_000), past(10_000));
    await writeFile(`${lock()}.break`, "");
    await utimes(`${lock()}.break`, past(60_000), past(60_000));
    expect(await withFileLock(plan, "plan.yaml", async () => "ran")).toBe("ran");
    expect(await readdir(dir)).toEqual(["plan.yaml"]);
  });

  it("breaks a lock over ten minutes old, whatever its pid", async () => {
    await writeFile(lock(), `${process.pid}\n1-x\n`);
    await utimes(lock(), past(11 * 60_000), past(11 * 60_000));
    expect(await withFileLock(plan, "plan.yaml", async () => "ran")).toBe("ran");
  });
});

describe("isScratchName", () => {
  it.each([
    [".plan.yaml.plan-tmp-123-0badc0de", true],
    [".plan.yaml.plan-lock", true],
    [".plan.yaml.plan-lock.break", true],
    ["plan.yaml", false],
    ["plan-tmp.yaml", false],
  ])("%s → %s", (name, expected) => {
    expect(isScratchName(name)).toBe(expected);
  });
});
