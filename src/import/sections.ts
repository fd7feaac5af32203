/**
 * A Word plan's layout: a title (the headings before anything else), a metadata block ("Diarienummer: 2023.027
 * VON", as paragraphs or as a two-column table), then numbered sections. Each section is told by its heading's
 * words: the table of contents, the Åtgärdsplan (the measures), the Tidsplan (one row per measure), or prose.
 */
import type { Block } from "./blocks.js";

export type SectionKind = "contents" | "measures" | "timetable" | "prose";

export interface Section {
  kind: SectionKind;
  heading: string;
  level: number;
  at: number;
  blocks: Block[];
}

export interface MetadataEntry {
  label: string;
  value: string;
  at: number;
}

export interface DocumentParts {
  title: Block[];
  metadata: MetadataEntry[];
  /** Blocks between the title and the first section that are not metadata. */
  stray: Block[];
  sections: Section[];
}

const LABEL = /^([\p{L}][\p{L} ]{1,40}):\s*(.*)$/u;

export function splitDocument(blocks: readonly Block[]): DocumentParts {
  const parts: DocumentParts = { title: [], metadata: [], stray: [], sections: [] };
  let index = 0;
  // The title is the headings the document opens with, each deeper than the one before ("# Handlingsplan",
  // "## Personlig assistans och stöd"), up to the first that starts a section.
  for (let block = blocks[0]; block?.kind === "heading" && !startsSection(block.text); block = blocks[++index]) {
    const previous = parts.title.at(-1);
    if (previous?.kind === "heading" && block.level <= previous.level) break;
    parts.title.push(block);
  }
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === "heading") break;
    if (!readMetadata(block, parts.metadata)) parts.stray.push(block);
  }
  let section: Section | undefined;
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    // A deeper heading that is neither numbered nor a named section ("### Personal" under the Åtgärdsplan) is a
    // subheading within its section: the bullets after it are still measures.
    if (block.kind === "heading" && !(section && block.level > section.level && !startsSection(block.text))) {
      section = { kind: sectionKind(block.text), heading: block.text, level: block.level, at: block.at, blocks: [] };
      parts.sections.push(section);
    } else section?.blocks.push(block);
  }
  return parts;
}

/** Adds the block's entries; false when it is not metadata. */
function readMetadata(block: Block, entries: MetadataEntry[]): boolean {
  if (block.kind === "row") {
    const [label, value, ...rest] = block.cells;
    if (!label || rest.some((cell) => cell !== "")) return false;
    entries.push({ label: label.replace(/:$/, "").trim(), value: value ?? "", at: block.at });
    return true;
  }
  if (block.kind !== "paragraph" || !LABEL.test(block.lines[0] ?? "")) return false;
  block.lines.forEach((line, offset) => {
    const match = LABEL.exec(line);
    if (match) entries.push({ label: match[1]!.trim(), value: match[2]!.trim(), at: block.at + offset });
    else {
      // A value broken over two lines ("Avdelningen för personlig assistans" / "och stöd").
      const last = entries.at(-1)!;
      last.value = [last.value, line.trim()].filter(Boolean).join(" ");
    }
  });
  return true;
}

/** A numbered heading ("1. Inledning") or one of the named sections. */
function startsSection(heading: string): boolean {
  return /^\d+(\.\d+)*\.?\s/.test(heading) || sectionKind(heading) !== "prose";
}

/** "4. Åtgärdsplan" → measures; the number and the case do not matter. */
export function sectionKind(heading: string): SectionKind {
  const words = heading
    .replace(/^\d+(\.\d+)*\.?\s*/, "")
    .trim()
    .toLowerCase();
  if (/^innehåll(sförteckning)?$/.test(words)) return "contents";
  if (/^åtgärd(splan|er)$/.test(words)) return "measures";
  if (/^tid(s)?plan$/.test(words)) return "timetable";
  return "prose";
}
