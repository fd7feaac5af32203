/**
 * One linear walk over a parsed document, before any data is built from it: everything the format refuses that
 * `yaml` itself lets through or checks too slowly. A node limit (so no later step is ever given 100,000 keys),
 * anchors, aliases and tags, nesting depth, duplicate keys (a Set per mapping: `yaml`'s own check compares every
 * key with every other, 288 s for 100,000 keys), keys that name Object.prototype's members, and control characters
 * that only a double-quoted escape (`"\e"`) can bring in. Numbers are collected with their source text, so that
 * validation can tell `2025` from `0x7E9`.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Scalar } from "yaml";
import type { Location } from "../diagnostics/messages.js";
import { quoteValue } from "../text/safe-text.js";
import { codePointName } from "./decode-text.js";
import type { ReadProblem } from "./read-problem.js";

export const MAX_DEPTH = 32;
/** Keys and values together; the largest shipped plan has some 330, a plan of 1 MiB of real text some 45,000. */
export const MAX_NODES = 20_000;

/** A number as written: validation decides whether its notation is fine where it stands. */
export interface WrittenNumber {
  path: readonly PropertyKey[];
  on: "key" | "value";
  source: string;
  value: number;
}

export interface NodeScan {
  problems: ReadProblem[];
  numbers: WrittenNumber[];
}

/** Keys that are members of every object: never plan vocabulary, and `__proto__` would vanish into a prototype. */
const RESERVED_KEYS = new Set(["__proto__", "constructor"]);

/** Control characters a value may not hold; tab and LF are text (CR never survives reading, but an escape can). */
const VALUE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

interface Visit {
  node: unknown;
  path: readonly PropertyKey[];
  depth: number;
  on: "key" | "value";
}

export function scanNodes(doc: Document.Parsed, text: string, where: (offset: number) => Location): NodeScan {
  const problems: ReadProblem[] = [];
  const numbers: WrittenNumber[] = [];
  const tags = new Set<string>();
  let alias = false;
  let tooDeep = false;
  let count = 0;
  const at = (node: { range?: readonly number[] | null }) => where(node.range?.[0] ?? 0);
  const stack: Visit[] = [{ node: doc.contents, path: [], depth: 0, on: "value" }];
  while (stack.length > 0) {
    const { node, path, depth, on } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (++count > MAX_NODES)
      return { problems: [{ code: "yaml-too-many-nodes", at: at(node as Node), params: { max: MAX_NODES } }], numbers };
    if (isAlias(node) || (node as Node).anchor) {
      if (!alias) problems.push({ code: "yaml-alias", at: at(node as Node) });
      alias = true;
      if (isAlias(node)) continue;
    }
    const tag = (node as Node).tag;
    if (tag && !tags.has(tag)) {
      tags.add(tag);
      problems.push({ code: "yaml-tag", at: at(node as Node), params: { tag: shortTag(tag) } });
    }
    if (isScalar(node)) {
      scalar(node, path, on);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) problems.push({ code: "yaml-too-deep", at: at(node), params: { max: MAX_DEPTH } });
      tooDeep = true;
      continue;
    }
    if (isMap(node)) mapKeys(node.items);
    // Pushed in reverse so that the walk, and so the order of findings, follows the file.
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      if (!isPair(item)) {
        stack.push({ node: item, path: [...path, i], depth: depth + 1, on: "value" });
        continue;
      }
      const childPath = [...path, keyText(item.key)];
      stack.push({ node: item.value, path: childPath, depth: depth + 1, on: "value" });
      stack.push({ node: item.key, path: childPath, depth: depth + 1, on: "key" });
    }
  }
  return { problems, numbers };

  /** Duplicates (the later one is reported, as `yaml` would) and reserved keys, in the file's order. */
  function mapKeys(items: readonly unknown[]): void {
    const keys = new Set<string>();
    for (const item of items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = keyText(item.key);
      if (keys.has(key))
        problems.push({ code: "yaml-duplicate-key", at: at(item.key), params: { key: quoteValue(item.key.source ?? key) } });
      keys.add(key);
      if (RESERVED_KEYS.has(key)) problems.push({ code: "key-reserved", at: at(item.key), params: { key: quoteValue(key) } });
    }
  }

  function scalar(node: Scalar, path: readonly PropertyKey[], on: "key" | "value"): void {
    if (typeof node.value === "number") numbers.push({ path, on, source: node.source ?? String(node.value), value: node.value });
    // Only a double-quoted escape can bring a control character past reading.
    if (node.type === "QUOTE_DOUBLE" && typeof node.value === "string" && VALUE_CONTROL.test(node.value)) {
      problems.push(controlEscape(node, text, where));
    }
  }
}

/** The key as the data will have it: `yaml` turns every key into a string (null into ""). */
function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? "" : String(key.value);
  // A collection as a key (`? [a, b]`): never a plan key, so any stable text will do for its path.
  return isMap(key) || isSeq(key) ? `[${key.items.length}]` : "";
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, "!!").slice(0, 40);
}

const ESCAPES: Record<string, number> = { "0": 0, a: 7, b: 8, v: 11, f: 12, r: 13, e: 27, N: 0x85 };
const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g;

/** The first escape in a double-quoted scalar that makes a control character, at its own line and column. */
function controlEscape(node: Scalar, text: string, where: (offset: number) => Location): ReadProblem {
  const start = node.range?.[0] ?? 0;
  const source = text.slice(start, node.range?.[1] ?? start);
  for (const m of source.matchAll(ESCAPE)) {
    const body = m[1]!;
    const code = body.length > 1 ? Number.parseInt(body.slice(1), 16) : ESCAPES[body];
    if (code === undefined || code > 0x10ffff || !VALUE_CONTROL.test(String.fromCodePoint(code))) continue;
    return {
      code: "file-control-char",
      at: where(start + m.index),
      params: { char: codePointName(String.fromCodePoint(code)), escape: m[0] },
    };
  }
  const char = VALUE_CONTROL.exec(String(node.value))?.[0] ?? "\u0000";
  return { code: "file-control-char", at: where(start), params: { char: codePointName(char) } };
}
