/**
 * Bytes → plan text: UTF-8 only, one line ending, no BOM, no control characters. Everything else is told apart so
 * that the message says what the file is (UTF-16 from Notepad, Windows-1252 from an old editor, a PDF) and where
 * the first bad byte is.
 */
import { isUtf8 } from "node:buffer";
import type { Location } from "../diagnostics/messages.js";
import type { ReadProblem, ReadResult } from "./read-problem.js";

/** Bytes → text with one line ending and no BOM, or the reason it is not plan text. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, problem: { code: "file-empty" } };
  // Before the binary check: UTF-16 text is half NUL bytes.
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: false, problem: { code: "file-encoding", params: { guess: utf16 } } };
  if (looksBinary(bytes)) return { ok: false, problem: { code: "file-binary" } };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(bytes)) {
    return { ok: false, problem: { code: "file-encoding", at: firstInvalidByte(buffer), params: { guess: guessLegacyEncoding(bytes) } } };
  }
  return normalise(buffer.toString("utf8"));
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

/**
 * "UTF-16 LE" / "UTF-16 BE" for a file with that BOM, or without one when the text decodes as UTF-16 to plain
 * text (every other byte NUL, as ASCII-heavy YAML saved by Notepad or PowerShell is); else undefined.
 */
function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 BE";
  const head = bytes.subarray(0, Math.min(bytes.length, 8000) & ~1);
  for (const [name, zeroAt] of [
    ["UTF-16 LE", 1],
    ["UTF-16 BE", 0],
  ] as const) {
    let zeros = 0;
    for (let i = zeroAt; i < head.length; i += 2) if (head[i] === 0) zeros++;
    if (zeros * 10 < (head.length / 2) * 9) continue;
    const text = new TextDecoder(name === "UTF-16 LE" ? "utf-16le" : "utf-16be").decode(head);
    if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return name;
  }
  return undefined;
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

/**
 * The line and column of the first byte that is not UTF-8. Node's decoder puts U+FFFD there; a U+FFFD the file
 * really has (EF BF BD) is skipped. The text before it is valid, so its UTF-8 length is the byte offset.
 */
function firstInvalidByte(buffer: Buffer): Location | undefined {
  const decoded = buffer.toString("utf8");
  let bytesBefore = 0;
  let from = 0;
  for (let at = decoded.indexOf("\ufffd"); at !== -1; at = decoded.indexOf("\ufffd", at + 1)) {
    bytesBefore += Buffer.byteLength(decoded.slice(from, at));
    from = at;
    const real = buffer[bytesBefore] === 0xef && buffer[bytesBefore + 1] === 0xbf && buffer[bytesBefore + 2] === 0xbd;
    if (!real) return position(decoded, at);
  }
  return undefined;
}

/** 1-based line and column of a string offset; a CR before LF is not a column of its own. */
function position(text: string, offset: number): Location {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  const column = before.slice(lineStart).replace(/^\ufeff/, "").length + 1;
  return { line, column };
}

/** Windows-1252 (and Latin-1) put å, ä, ö as single bytes 0xE4, 0xE5, 0xF6, … which are never valid UTF-8 alone. */
function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  let swedish = 0;
  for (const b of bytes) if (b === 0xe5 || b === 0xe4 || b === 0xf6 || b === 0xc5 || b === 0xc4 || b === 0xd6) swedish++;
  return swedish > 0 ? "Windows-1252" : undefined;
}

// Tab and LF are text; everything else in C0, DEL and C1 is not (CR is already gone).
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function findControlCharacter(text: string): ReadProblem | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const { line, column } = position(text, match.index);
  return { code: "file-control-char", at: { line, column }, params: { char: codePointName(match[0]) } };
}

/** `U+001B`. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
