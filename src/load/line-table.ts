/**
 * The lines of a text as the block reader sees them (block-yaml.ts): per line, the offset of its first character,
 * the offset of its end (the "\n" or the text's end), its leading spaces, and its kind. One scan, with indexOf.
 * The tables are typed arrays shared by every parse (a parse is synchronous and never nested) and grown when a text
 * has more lines, so reading thousands of plans allocates none.
 */
import { decline } from "./inline-scalars.js";

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

export interface LineTable {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  indents: Int32Array;
  kinds: Uint8Array;
}

let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let indents = new Int32Array(1024);
let kinds = new Uint8Array(1024);

function grow<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** The text's lines; declines a document marker (`---`, `...`) or directive (`%`) at a line's start. */
export function scanLines(text: string): LineTable {
  let count = 0;
  for (let pos = 0; ; ) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    // One document of plain block YAML has neither: they start at column 0.
    if (i === pos && (c === 37 || ((c === 45 || c === 46) && text.startsWith(c === 45 ? "---" : "...", pos)))) decline();
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
      indents = grow(indents);
      kinds = grow(kinds);
    }
    starts[count] = pos;
    ends[count] = end;
    indents[count] = i - pos;
    kinds[count] = i === end ? BLANK : c === 35 ? COMMENT : CONTENT;
    count++;
    if (end === text.length) break;
    pos = end + 1;
  }
  return { count, starts, ends, indents, kinds };
}
