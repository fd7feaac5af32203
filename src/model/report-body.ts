/**
 * The prose of a report definition: its Markdown body, split into the named sections the templates place
 * (`## Ärendebeskrivning`, `## Beredning`, `## Ekonomisk bedömning`). The prose is read as paragraphs and lists
 * of plain text: hard line breaks inside a paragraph are joined (as Markdown does), and inline syntax is not
 * interpreted, so what the secretary wrote is what the committee reads, in the Markdown and in the PDF alike.
 */
import { unknownTokens } from "./report-tokens.js";

export type ProseBlock = { kind: "paragraph"; text: string } | { kind: "list"; ordered: boolean; items: string[] };

export const BODY_SECTIONS = {
  ärendebeskrivning: ["ärendebeskrivning"],
  beredning: ["beredning", "förvaltningens yttrande"],
  ekonomisk_bedömning: ["ekonomisk bedömning"],
} as const;

export type SectionName = keyof typeof BODY_SECTIONS;
export const SECTION_TITLES: Record<SectionName, string> = {
  ärendebeskrivning: "Ärendebeskrivning",
  beredning: "Beredning",
  ekonomisk_bedömning: "Ekonomisk bedömning",
};

export type BodyProblem =
  /** 1-based line within the body; an empty heading means text before the first heading. */
  { kind: "section"; line: number; heading: string } | { kind: "token"; line: number; token: string };

export interface ParsedBody {
  sections: Record<SectionName, ProseBlock[]>;
  /** Each section's first line in the body, for messages about its text. */
  lines: Partial<Record<SectionName, number>>;
  problems: BodyProblem[];
}

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/;
const BULLET = /^ {0,3}[-*+•][ \t]+(.*)$/;
const ORDERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;

export function sectionFor(heading: string): SectionName | undefined {
  const key = heading.trim().replace(/:$/, "").toLowerCase();
  for (const [name, titles] of Object.entries(BODY_SECTIONS) as [SectionName, readonly string[]][]) {
    if (titles.includes(key)) return name;
  }
  return undefined;
}

export function parseBody(body: string): ParsedBody {
  const sections: Record<SectionName, ProseBlock[]> = { ärendebeskrivning: [], beredning: [], ekonomisk_bedömning: [] };
  const lines: Partial<Record<SectionName, number>> = {};
  const problems: BodyProblem[] = [];
  let current: ProseBlock[] | undefined;
  let open: ProseBlock | undefined;

  for (const [index, raw] of body.split("\n").entries()) {
    const line = raw.replace(/\t/g, " ").trimEnd();
    const heading = HEADING.exec(line);
    if (heading) {
      const name = sectionFor(heading[1]!);
      open = undefined;
      if (name) lines[name] ??= index + 1;
      else problems.push({ kind: "section", line: index + 1, heading: heading[1]! });
      // Text under an unknown heading belongs nowhere; the heading itself is the one problem reported.
      current = name ? sections[name] : [];
      continue;
    }
    if (line.trim() === "") {
      open = undefined;
      continue;
    }
    for (const token of unknownTokens(line)) problems.push({ kind: "token", line: index + 1, token });
    if (!current) {
      problems.push({ kind: "section", line: index + 1, heading: "" });
      current = [];
    }
    const item = BULLET.exec(line) ?? ORDERED.exec(line);
    if (item) {
      const ordered = !BULLET.test(line);
      if (open?.kind !== "list" || open.ordered !== ordered) {
        open = { kind: "list", ordered, items: [] };
        current.push(open);
      }
      open.items.push(clean(item[1]!));
    } else if (open?.kind === "list") {
      const last = open.items.length - 1;
      open.items[last] = clean(`${open.items[last]} ${line}`);
    } else if (open?.kind === "paragraph") {
      open.text = clean(`${open.text} ${line}`);
    } else {
      open = { kind: "paragraph", text: clean(line) };
      current.push(open);
    }
  }
  return { sections, lines, problems };
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
