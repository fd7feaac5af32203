/**
 * A Word plan's blocks → the plan file's content: title and id, `styrdokument` from the metadata, the measures
 * from the Åtgärdsplan and Tidsplan, the other sections as the Markdown body. Whatever has no place is kept as a
 * comment and warned about, so that nothing of the source is silently dropped.
 */
import { type Block, blockText, type SourceDocument } from "./blocks.js";
import { buildMeasures, slug, type Vocabulary } from "./measures.js";
import { readGoverningDocument } from "./metadata.js";
import { type Section, splitDocument } from "./sections.js";
import { readTimetable } from "./timetable.js";
import type { ImportedPlan, ImportWarning } from "./types.js";

export type MapResult =
  | { ok: true; plan: ImportedPlan; warnings: ImportWarning[] }
  | { ok: false; reason: "no-title" | "no-measures" }
  | { ok: false; reason: "too-many-measures"; count: number; max: number };

/** Rows are matched to bullets pair by pair; an action plan has tens of measures, never thousands. */
export const MAX_MEASURES = 500;

export function mapPlan(source: SourceDocument, vocabulary: Vocabulary, id?: string): MapResult {
  const warnings: ImportWarning[] = [];
  const parts = splitDocument(source.blocks);
  const titel = title(parts.title.map((block) => blockText(block)));
  if (!titel) return { ok: false, reason: "no-title" };

  const governing = readGoverningDocument(parts.metadata, warnings);
  const notes: string[] = [];
  for (const block of parts.stray) keep(block, notes, warnings);

  const bullets: Extract<Block, { kind: "item" }>[] = [];
  const rows: Extract<Block, { kind: "row" }>[] = [];
  const body: string[] = [];
  const measureHeadings: string[] = [];
  for (const section of parts.sections) {
    if (section.kind === "contents") {
      notes.push([section.heading, ...section.blocks.map(blockText)].join("\n"));
      warnings.push({ code: "contents-kept", at: section.at, params: {} });
      continue;
    }
    if (section.kind === "measures" || section.kind === "timetable") measureHeadings.push(section.heading);
    const prose = section.blocks.filter((block) => {
      if (section.kind === "measures" && block.kind === "item") bullets.push(block);
      else if (section.kind === "timetable" && block.kind === "row") rows.push(block);
      else return true;
      return false;
    });
    if (section.kind === "prose" || prose.length > 0 || section.kind === "measures") body.push(sectionMarkdown(section, prose));
  }
  if (measureHeadings.length === 0) warnings.push({ code: "no-measures-heading", at: 0, params: {} });

  const count = Math.max(bullets.length, rows.length);
  if (count > MAX_MEASURES) return { ok: false, reason: "too-many-measures", count, max: MAX_MEASURES };
  const timetable = readTimetable(rows, warnings);
  const measures = buildMeasures(bullets, timetable.rows, vocabulary, warnings);
  if (measures.length === 0) return { ok: false, reason: "no-measures" };
  const plan: ImportedPlan = {
    id: id ?? (slug(titel.replace(/^handlingsplan\s*/i, "")) || "handlingsplan"),
    titel,
    styrdokument: governing.values,
    styrdokumentNotes: governing.notes,
    measures,
    body: `${body.join("\n\n")}\n`,
    notes,
    measureHeadings,
    timetableHeader: timetable.header,
  };
  return { ok: true, plan, warnings: warnings.sort((a, b) => a.at - b.at) };
}

/** "Handlingsplan" + "Personlig assistans och stöd" → "Handlingsplan personlig assistans och stöd" (sentence case). */
function title(parts: readonly string[]): string {
  return parts
    .map((part, index) => (index > 0 && /^\p{Lu}\p{Ll}/u.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

function keep(block: Block, notes: string[], warnings: ImportWarning[]): void {
  const text = blockText(block);
  notes.push(text);
  warnings.push({ code: "block-kept", at: block.at, params: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text } });
}

function sectionMarkdown(section: Section, blocks: readonly Block[]): string {
  const lines = [`## ${section.heading}`];
  for (const block of blocks) lines.push("", blockMarkdown(block));
  if (section.kind === "measures") {
    lines.push(
      "",
      "<!--",
      "Punkterna i avsnittet står i filens front matter under `åtgärder`, var och en med sin rad i tidsplanen",
      "(aktivitet, åtgärd, status eller klart_senast, ansvarig, uppföljning).",
      "-->",
    );
  }
  return lines.join("\n");
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.lines.join("\n");
    case "item": {
      const marker = block.number === undefined ? "-" : `${block.number}.`;
      const lead = block.lead ? `**${block.lead}**` : "";
      const gap = lead && block.text && !/^[,.:;]/.test(block.text) ? " " : "";
      return `${marker} ${lead}${gap}${block.text}`;
    }
    case "row":
      return block.cells.join(" | ");
    case "heading":
      return `### ${block.text}`;
  }
}
