/**
 * Reads one plan file as text, refusing anything that is not a regular, reasonably sized UTF-8 text file.
 * Every refusal is a finding about that file, never an exception, so the other files are still checked.
 */
import { constants, lstatSync, readFileSync, statSync, type Stats } from "node:fs";
import { isUtf8 } from "node:buffer";
import type { DiagnosticCode, Location, Params } from "../diagnostics/messages.js";

/** Larger files are refused before they are parsed: YAML's duplicate-key check is quadratic. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadProblem {
  code: DiagnosticCode;
  at?: Location;
  params?: Params;
}

/**
 * `clean`: the text holds none of the characters the block reader leaves to the other parsers (UNUSUAL), so it
 * need not look for them again: one scan of the text answers both this and whether it may be used as read.
 */
export type ReadResult = { ok: true; text: string; clean: boolean } | { ok: false; problem: ReadProblem };

/**
 * Synchronous on purpose: a plan is small, and at thousands of files the thread-pool round trips of async reads
 * cost more than the reads themselves.
 */
export function readPlanTextSync(path: string, regular = false): ReadResult {
  // A file a directory walk listed as regular is read at once, in one native call (open, read, decode, close)
  // instead of four; anything else is looked at first. A listed file too large is then refused after it is read
  // rather than before: the limit guards the parser.
  if (!regular) {
    const kind = fileKind(path);
    if (kind.problem) return { ok: false, problem: kind.problem };
    if (kind.size > MAX_FILE_BYTES) return tooLarge(kind.size);
  }
  // The result is used when it is certainly what the careful byte-level path would give (quickText), and any file
  // that looks the least unusual is read again that way.
  const text = read(path, "utf8");
  // A failed read of a listed file is looked into (gone since, too large for a string, …), as any other file is.
  if (typeof text !== "string") return regular ? readPlanTextSync(path) : text;
  const quick = quickText(text);
  if (quick) return quick;
  const bytes = read(path);
  if (!Buffer.isBuffer(bytes)) return bytes;
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  return decodeText(bytes);
}

/** As fs.open takes them; readFileSync passes its flag on to open, a number too, though its types say string. */
const READ_FLAGS = (constants.O_RDONLY | constants.O_NONBLOCK) as unknown as string;

function read(path: string): Buffer | ReadResult;
function read(path: string, encoding: "utf8"): string | ReadResult;
function read(path: string, encoding?: "utf8"): Buffer | string | ReadResult {
  try {
    // O_NONBLOCK: should the path have turned into a FIFO since it was looked at, the read fails instead of hanging.
    return readFileSync(path, { encoding, flag: READ_FLAGS });
  } catch (error) {
    return { ok: false, problem: { code: "file-unreadable", params: { reason: errorReason(error) } } };
  }
}

/**
 * Anything decodeText would look at twice: U+FFFD (what the decoder puts for bytes that are not UTF-8, or a real
 * one), NUL and other control characters (binary files, control-character findings), and the text signatures
 * of binary formats. Other binary signatures are not UTF-8 and so show as U+FFFD.
 */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** SUSPECT and what the block reader declines (block-yaml.ts UNSUPPORTED: tab, CR, line separators, BOM). */
const UNUSUAL = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffd]/;

/** The result of decodeText for the bytes `text` was decoded from, when that is certain without them. */
export function quickText(text: string): ReadResult | undefined {
  // Every UTF-16 unit comes from at most three bytes: a longer text may be over the size limit.
  if (text.length === 0 || text.length * 3 > MAX_FILE_BYTES) return undefined;
  // One scan, which finds nothing in nearly every plan; a text with something in it is looked at again.
  const clean = !UNUSUAL.test(text);
  if (!clean && SUSPECT.test(text)) return undefined;
  if (text.startsWith("%PDF-") || text.startsWith("GIF8")) return undefined;
  return normalise(text, false, clean);
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
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return normalise(text, true);
}

/**
 * Decoded text with one line ending and no BOM, or why it is not plan text (control characters: if not known).
 * `clean`: the decoded text is known to hold nothing UNUSUAL, so neither does the result (normalising only removes).
 */
function normalise(decoded: string, mayHoldControls: boolean, clean = false): ReadResult {
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CRLF and lone CR become LF, so no value ever carries a stray \r; line numbers are unchanged.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  // What trim() would leave, without copying the text: \s is the same set of white space.
  if (!/\S/.test(text)) return { ok: false, problem: { code: "file-empty" } };
  const control = mayHoldControls ? findControlCharacter(text) : undefined;
  if (control) return { ok: false, problem: control };
  return { ok: true, text, clean: clean || !UNUSUAL.test(text) };
}

/** Many NULs, or a known binary signature: not a text file someone mistyped, but not text at all. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  let nul = 0;
  // indexOf is native: a text file (no NUL at all) costs one scan, not a loop in JavaScript.
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
