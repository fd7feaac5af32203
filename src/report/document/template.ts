/**
 * Reads a report template (templates/rapport.md): a small, line-based subset of Markdown that a municipality can
 * edit without touching code. Headings (`## …`), paragraphs, `-` and `1.` lists, `{{fält}}` placeholders inside
 * text, a `{{block}}` alone on a line for generated content, and `<!-- … -->` comments, which are dropped.
 * Every placeholder is checked here, before anything is rendered: an unknown one is an error naming the valid ones.
 */
import { suggest } from "../../text/suggest.js";

export type TemplateNode =
  | { kind: "heading"; level: number; text: string; line: number }
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "list"; ordered: boolean; items: { text: string; line: number }[] }
  | { kind: "placeholder"; name: string; line: number };

export interface PlaceholderNames {
  inline: readonly string[];
  block: readonly string[];
}

/** A mistake in a template: its file and line, and a one-line message in Swedish. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const BULLET = /^[-*+][ \t]+(.*)$/;
const ORDERED = /^\d{1,9}[.)][ \t]+(.*)$/;
const BLOCK_LINE = /^\{\{\s*([^{}]*?)\s*\}\}$/;
const INLINE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function parseTemplate(text: string, file: string, names: PlaceholderNames): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  let open: TemplateNode | undefined;
  let inComment = false;
  const check = (value: string, line: number) => checkInline(value, line, file, names);

  for (const [index, raw] of text.replace(/\r\n?/g, "\n").split("\n").entries()) {
    const line = index + 1;
    let content = raw.replace(/\t/g, " ").trim();
    if (inComment || content.startsWith("<!--")) {
      const end = content.indexOf("-->");
      inComment = end === -1;
      if (inComment || content.slice(end + 3).trim() === "") continue;
      throw new TemplateError(file, line, "text efter en kommentar på samma rad; skriv kommentaren på egen rad.");
    }
    if (content === "") {
      open = undefined;
      continue;
    }
    const block = BLOCK_LINE.exec(content);
    if (block && names.block.includes(block[1]!)) {
      nodes.push({ kind: "placeholder", name: block[1]!, line });
      open = undefined;
      continue;
    }
    content = check(content, line);
    const heading = HEADING.exec(content);
    const item = BULLET.exec(content) ?? ORDERED.exec(content);
    if (heading) {
      nodes.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!, line });
      open = undefined;
    } else if (item) {
      const ordered = !BULLET.test(content);
      if (open?.kind !== "list" || open.ordered !== ordered) {
        open = { kind: "list", ordered, items: [] };
        nodes.push(open);
      }
      open.items.push({ text: item[1]!, line });
    } else if (open?.kind === "list") {
      const last = open.items[open.items.length - 1]!;
      last.text = `${last.text} ${content}`;
    } else if (open?.kind === "paragraph") {
      open.text = `${open.text} ${content}`;
    } else {
      open = { kind: "paragraph", text: content, line };
      nodes.push(open);
    }
  }
  if (inComment) throw new TemplateError(file, text.split("\n").length, "en kommentar <!-- avslutas aldrig med -->.");
  return nodes;
}

function checkInline(content: string, line: number, file: string, names: PlaceholderNames): string {
  for (const match of content.matchAll(INLINE)) {
    const name = match[1]!;
    if (names.inline.includes(name)) continue;
    if (names.block.includes(name)) {
      throw new TemplateError(file, line, `{{${name}}} ska stå ensam på en egen rad.`);
    }
    throw new TemplateError(file, line, unknownMessage(name, names));
  }
  const rest = content.replace(INLINE, "");
  if (rest.includes("{{") || rest.includes("}}")) {
    throw new TemplateError(file, line, "en platshållare är inte stängd; skriv {{namn}}.");
  }
  return content;
}

function unknownMessage(name: string, names: PlaceholderNames): string {
  const all = [...names.inline, ...names.block];
  // A typo, or the start of a longer name ("fokus" for "fokusåtgärder").
  const starting = all.filter((n) => name.length >= 3 && n.startsWith(name));
  const guess = suggest(name, all) ?? (starting.length === 1 ? starting[0] : undefined);
  const hint = guess ? ` Menade du {{${guess}}}?` : "";
  return `okänd platshållare {{${name}}}.${hint} Giltiga: ${all.map((n) => `{{${n}}}`).join(", ")}.`;
}
