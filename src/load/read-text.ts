/**
 * Reads one plan file as text, refusing anything that is not a regular, reasonably sized UTF-8 text file.
 * Every refusal is a finding about that file, never an exception, so the other files are still checked.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { decodeText } from "./decode-text.js";
import type { ReadProblem, ReadResult } from "./read-problem.js";

export { decodeText } from "./decode-text.js";
export type { ReadProblem, ReadResult } from "./read-problem.js";

/** Larger files are refused before a byte is read, so no later step ever costs more than a megabyte of YAML. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Synchronous: a plan is a few kilobytes, and the files are read one after the other anyway. */
export function readPlanTextSync(path: string): ReadResult {
  // The size is known before a byte is read, on every path (named or found by walking a folder).
  const kind = fileKind(path);
  if (kind.problem) return { ok: false, problem: kind.problem };
  if (kind.size > MAX_FILE_BYTES) return tooLarge(kind.size);
  const bytes = readBounded(path);
  if (!Buffer.isBuffer(bytes)) return bytes;
  return decodeText(bytes);
}

/** As fs.open takes them. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * At most MAX_FILE_BYTES + 1 bytes, whatever the file has become since it was looked at: one that grew, a file
 * whose size the system does not know (/proc), or a path swapped for a FIFO (O_NONBLOCK: the read fails, no hang).
 */
function readBounded(path: string): Buffer | ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, READ_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, problem: { code: "file-not-regular", params: { kind: describeKind(info) } } };
    if (info.size > MAX_FILE_BYTES) return tooLarge(info.size);
    let buffer = Buffer.allocUnsafe(Math.min(info.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // More than the size said (the file grew, or /proc says 0): read on, never past the limit.
        if (length > MAX_FILE_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(length * 2 + 4096, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_FILE_BYTES) return tooLarge(Math.max(info.size, length));
    return buffer.subarray(0, length);
  } catch (error) {
    return { ok: false, problem: { code: "file-unreadable", params: { reason: errorReason(error) } } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number): ReadResult {
  return { ok: false, problem: { code: "file-too-large", params: { size, max: MAX_FILE_BYTES } } };
}

/** The size of a regular file, or the problem that keeps a path from being read. Never opens the path. */
function fileKind(path: string): { problem?: undefined; size: number } | { problem: ReadProblem } {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { problem: { code: "file-link-loop" } };
    if (code === "ENOENT" && isSymlink(path)) return { problem: { code: "file-broken-link" } };
    return { problem: { code: "file-unreadable", params: { reason: errorReason(error) } } };
  }
  if (info.isFile()) return { size: info.size };
  return { problem: { code: "file-not-regular", params: { kind: describeKind(info) } } };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function describeKind(info: Stats): string {
  if (info.isDirectory()) return "katalog";
  if (info.isFIFO()) return "namngiven pipe";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "enhetsfil";
  return "okänd filtyp";
}

export function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EACCES" || e.code === "EPERM") return "behörighet saknas";
  if (e.code === "ENOENT") return "finns inte";
  if (e.code === "EISDIR") return "är en katalog";
  return e.code ?? "okänt fel";
}
