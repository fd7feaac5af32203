/**
 * Parses plan YAML with `yaml`'s document API: YAML 1.2 core schema (no timestamps, so no date ever rolls over;
 * `12:30` stays text), unique keys, and no anchors, aliases or tags. Keeps the document so that any finding can
 * be traced to its exact line and column.
 */
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Location } from "../diagnostics/messages.js";
import { yamlErrorKey } from "../diagnostics/yaml-errors.js";
import { quoteValue } from "../text/safe-text.js";
import { excessiveNesting } from "./depth-guard.js";
import type { ReadProblem } from "./read-text.js";

export const MAX_DEPTH = 32;

export const YAML_OPTIONS = {
  schema: "core",
  version: "1.2",
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  strict: true,
  stringKeys: false,
} as const;

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML in its file (1 for front matter that starts on line 2). */
  lineOffset: number;
  data: unknown;
}

export type ParseYamlResult = { ok: true; value: ParsedYaml } | { ok: false; problems: ReadProblem[] };

export function parseYaml(text: string, lineOffset = 0): ParseYamlResult {
  const runaway = excessiveNesting(text);
  if (runaway !== -1) {
    const line = text.slice(0, runaway).split("\n").length + lineOffset;
    return { ok: false, problems: [{ code: "yaml-too-deep", at: { line, column: 1 }, params: { max: MAX_DEPTH } }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const where = (offset: number): Location => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };

  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  for (const error of doc.errors) {
    // One finding per kind of error: a runaway nesting reports the same exhaustion hundreds of times.
    if (seen.has(error.code)) continue;
    seen.add(error.code);
    const at = where(unclosedOpener(doc, error.code, error.pos[0]) ?? error.pos[0]);
    // For a duplicate key the error starts at the key: its text runs to the colon.
    const source = text
      .slice(error.pos[0], error.pos[0] + 80)
      .split(/:(?:\s|$)|\n/)[0]!
      .trim();
    problems.push(yamlErrorProblem(error.code, error.message, at, source));
  }
  if (problems.length > 0) return { ok: false, problems };

  visit(doc, {
    Alias(_, node) {
      problems.push({ code: "yaml-alias", at: where(node.range?.[0] ?? 0) });
    },
    Node(_, node) {
      if (node.anchor) problems.push({ code: "yaml-alias", at: where(node.range?.[0] ?? 0) });
      if (node.tag) problems.push({ code: "yaml-tag", at: where(node.range?.[0] ?? 0), params: { tag: shortTag(node.tag) } });
    },
  });
  const tooDeep = findTooDeep(doc.contents, 0);
  if (tooDeep) problems.push({ code: "yaml-too-deep", at: where(tooDeep.range?.[0] ?? 0), params: { max: MAX_DEPTH } });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };

  return { ok: true, value: { doc, lineCounter, lineOffset, data: doc.toJS({ maxAliasCount: 0 }) } };
}

function yamlErrorProblem(code: string, message: string, at: Location, source: string): ReadProblem {
  if (code === "DUPLICATE_KEY") return { code: "yaml-duplicate-key", at, params: { key: quoteValue(source) } };
  if (code === "MULTIPLE_DOCS") return { code: "yaml-multiple-documents", at };
  if (code === "RESOURCE_EXHAUSTION") return { code: "yaml-too-deep", at, params: { max: MAX_DEPTH } };
  // yaml's messages are English and may carry a source excerpt after the first line: keep the sentence only.
  const detail = message
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+.*$/, "")
    .slice(0, 120);
  return { code: "yaml-syntax", at, params: { yamlCode: code, yamlKey: yamlErrorKey(code, message), detail } };
}

/**
 * `yaml` notices an unclosed `[`, `{` or quote only where the next line starts; the user's mistake is where it
 * opened. Returns the offset of the innermost flow collection or quoted scalar that runs into the error.
 */
function unclosedOpener(doc: Document.Parsed, code: string, errorAt: number): number | undefined {
  if (code !== "BAD_INDENT" && code !== "MISSING_CHAR") return undefined;
  let opener: number | undefined;
  visit(doc, {
    Node(_, node) {
      const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
      const flow = (isMap(node) || isSeq(node)) && node.flow;
      const range = node.range;
      if ((quoted || flow) && range && range[0] < errorAt && range[2] >= errorAt) opener = range[0];
    },
  });
  return opener;
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, "!!").slice(0, 40);
}

function findTooDeep(node: unknown, depth: number): Node | undefined {
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (depth >= MAX_DEPTH) return node;
  for (const item of node.items) {
    const child = isPair(item) ? item.value : item;
    const found = findTooDeep(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function dedupe(problems: ReadProblem[]): ReadProblem[] {
  const keys = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}:${p.at?.line}:${p.at?.column}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
