/**
 * Template + report model → the document's blocks. Three tidy-ups keep the result clean whatever the data:
 * a line whose inline placeholder has no value is left out; an introduction ending in ":" goes with the empty
 * generated block it introduces, and a heading whose section ends up empty goes too; headings are made unique
 * and lose trailing punctuation (markdownlint MD024, MD026), identically in both outputs.
 */
import type { ReportModel } from "../model/types.js";
import type { Block } from "./blocks.js";
import { BLOCK_PLACEHOLDERS, INLINE_PLACEHOLDERS } from "./placeholders.js";
import type { TemplateNode } from "./template.js";

const INLINE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function expandTemplate(nodes: readonly TemplateNode[], model: ReportModel): Block[] {
  const blocks: Block[] = [];
  let level = 1;
  for (const node of nodes) {
    if (node.kind === "placeholder") {
      const generated = BLOCK_PLACEHOLDERS[node.name]!(model, Math.min(level + 1, 6));
      const previous = blocks[blocks.length - 1];
      if (generated.length === 0 && previous?.kind === "paragraph" && previous.text.endsWith(":")) blocks.pop();
      blocks.push(...generated);
      continue;
    }
    if (node.kind === "list") {
      const items = node.items.flatMap((item) => fill(item.text, model) ?? []);
      if (items.length) blocks.push({ kind: "list", ordered: node.ordered, items });
      continue;
    }
    const text = fill(node.text, model);
    if (node.kind === "heading") level = node.level;
    if (text === undefined) continue;
    blocks.push(node.kind === "heading" ? { kind: "heading", level: node.level, text } : { kind: "paragraph", text });
  }
  return tidyHeadings(dropEmptySections(blocks));
}

/** The text with its placeholders filled, or undefined when one of them has no value. */
function fill(text: string, model: ReportModel): string | undefined {
  let missing = false;
  const filled = text.replace(INLINE, (_, name: string) => {
    const value = INLINE_PLACEHOLDERS[name]!(model);
    if (value === undefined || value === "") missing = true;
    return value ?? "";
  });
  return missing ? undefined : filled;
}

/** Removes headings with nothing under them before the next heading of the same or a higher level. */
function dropEmptySections(blocks: readonly Block[]): Block[] {
  const keep = blocks.map((block, i) => {
    if (block.kind !== "heading") return true;
    for (const next of blocks.slice(i + 1)) {
      if (next.kind !== "heading") return true;
      if (next.level <= block.level) return false;
    }
    return false;
  });
  // A heading is kept if its section has content, directly or in a kept subsection.
  return blocks.filter((_, i) => keep[i] || hasKeptChild(blocks, keep, i));
}

function hasKeptChild(blocks: readonly Block[], keep: readonly boolean[], i: number): boolean {
  const head = blocks[i];
  if (head?.kind !== "heading") return false;
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === "heading" && b.level <= head.level) return false;
    if (b.kind === "heading" && keep[j]) return true;
  }
  return false;
}

const TRAILING_PUNCTUATION = /[.,;:!。，；：！\s]+$/u;

function tidyHeadings(blocks: readonly Block[]): Block[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    if (block.kind !== "heading") return block;
    const base = block.text.replace(/\s+/g, " ").replace(TRAILING_PUNCTUATION, "").trim() || "Avsnitt";
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...block, text: count === 1 ? base : `${base} (${count})` };
  });
}
