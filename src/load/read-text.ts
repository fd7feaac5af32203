/**
 * Reads one plan file as text, refusing anything that is not a regular, reasonably sized UTF-8 text file.
 * Every refusal is a finding about that file, never an exception, so the other files are still checked.
 */
import { isUtf8 } from "node:buffer";
import { constants, lstatSync, readFileSync, type Stats, statSync } from "node:fs";
import type { DiagnosticCode, Location, Params } from "../diagnostics/messages.js";

/** Larger files are refused before they are parsed: YAML's duplicate-key check is quadratic. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadProblem {
  code: DiagnosticCode;
  at?: Location;
  params?: Params;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem };

/** Synchronous: a plan is a few kilobytes, and the files are read one after the other anyway. */
export function readPlanTextSync(path: string): ReadResult {
  // The size is known before a byte is read, on every path (named or found by walking a folder).
  const kind = fileKind(path);
  if (kind.problem) return { ok: false, problem: kind.problem };
  if (kind.size > MAX_FILE_BYTES) return tooLarge(kind.size);
  const bytes = read(path);
  if (!Buffer.isBuffer(bytes)) return bytes;
  // The file may have grown since it was looked at.
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  return decodeText(bytes);
}

/** As fs.open takes them; readFileSync passes its flag on to open, a number too, though its types say string. */
const READ_FLAGS = (constants.O_RDONLY | constants.O_NONBLOCK) as unknown as string;

function read(path: string): Buffer | ReadResult {
  try {
    // O_NONBLOCK: should the path have turned into a FIFO since it was looked at, the read fails instead of hanging.
    return readFileSync(path, { flag: READ_FLAGS });
  } catch (error) {
    return { ok: false, problem: { code: "file-unreadable", params: { reason: errorReason(error) } } };
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

function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EACCES" || e.code === "EPERM") return "behörighet saknas";
  if (e.code === "ENOENT") return "finns inte";
  if (e.code === "EISDIR") return "är en katalog";
  return e.code ?? "okänt fel";
}

/** Bytes → text with one line ending and no BOM, or the reason it is not plan text. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, problem: { code: "file-empty" } };
  if (looksBinary(bytes)) return { ok: false, problem: { code: "file-binary" } };
  if (!isUtf8(bytes)) return { ok: false, problem: { code: "file-encoding", params: { guess: guessLegacyEncoding(bytes) } } };
  return normalise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
}

/** Decoded text with one line ending and no BOM, or why it is not plan text. */
function normalise(decoded: string): ReadResult {
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CRLF and lone CR become LF, so no value ever carries a stray \r; line numbers are unchanged.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, problem: { code: "file-empty" } };
  const control = findControlCharacter(text);
  if (control) return { ok: false, problem: control };
  return { ok: true, text };
}

/** Many NULs, or a known binary signature: not a text file someone mistyped, but not text at all. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  let nul = 0;
  for (let at = head.indexOf(0); at !== -1; at = head.indexOf(0, at + 1)) nul++;
  if (nul > 1 && nul * 100 > head.length) return true;
  const sig = Buffer.from(head.subarray(0, 8)).toString("latin1");
  return /^(%PDF-|\x89PNG|PK\x03\x04|GIF8|\xFF\xD8\xFF|\xD0\xCF\x11\xE0)/.test(sig);
}

/** Windows-1252 (and Latin-1) put å, ä, ö as single bytes 0xE4, 0xE5, 0xF6, … which are never valid UTF-8 alone. */
function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  let swedish = 0;
  for (const b of bytes) if (b === 0xe5 || b === 0xe4 || b === 0xf6 || b === 0xc5 || b === 0xc4 || b === 0xd6) swedish++;
  return swedish > 0 ? "Windows-1252" : undefined;
}

// Tab and LF are text; everything else in C0, DEL and C1 is not (CR is already gone).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function findControlCharacter(text: string): ReadProblem | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split("\n").length;
  const column = match.index - before.lastIndexOf("\n");
  const char = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { code: "file-control-char", at: { line, column }, params: { char } };
}
