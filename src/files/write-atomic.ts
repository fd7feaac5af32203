/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never half of it: the new
 * content goes to a temporary file beside the target (scratch-names.ts), is flushed, and is renamed over the
 * target, which is atomic on POSIX. What the file was stays: a symbolic link is written through (the link stays a
 * link, its target gets the content), and the mode and owner are the old file's. A file with more than one hard
 * link is the exception: a rename would cut it loose from its other names, so it is written in place instead
 * (docs/due-and-followup.md says what that costs).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  unlinkSync,
  writeSync,
} from "node:fs";
import { type FileHandle, mkdir, open, realpath, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { tempPathFor } from "./scratch-names.js";
import { asWriteError, FileWriteError } from "./write-error.js";

export interface PreparedWrite {
  /** The path as given, for messages. */
  target: string;
  /** Where the content goes: the target with its symbolic links resolved. */
  destination: string;
  temporary?: string;
  inPlace: boolean;
  /** Never over an existing file: the temporary file is linked to the name, which fails if the name is taken. */
  exclusive?: boolean;
  content: string | Uint8Array;
}

export async function writeFileAtomic(target: string, content: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
  await writeFilesTogether([{ target, content, ...options }]);
}

/**
 * Several files that belong together (a report's formats): all are written to temporary files first, and only
 * when every one is complete are they renamed, one right after another. A failure before that (a full disk, a
 * folder where a file should go) removes the temporary files and changes none of the targets.
 */
export async function writeFilesTogether(
  files: readonly { target: string; content: string | Uint8Array; exclusive?: boolean }[],
): Promise<void> {
  const prepared: PreparedWrite[] = [];
  try {
    for (const file of files) prepared.push({ ...(await prepareWrite(file.target, file.content)), exclusive: file.exclusive === true });
  } catch (error) {
    await discardWrites(prepared);
    throw error;
  }
  commitWrites(prepared);
}

/** A folder to write into, made if missing; a file in its place is refused, named as the user named it. */
export async function ensureFolder(folder: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new FileWriteError(folder, "NOT_A_FOLDER");
    return;
  } catch (error) {
    if (error instanceof FileWriteError) throw error;
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asWriteError(folder, error);
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw asWriteError(folder, error);
  }
}

/**
 * The first half of a write: the new content in a flushed temporary file beside the destination. Nothing the user
 * sees has changed yet; `discardWrites` takes it back, `commitWrites` makes it real.
 */
export async function prepareWrite(target: string, content: string | Uint8Array): Promise<PreparedWrite> {
  const destination = await resolveDestination(target);
  let existing: Stats | undefined;
  try {
    existing = await stat(destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asWriteError(target, error);
  }
  if (existing && !existing.isFile()) throw new FileWriteError(target, existing.isDirectory() ? "EISDIR" : "NOT_A_FILE");
  if (existing && existing.nlink > 1) return { target, destination, inPlace: true, content };
  const temporary = tempPathFor(destination);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx", 0o666);
    if (existing) {
      // The umask would otherwise take group write from a 0664 plan.
      await handle.chmod(existing.mode & 0o7777);
      await handle.chown(existing.uid, existing.gid).catch(() => {});
    }
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return { target, destination, temporary, inPlace: false, content };
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temporary, { force: true });
    throw asWriteError(target, error);
  }
}

/**
 * The second half: every rename, one right after another with nothing in between, so that a set of files (a
 * report's formats) changes together. Synchronous on purpose: no other work can run between two renames.
 */
export function commitWrites(writes: readonly PreparedWrite[]): void {
  for (const [i, write] of writes.entries()) {
    try {
      if (write.inPlace) writeInPlace(write);
      else if (write.exclusive) linkExclusive(write.temporary!, write.destination);
      else renameSync(write.temporary!, write.destination);
    } catch (error) {
      // This one and those not yet renamed are given up; no temporary file stays behind.
      for (const rest of writes.slice(i)) if (rest.temporary) rmSync(rest.temporary, { force: true });
      throw (error as NodeJS.ErrnoException).code === "EEXIST"
        ? new FileWriteError(write.target, "EXISTS")
        : asWriteError(write.target, error);
    }
  }
  for (const dir of new Set(writes.map((w) => dirname(w.destination)))) syncDirectory(dir);
}

export async function discardWrites(writes: readonly PreparedWrite[]): Promise<void> {
  await Promise.all(writes.map((w) => (w.temporary ? rm(w.temporary, { force: true }) : undefined)));
}

/** The file a path names, through any symbolic links; the path itself when nothing is there yet. */
async function resolveDestination(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      // A new file: its folder may be a link, the file itself is not there yet.
      try {
        return join(await realpath(dirname(target)), basename(target));
      } catch (inner) {
        throw asWriteError(target, inner);
      }
    }
    throw asWriteError(target, error);
  }
}

function writeInPlace(write: PreparedWrite): void {
  const fd = openSync(write.destination, "r+");
  try {
    const bytes = typeof write.content === "string" ? Buffer.from(write.content, "utf8") : write.content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The temporary file under its real name, failing with EEXIST if the name is taken meanwhile. */
function linkExclusive(temporary: string, destination: string): void {
  try {
    linkSync(temporary, destination);
  } catch (error) {
    // A file system without hard links (FAT, some network shares): a check and a rename, nearly as good.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    if (existsSync(destination)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    renameSync(temporary, destination);
    return;
  }
  unlinkSync(temporary);
}

/** So that the renames themselves survive a power cut; best effort (not every file system allows it). */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Directories cannot be opened for sync everywhere; the rename is done either way.
  }
}
