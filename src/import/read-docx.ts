/**
 * A Word file (.docx) into blocks, through mammoth's document model (the `transformDocument` hook sees the parsed
 * paragraphs, runs and tables before mammoth writes HTML, which is not used). Headings are Word's heading styles
 * (English or Swedish names), list items are numbered paragraphs, and the bold runs that open an item are its lead.
 * Positions are paragraphs, counted from the start of the document, table rows included.
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import type { Block } from "./blocks.js";

/**
 * The unpacked text of a Word document: a 200-page plan is a few MB; a small file can unpack to gigabytes (a zip
 * bomb), so the size is counted while unpacking, before mammoth reads it whole.
 */
export const MAX_DOCUMENT_XML_BYTES = 32 * 1024 * 1024;

/** The unpacked size of word/document.xml, counted up to the limit; undefined when there is no such part. */
export async function documentXmlSize(bytes: Buffer): Promise<number | undefined> {
  const entry = (await JSZip.loadAsync(bytes)).file("word/document.xml");
  if (!entry) return undefined;
  // JSZip's stream is an old-style Node stream (no async iteration): counted by its events, paused at the limit.
  return new Promise<number>((done, fail) => {
    let size = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DOCUMENT_XML_BYTES) {
        stream.pause();
        done(size);
      }
    });
    stream.on("end", () => done(size));
    stream.on("error", fail);
  });
}

/** The parts of mammoth's document model read here (mammoth types the hook's argument as `any`). */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  isBold?: boolean;
  value?: string;
}

export async function blocksFromDocx(bytes: Buffer): Promise<Block[]> {
  let body: DocxElement | undefined;
  await mammoth.convertToHtml(
    { buffer: bytes },
    {
      transformDocument: (document: DocxElement) => {
        body = document;
        return document;
      },
    },
  );
  const blocks: Block[] = [];
  let at = 0;
  const counters = new Map<string, number>();
  for (const element of body?.children ?? []) {
    if (element.type === "table") {
      for (const row of element.children ?? []) {
        at += 1;
        if (row.type === "tableRow") blocks.push({ kind: "row", cells: (row.children ?? []).map(cellText), at });
      }
    } else if (element.type === "paragraph") {
      at += 1;
      const block = paragraphBlock(element, at, counters);
      const parent = blocks.at(-1);
      // A sub-bullet (list level 1 and deeper) belongs to its bullet's text, not a measure of its own.
      if (block?.kind === "item" && element.numbering?.level !== "0" && parent?.kind === "item") {
        parent.text = `${parent.text}\n- ${[block.lead, block.text].filter(Boolean).join(" ")}`;
      } else if (block) blocks.push(block);
    }
  }
  return blocks;
}

const HEADING_STYLE = /^(?:heading|rubrik)\s*(\d)$/i;
const TITLE_STYLE = /^(?:title|rubrik|subtitle|underrubrik)$/i;

function paragraphBlock(paragraph: DocxElement, at: number, counters: Map<string, number>): Block | undefined {
  const style = paragraph.styleName ?? "";
  const text = runsText(paragraph.children ?? []);
  if (text.trim() === "") return undefined;
  const heading = HEADING_STYLE.exec(style);
  if (heading || TITLE_STYLE.test(style)) {
    return { kind: "heading", level: heading ? Number(heading[1]) : 1, text: text.replace(/\s+/g, " ").trim(), at };
  }
  if (paragraph.numbering) {
    const { isOrdered, level } = paragraph.numbering;
    const number = isOrdered ? (counters.get(level) ?? 0) + 1 : undefined;
    if (number !== undefined) counters.set(level, number);
    const runs = paragraph.children ?? [];
    const leadRuns = runs.slice(
      0,
      Math.max(
        0,
        runs.findIndex((run) => !isBoldRun(run)),
      ),
    );
    const allBold = runs.every(isBoldRun);
    const lead = allBold ? undefined : runsText(leadRuns).trim() || undefined;
    const rest = allBold ? text : runsText(runs.slice(leadRuns.length));
    return { kind: "item", lead, text: rest.trim(), number, at };
  }
  counters.clear();
  return { kind: "paragraph", lines: text.split("\n").map((line) => line.trim()), at };
}

/** Bold set directly, or through a character style such as Word's "Strong" (Swedish "Stark"). */
function isBoldRun(element: DocxElement): boolean {
  return element.type === "run" && (element.isBold === true || /^(strong|stark|fet|bold)/i.test(element.styleName ?? ""));
}

/** Text of runs; a line break (Shift+Enter) is a new line, a tab a tab. */
function runsText(elements: readonly DocxElement[]): string {
  return elements
    .map((element) => {
      if (element.type === "text") return element.value ?? "";
      if (element.type === "break") return "\n";
      if (element.type === "tab") return "\t";
      return runsText(element.children ?? []);
    })
    .join("");
}

function cellText(cell: DocxElement): string {
  return (cell.children ?? [])
    .map((paragraph) => runsText(paragraph.children ?? []))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
