/**
 * The document as the JSON data the Typst template reads (`rapport.json`). The text stays data, never markup; two
 * things are adapted for Typst and PDF/A only. A long run without a break opportunity gets a zero-width space
 * every RUN characters (CELL_RUN in a table cell): Typst cannot break such a run, so it overflows its line or
 * runs into the next column, and a run of a few
 * thousand characters becomes one PDF string longer than PDF/A allows (32,767) or, at 900 KB, a compile of tens of
 * seconds. And the strings Typst writes into the PDF whole (the title, headings in the outline and tags, a
 * chart's alternative text) are cut at PDF_STRING_MAX characters with "…".
 */
import type { Block, DocumentMeta, RenderedDocument } from "../document/blocks.js";

/** Characters (grapheme clusters) between break opportunities: longer than any real word, short enough to wrap. */
export const RUN = 60;
/**
 * A table cell is a few centimetres wide, and its text is not hyphenated: a run of 60 would overflow into the next
 * column. Runs longer than any real word there (a URL, a path, an id) get a break every CELL_RUN characters.
 */
export const CELL_RUN = 15;
const CELL_LONG = 30;
export const PDF_STRING_MAX = 2000;

const BREAK = "\u200b";
const graphemes = new Intl.Segmenter("sv", { granularity: "grapheme" });
const longRuns = new Map<number, RegExp>();

/**
 * `text` with a zero-width space after every `every` characters of each run without a space that is longer than
 * `longerThan` characters; never inside a character (a grapheme cluster: an emoji sequence, a letter and its accent).
 */
export function breakLongRuns(text: string, every = RUN, longerThan = every): string {
  if (text.length <= longerThan) return text;
  let pattern = longRuns.get(longerThan);
  if (!pattern) {
    pattern = new RegExp(`[^\\s${BREAK}]{${longerThan + 1},}`, "gu");
    longRuns.set(longerThan, pattern);
  }
  return text.replace(pattern, (run) => {
    const pieces: string[] = [];
    let count = 0;
    for (const { segment } of graphemes.segment(run)) {
      if (count === every) {
        pieces.push(BREAK);
        count = 0;
      }
      pieces.push(segment);
      count++;
    }
    return pieces.join("");
  });
}

const cell = (text: string) => breakLongRuns(text, CELL_RUN, CELL_LONG);

/** At most `max` characters (grapheme clusters), the last one "…" when something was cut. */
export function capLength(text: string, max = PDF_STRING_MAX): string {
  if (text.length <= max) return text;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max - 1) return `${kept.join("")}…`;
    kept.push(segment);
  }
  return text;
}

export function typstData(document: RenderedDocument): string {
  return JSON.stringify({ meta: metaData(document.meta), blocks: document.blocks.map(blockData) });
}

// Unary on purpose: they are passed to map(), which would hand breakLongRuns an index and the array.
const t = (text: string) => breakLongRuns(text);
const whole = (text: string) => breakLongRuns(capLength(text));

function metaData(meta: DocumentMeta): DocumentMeta {
  return {
    ...meta,
    // The title and author go into the PDF's metadata as they are (cut, never broken); the footer that repeats
    // the title is one line anyway.
    title: capLength(meta.title),
    organisation: whole(meta.organisation),
    committee: t(meta.committee),
    documentType: t(meta.documentType),
    date: t(meta.date),
    ...(meta.registrationNumber !== undefined && { registrationNumber: capLength(meta.registrationNumber) }),
    author: capLength(meta.author),
  };
}

function blockData(block: Block): Block {
  switch (block.kind) {
    case "heading":
      return { ...block, text: whole(block.text) };
    case "paragraph":
      return { ...block, text: t(block.text) };
    case "list":
      return { ...block, items: block.items.map(t) };
    case "facts":
      return { ...block, items: block.items.map((item) => ({ label: t(item.label), value: t(item.value) })) };
    case "table":
      return {
        ...block,
        caption: t(block.caption),
        columns: block.columns.map((column) => ({ ...column, title: cell(column.title) })),
        rows: block.rows.map((row) => row.map(cell)),
      };
    case "chart":
      return {
        ...block,
        caption: t(block.caption),
        unit: t(block.unit),
        // Read out by a screen reader, never laid out: cut, but no breaks.
        alt: capLength(block.alt),
        bars: block.bars.map((bar) => ({ ...bar, label: cell(bar.label), text: cell(bar.text) })),
      };
    case "signatures":
      return { ...block, people: block.people.map((p) => ({ ...p, name: t(p.name), title: t(p.title) })) };
  }
}
