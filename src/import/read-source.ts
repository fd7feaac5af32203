/**
 * Opens the document to import: a Word file (.docx, a zip) through mammoth, anything else as text or Markdown, in
 * the encodings Word saves text in (UTF-8, UTF-16 with a byte-order mark, or Windows-1252, which is said). Every
 * reason a file cannot be read is a problem for the command to word, never an exception.
 */
import { isUtf8 } from "node:buffer";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { SourceDocument } from "./blocks.js";
import { blocksFromDocx, documentXmlSize, MAX_DOCUMENT_XML_BYTES } from "./read-docx.js";
import { blocksFromMarkdown } from "./read-markdown.js";

/** Word files carry images; a text export is a few kilobytes. */
const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const MAX_TEXT_BYTES = 1024 * 1024;

export type SourceProblem =
  | { code: "source-missing" }
  | { code: "source-not-file" }
  | { code: "source-unreadable"; reason: string }
  | { code: "source-too-large"; size: number; max: number }
  | { code: "source-old-word" }
  | { code: "source-not-zip" }
  | { code: "source-not-docx"; reason: string }
  | { code: "source-binary" }
  | { code: "source-unpacks-too-large"; max: number }
  | { code: "source-too-many-measures"; count: number; max: number };

export type SourceResult = { ok: true; document: SourceDocument } | { ok: false; problem: SourceProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97–2003 (.doc)
const PDF = [0x25, 0x50, 0x44, 0x46];

export async function readSource(path: string): Promise<SourceResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail({ code: "source-not-file" });
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === "ENOENT" ? { code: "source-missing" } : { code: "source-unreadable", reason: String(code) });
  }
  const docx = extname(path).toLowerCase() === ".docx";
  const max = docx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > max) return fail({ code: "source-too-large", size, max });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail({ code: "source-unreadable", reason: String((error as NodeJS.ErrnoException).code) });
  }
  if (startsWith(bytes, OLE)) return fail({ code: "source-old-word" });
  if (docx || startsWith(bytes, ZIP)) {
    if (!startsWith(bytes, ZIP)) return fail({ code: "source-not-zip" });
    try {
      const unpacked = await documentXmlSize(bytes);
      if (unpacked !== undefined && unpacked > MAX_DOCUMENT_XML_BYTES) {
        return fail({ code: "source-unpacks-too-large", max: MAX_DOCUMENT_XML_BYTES });
      }
      return { ok: true, document: { blocks: await blocksFromDocx(bytes), unit: "paragraph", notes: [] } };
    } catch (error) {
      return fail({ code: "source-not-docx", reason: error instanceof Error ? error.message : String(error) });
    }
  }
  if (startsWith(bytes, PDF)) return fail({ code: "source-binary" });
  const decoded = decode(bytes);
  if (!decoded) return fail({ code: "source-binary" });
  // Word's text export ends pages with a form feed.
  const text = decoded.text.replace(/[\f\v]/g, "\n");
  return { ok: true, document: { blocks: blocksFromMarkdown(text), unit: "line", notes: decoded.guessed ? ["windows-1252"] : [] } };
}

function decode(bytes: Buffer): { text: string; guessed: boolean } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: bytes.subarray(3).toString("utf8"), guessed: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), guessed: false };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), guessed: false };
  if (bytes.includes(0)) return undefined;
  if (isUtf8(bytes)) return { text: bytes.toString("utf8"), guessed: false };
  return { text: new TextDecoder("windows-1252").decode(bytes), guessed: true };
}

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function fail(problem: SourceProblem): SourceResult {
  return { ok: false, problem };
}
