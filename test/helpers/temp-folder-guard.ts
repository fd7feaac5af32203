/**
 * vitest's globalSetup: the whole run gets a temp folder of its own (TMPDIR, which os.tmpdir() and the child
 * processes read), and a run that leaves anything in it fails, naming what was left. Nothing accumulates in the
 * system's temp folder, and a test that forgets to clean up is found at once.
 */
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), "plan-tests-"));
  // Passable for the tests that run the CLI as user nobody (their own folders are 0700 until they open them).
  await chmod(folder, 0o755);
  process.env.TMPDIR = folder;
  return async () => {
    // Node's compile cache of the spawned CLI (bin/plan.js enables it) is a cache, not a test's leftover.
    const left = (await readdir(folder)).filter((name) => name !== "node-compile-cache");
    await rm(folder, { recursive: true, force: true });
    if (left.length === 0) return;
    // A throw here is only logged by vitest; the exit code is what CI sees.
    console.error(`The tests left ${left.length} entries in the temp folder: ${left.sort().join(", ")}`);
    process.exitCode = 1;
  };
}
