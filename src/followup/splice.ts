/**
 * Records a follow-up by splicing text into the YAML, never by re-printing it: the yaml document tells where each
 * node starts and ends, only the new entry (and a new status value) is stringified, and everything else, comments,
 * blank lines, quoting, key order, line width, stays byte for byte. Anything this cannot do without re-flowing the
 * user's text (flow-style `{…}`/`[…]` collections, a block-scalar status) is refused instead.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, Scalar, type YAMLMap } from "yaml";
import { YAML_OPTIONS } from "../load/parse-yaml.js";
import type { LogEntry } from "./entry.js";
import { afterLineOf, column, detectIndentation, type Indentation, spaces } from "./layout.js";

export interface FollowUpChange {
  measureIndex: number;
  entry: LogEntry;
  newStatus?: string;
}

export type SpliceResult = { ok: true; yaml: string } | { ok: false; reason: string };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Keys that come before `status` in a measure, in the order of docs/format.md. */
const BEFORE_STATUS = ["id", "rubrik", "beskrivning", "fokus", "aktivitet", "åtgärd"];

const STRINGIFY = { version: "1.2", schema: "core" } as const;

export function spliceFollowUp(yaml: string, eol: "\n" | "\r\n", change: FollowUpChange): SpliceResult {
  const doc = parseDocument(yaml, YAML_OPTIONS);
  if (doc.errors.length) return { ok: false, reason: "YAML-koden kunde inte läsas" };
  const measure = doc.getIn(["åtgärder", change.measureIndex], true) as Node | undefined;
  if (!isMap(measure) || measure.flow || !measure.range)
    return { ok: false, reason: "åtgärden är skriven i flödesstil ({…}); skriv om den med en nyckel per rad" };
  const indent = detectIndentation(doc, yaml);
  const edits: Edit[] = [];
  const log = logEdit(yaml, measure, change.entry, indent, eol);
  if ("reason" in log) return { ok: false, reason: log.reason };
  edits.push(log);
  if (change.newStatus !== undefined) {
    const status = statusEdit(yaml, measure, change.newStatus, eol);
    if ("reason" in status) return { ok: false, reason: status.reason };
    edits.push(status);
  }
  return { ok: true, yaml: applyEdits(yaml, edits) };
}

function logEdit(text: string, measure: YAMLMap, entry: LogEntry, indent: Indentation, eol: string): Edit | { reason: string } {
  const measureColumn = column(text, measure.range![0]);
  const followUp = measure.get("uppföljning", true) as Node | undefined;
  if (followUp === undefined) {
    const keys = measureColumn + indent.map;
    const lines = [`${spaces(measureColumn)}uppföljning:`, `${spaces(keys)}logg:`, ...entryLines(entry, keys + indent.seq)];
    return insertAt(text, afterLineOf(text, measure.range![1]), lines, eol);
  }
  if (!isMap(followUp) || followUp.flow || !followUp.range)
    return { reason: "uppföljning är skriven i flödesstil ({…}); skriv om den med en nyckel per rad" };
  const keys = column(text, followUp.range[0]);
  const log = followUp.get("logg", true) as Node | undefined;
  if (log === undefined) {
    return insertAt(text, afterLineOf(text, followUp.range[1]), [`${spaces(keys)}logg:`, ...entryLines(entry, keys + indent.seq)], eol);
  }
  if (!isSeq(log) || !log.range) return { reason: "uppföljning.logg är ingen lista" };
  if (!log.flow) {
    const last = log.items.at(-1) as Node | undefined;
    if (!last?.range) return { reason: "uppföljning.logg är tom" };
    return insertAt(text, afterLineOf(text, last.range[1]), entryLines(entry, column(text, log.range[0])), eol);
  }
  if (log.items.length > 0)
    return { reason: "uppföljning.logg är skriven i flödesstil ([…]); skriv om den som en lista med en post per rad" };
  // `logg: []`: the brackets go (with the spaces before them), the block list goes on the lines below.
  let start = log.range[0];
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  const after = afterLineOf(text, log.range[1]);
  const lines = entryLines(entry, keys + indent.seq);
  return { start, end: after, text: text.slice(log.range[1], after) + linesText(lines, eol, after, text) };
}

function statusEdit(text: string, measure: YAMLMap, status: string, eol: string): Edit | { reason: string } {
  const rendered = scalarText(status);
  if (rendered === undefined) return { reason: "den nya statusen kan inte skrivas på en rad" };
  const pair = measure.items.find((p) => isScalar(p.key) && p.key.value === "status");
  if (pair) {
    const value = pair.value as Node | null;
    if (!isScalar(value) || !value.range) return { reason: "status är inget enkelt värde" };
    if (value.type === Scalar.BLOCK_FOLDED || value.type === Scalar.BLOCK_LITERAL)
      return { reason: "status är skriven som blockskalär (| eller >)" };
    return { start: value.range[0], end: value.range[1], text: rendered };
  }
  const line = `${spaces(column(text, measure.range![0]))}status: ${rendered}`;
  const before = measure.items.filter((p) => isScalar(p.key) && BEFORE_STATUS.includes(String(p.key.value)));
  const anchor = before.map(pairEnd).reduce((a, b) => Math.max(a, b), -1);
  return insertAt(text, afterLineOf(text, anchor >= 0 ? anchor : measure.range![1]), [line], eol);
}

function pairEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  const key = pair.key as Node | null;
  return value?.range?.[1] ?? key?.range?.[1] ?? -1;
}

/** The new entry as block YAML, one string per line, indented so that its `-` sits at `dash`. */
function entryLines(entry: LogEntry, dash: number): string[] {
  const text = new Document([entry], STRINGIFY).toString({ lineWidth: 0 });
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line === "" ? line : spaces(dash) + line));
}

/** A scalar as it would be written after `key: `, or undefined when it needs more than one line. */
function scalarText(value: string): string | undefined {
  const text = new Document(value, STRINGIFY).toString({ lineWidth: 0 }).replace(/\n$/, "");
  return text.includes("\n") ? undefined : text;
}

function insertAt(text: string, offset: number, lines: string[], eol: string): Edit {
  return { start: offset, end: offset, text: linesText(lines, eol, offset, text) };
}

/** At the end of a file without a final line break, the new lines go after a break and the file still ends without one. */
function linesText(lines: string[], eol: string, offset: number, text: string): string {
  const atEndWithoutBreak = offset === text.length && text.length > 0 && !text.endsWith("\n");
  return atEndWithoutBreak ? eol + lines.join(eol) : lines.map((l) => l + eol).join("");
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
