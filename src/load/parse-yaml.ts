/**
 * Parses plan YAML with `yaml`'s document API: YAML 1.2 core schema (no timestamps, so no date ever rolls over;
 * `12:30` stays text), unique keys, and no anchors, aliases or tags. Keeps the document so that any finding can
 * be traced to its exact line and column. Every cost is bounded: nesting is measured before parsing, and the
 * node limit and the duplicate-key check (scan-nodes.ts) run in one linear walk before any data is built.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Location } from "../diagnostics/messages.js";
import { yamlErrorKey } from "../diagnostics/yaml-errors.js";
import { excessiveNesting } from "./depth-guard.js";
import { overNodeBudget } from "./node-budget.js";
import type { ReadProblem } from "./read-problem.js";
import { MAX_DEPTH, MAX_NODES, scanNodes, type WrittenNumber } from "./scan-nodes.js";

export { MAX_DEPTH, MAX_NODES } from "./scan-nodes.js";

export const YAML_OPTIONS = {
  schema: "core",
  version: "1.2",
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  strict: true,
  stringKeys: false,
} as const;

/** For files not yet checked: scan-nodes.ts finds duplicate keys in linear time; `yaml`'s check is quadratic. */
const PARSE_OPTIONS = { ...YAML_OPTIONS, uniqueKeys: false } as const;

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML in its file (1 for front matter that starts on line 2). */
  lineOffset: number;
  data: unknown;
  /** Every number with the text it was written as (`0x7E9`, `1e3`), for validation to judge where it stands. */
  numbers: WrittenNumber[];
}

export type ParseYamlResult = { ok: true; value: ParsedYaml } | { ok: false; problems: ReadProblem[] };

export function parseYaml(text: string, lineOffset = 0): ParseYamlResult {
  const runaway = excessiveNesting(text);
  if (runaway !== -1) {
    const line = text.slice(0, runaway).split("\n").length + lineOffset;
    return tooDeep({ line, column: 1 });
  }
  const crowded = overNodeBudget(text);
  if (crowded !== -1) {
    const line = text.slice(0, crowded).split("\n").length + lineOffset;
    return { ok: false, problems: [{ code: "yaml-too-many-nodes", at: { line, column: 1 }, params: { max: MAX_NODES } }] };
  }
  try {
    return parseChecked(text, lineOffset);
  } catch (error) {
    // The last line of defence should the depth guard ever miss a shape: a stack overflow means too deep.
    if (error instanceof RangeError) return tooDeep({ line: 1 + lineOffset, column: 1 });
    throw error;
  }
}

function tooDeep(at: Location): ParseYamlResult {
  return { ok: false, problems: [{ code: "yaml-too-deep", at, params: { max: MAX_DEPTH } }] };
}

function parseChecked(text: string, lineOffset: number): ParseYamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
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
    problems.push(yamlErrorProblem(error.code, error.message, at));
  }
  if (problems.length > 0) return { ok: false, problems };

  const scan = scanNodes(doc, text, where);
  if (scan.problems.length > 0) return { ok: false, problems: scan.problems };

  const data = doc.toJS({ maxAliasCount: 0 });
  return { ok: true, value: { doc, lineCounter, lineOffset, data, numbers: scan.numbers } };
}

function yamlErrorProblem(code: string, message: string, at: Location): ReadProblem {
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
