/**
 * The document as it may be shown: every control, bidi and invisible character in its text becomes a visible
 * escape (`\u{202e}`), the way `plan due` prints it, so no output carries a raw NUL or ESC and no title reads
 * differently from what its file says. The renderers rely on this pass, never on validation having refused
 * such characters first: templates and the config reach the document too, and they are not plans.
 */
import { escapeControl } from "../../text/safe-text.js";
import type { Block, DocumentMeta, RenderedDocument } from "./blocks.js";

/**
 * Invisible characters escapeControl leaves alone because a terminal does not act on them, but which hide text
 * in a document: zero-width space, word joiner and invisible operators, the BOM, interlinear annotation marks
 * and the Mongolian vowel separator. ZWJ and ZWNJ stay: emoji sequences and several scripts need them.
 */
const INVISIBLE = /[\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb]/g;

/** A line break stays a line break (a table cell may have several lines); a tab is whitespace like a space. */
export function visibleText(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").replaceAll("\t", " ");
  return escapeControl(lines, { keepNewlines: true }).replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

export function visibleDocument(document: RenderedDocument): RenderedDocument {
  return { meta: visibleMeta(document.meta), blocks: document.blocks.map(visibleBlock) };
}

function visibleMeta(meta: DocumentMeta): DocumentMeta {
  return {
    ...meta,
    title: visibleText(meta.title),
    organisation: visibleText(meta.organisation),
    committee: visibleText(meta.committee),
    documentType: visibleText(meta.documentType),
    date: visibleText(meta.date),
    ...(meta.registrationNumber !== undefined && { registrationNumber: visibleText(meta.registrationNumber) }),
    author: visibleText(meta.author),
  };
}

function visibleBlock(block: Block): Block {
  const v = visibleText;
  switch (block.kind) {
    case "heading":
    case "paragraph":
      return { ...block, text: v(block.text) };
    case "list":
      return { ...block, items: block.items.map(v) };
    case "facts":
      return { ...block, items: block.items.map((item) => ({ label: v(item.label), value: v(item.value) })) };
    case "table":
      return {
        ...block,
        caption: v(block.caption),
        columns: block.columns.map((column) => ({ ...column, title: v(column.title) })),
        rows: block.rows.map((row) => row.map(v)),
      };
    case "chart":
      return {
        ...block,
        caption: v(block.caption),
        unit: v(block.unit),
        alt: v(block.alt),
        bars: block.bars.map((bar) => ({ ...bar, label: v(bar.label), text: v(bar.text) })),
      };
    case "signatures":
      return { ...block, people: block.people.map((p) => ({ ...p, name: v(p.name), title: v(p.title) })) };
  }
}
