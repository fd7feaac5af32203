/**
 * The YAML parser recurses once per nesting level, and on a few thousand levels the stack runs out inside them;
 * V8 can then fail fatally (a RegExp compiled with no stack left aborts the process), which no try/catch survives.
 * So nesting is measured on the text before any parser sees it: flow brackets and block indentation levels.
 * The limit is far above the depth the format reports as too deep (MAX_DEPTH), so for any real plan the exact
 * parser still gives the usual finding; quoted brackets count too, which only matters for absurd texts.
 */
export const GUARD_DEPTH = 200;

/** The 0-based offset where nesting first exceeds the limit, or -1. */
export function excessiveNesting(text: string, limit = GUARD_DEPTH): number {
  let flow = 0;
  const brackets = /[[\]{}]/g;
  for (let m = brackets.exec(text); m; m = brackets.exec(text)) {
    flow += m[0] === "[" || m[0] === "{" ? 1 : -1;
    if (flow < 0) flow = 0;
    if (flow > limit) return m.index;
  }
  const indents: number[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    let at = start;
    while (at < stop && text.charCodeAt(at) === 32) at++;
    // "- - - a" (and "? ? a", ": : a") nests on one line: each indicator is a level, one column further in.
    let column = at - start;
    const levels: number[] = [];
    for (;;) {
      levels.push(column);
      // Counted as it goes: a line of 200,000 dashes must not become 200,000 arguments to a call.
      if (levels.length > limit) return start;
      const c = text[at];
      const next = text[at + 1];
      if ((c === "-" || c === "?" || c === ":") && (next === " " || next === "\t" || at + 1 === stop)) {
        at += 2;
        column += 2;
        while (at < stop && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) {
          at++;
          column++;
        }
      } else break;
    }
    if (at < stop && text[at] !== "#") {
      while (indents.length && indents[indents.length - 1]! >= levels[0]!) indents.pop();
      for (const level of levels) indents.push(level);
      if (indents.length > limit) return start;
    }
    start = stop + 1;
  }
  return -1;
}
