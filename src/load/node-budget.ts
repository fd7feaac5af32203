/**
 * A cheap count before `yaml` builds anything: its parser costs some 4 s on a megabyte of `- {}` lines, so the
 * node limit is first checked on the token stream. Each counted token is at most one node plus the sequence item
 * it stands in, so the count is at most twice the nodes: a file within MAX_NODES is never refused here.
 */
import { CST, Lexer } from "yaml";
import { MAX_NODES } from "./scan-nodes.js";

const COUNTED = new Set([
  "scalar",
  "single-quoted-scalar",
  "double-quoted-scalar",
  "flow-map-start",
  "flow-seq-start",
  "seq-item-ind",
  "alias",
]);
/** The lexer's control tokens, which are not source text. */
const MARKERS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** The offset in `text` where the token count first passes twice MAX_NODES, or -1. */
export function overNodeBudget(text: string, max = MAX_NODES): number {
  let count = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type !== null && COUNTED.has(type) && ++count > 2 * max) return offset;
    if (!MARKERS.has(token)) offset += token.length;
  }
  return -1;
}
