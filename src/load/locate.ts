/**
 * Positions from the parsed document's nodes: the one way a data path becomes a line and column. A path that the
 * file does not have (a missing key) gives its nearest existing parent, where the user would add it.
 */
import { type Document, isMap, isScalar, isSeq, type Node } from "yaml";
import type { Location } from "../diagnostics/messages.js";
import type { ParsedYaml } from "./parse-yaml.js";

/** Where a data path sits in the file: the value node, or the key when `on` is "key"; missing → nearest parent. */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], on: "key" | "value" = "value"): Location {
  const { doc, lineCounter, lineOffset } = parsed;
  let node: Node | null | undefined;
  for (let depth = path.length; depth > 0 && !node?.range; depth--) {
    node = nodeAt(doc, path.slice(0, depth), on === "key" && depth === path.length);
  }
  const range = node?.range ?? doc.contents?.range;
  if (!range) return { line: 1 + lineOffset, column: 1 };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
}

/**
 * The node at `path` (its key with `key`), through `getIn` for the parent. The last step compares keys as text,
 * since the data path of a key written as a number (`2024:`) holds it as a string.
 */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[], key: boolean): Node | null | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isSeq(parent) && typeof last === "number") return parent.items[last] as Node | undefined;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
  if (!pair) return undefined;
  // A key with no value (`status:`) has no value node: point at the key.
  return (key ? pair.key : (pair.value ?? pair.key)) as Node | null;
}
