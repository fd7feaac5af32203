/**
 * Positions from the parsed document's nodes: the one way a data path becomes a line and column. A path that the
 * file does not have (a missing key) gives its nearest existing parent, where the user would add it.
 */
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { Location } from "../diagnostics/messages.js";
import type { ParsedYaml } from "./parse-yaml.js";

/** Where a data path sits in the file: the value node, or the key when `on` is "key"; missing → nearest parent. */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], on: "key" | "value" = "value"): Location {
  const { doc, lineCounter, lineOffset } = parsed;
  let node: unknown = doc.contents;
  let best: { range?: [number, number, number] | null } | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && on === "key" && isScalar(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      if (!node) break;
      best = node as Node;
    } else break;
  }
  const range = best?.range;
  if (!range) return { line: 1 + lineOffset, column: 1 };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
}
