/**
 * The names of the files `plan` keeps beside a file while it writes it: `.<name>.plan-tmp-<pid>-<random>` (the new
 * content before the rename) and `.<name>.plan-lock` (who is writing a plan). Hidden, never a plan extension, and
 * carrying the writer's pid, so that a later run can tell a crashed writer's leftovers from a live one's.
 */
import { randomBytes } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const TEMP = /^\..+\.plan-tmp-(\d+)-[0-9a-f]+$/;
const SCRATCH = /\.plan-(tmp-\d+-[0-9a-f]+|lock(\.break)?)$/;
/** A temporary file this old is a leftover even if its pid is alive again (pids are reused). */
const STALE_AFTER_MS = 60 * 60 * 1000;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.plan-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
}

export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.plan-lock`);
}

/** Whether a file name is one of ours (a temporary file or a lock), never a plan. */
export function isScratchName(name: string): boolean {
  return SCRATCH.test(name);
}

export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files a killed run left in `dir`: those whose writer is gone, or that are old. */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid === undefined) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      if (processAlive(Number(pid)) && now - info.mtimeMs < STALE_AFTER_MS) continue;
      await rm(path, { force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
