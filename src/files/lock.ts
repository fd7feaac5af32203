/**
 * One writer per plan at a time: a lock file beside the plan, created exclusively (`wx`), holding the writer's pid
 * and start time. Another run waits a little for it, then gives up with `LOCKED`. A lock whose writer is dead (a
 * killed run) or that is very old is broken; breaking is itself guarded by a second exclusive file, so that two
 * runs that both find a stale lock cannot remove each other's fresh one.
 */
import { type FileHandle, open, readFile, rm, stat } from "node:fs/promises";
import { lockPathFor, processAlive } from "./scratch-names.js";
import { asWriteError, FileWriteError } from "./write-error.js";

export interface LockOptions {
  /** How long to wait for another run's lock before giving up. */
  waitMs?: number;
}

/** A lock older than this is a leftover whatever its pid says (a run takes seconds). */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** A lock file still empty after this long was left by a run killed between creating and writing it. */
const EMPTY_STALE_AFTER_MS = 2000;
const BREAK_STALE_AFTER_MS = 5000;

/** Runs `work` holding the lock of `target` (the real file, links resolved), and always releases it. */
export async function withFileLock<T>(
  target: string,
  displayTarget: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = lockPathFor(target);
  const token = `${process.pid}\n${Date.now()}-${Math.random().toString(16).slice(2)}\n`;
  await acquire(lock, token, displayTarget, options);
  try {
    return await work();
  } finally {
    await release(lock, token);
  }
}

async function acquire(lock: string, token: string, displayTarget: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + (options.waitMs ?? 3000);
  for (;;) {
    if (await create(lock, token, displayTarget)) return;
    const seen = await readLock(lock);
    if (seen !== undefined && isStale(seen)) await breakLock(lock, seen.content);
    else if (Date.now() >= deadline) throw new FileWriteError(displayTarget, "LOCKED");
    else await sleep(20 + Math.random() * 40);
  }
}

/** True when this run now holds the lock, false when another run does. */
async function create(lock: string, token: string, displayTarget: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(lock, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw asWriteError(displayTarget, error);
  }
  try {
    await handle.writeFile(token);
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(lock, { force: true });
    throw asWriteError(displayTarget, error);
  }
}

interface SeenLock {
  content: string;
  pid: number | undefined;
  ageMs: number;
}

async function readLock(lock: string): Promise<SeenLock | undefined> {
  try {
    const [content, info] = await Promise.all([readFile(lock, "utf8"), stat(lock)]);
    const pid = /^(\d+)\n/.exec(content)?.[1];
    return { content, pid: pid === undefined ? undefined : Number(pid), ageMs: Date.now() - info.mtimeMs };
  } catch {
    return undefined; // released meanwhile: try again
  }
}

function isStale(seen: SeenLock): boolean {
  if (seen.ageMs > STALE_AFTER_MS) return true;
  if (seen.pid === undefined) return seen.ageMs > EMPTY_STALE_AFTER_MS;
  return !processAlive(seen.pid);
}

async function breakLock(lock: string, staleContent: string): Promise<void> {
  const guard = `${lock}.break`;
  try {
    await (await open(guard, "wx")).close();
  } catch {
    // Someone else is breaking it; a guard left by a killed run is removed once old.
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAK_STALE_AFTER_MS) await rm(guard, { force: true });
    await sleep(20);
    return;
  }
  try {
    // Only the lock seen as stale: a fresh one taken meanwhile has other content.
    const current = await readFile(lock, "utf8").catch(() => undefined);
    if (current === staleContent) await rm(lock, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

async function release(lock: string, token: string): Promise<void> {
  const current = await readFile(lock, "utf8").catch(() => undefined);
  if (current === token) await rm(lock, { force: true });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
