/**
 * Where a value starts, found by following indentation instead of parsing: `plan due` needs a line for every item
 * of every plan, and one exact parse per file would cost it ten times the check itself.
 *
 * It only answers when it is sure, for block-style YAML of plain keys (what plans are written in): the path is
 * followed through block mappings and block sequences, and the value it ends on must start on a key's or a list
 * item's own line. Anything else on the way (a tab, a quoted or complex key, an anchor, a flow collection or a
 * block scalar to step into, a missing key, a document marker) gives `undefined`, and the caller asks the exact
 * parser instead. The answer is the exact parser's line and column (without the end of the value); a test holds
 * the two equal on every due item of the fixtures and of a generated corpus.
 */
import type { Location } from "../diagnostics/messages.js";

export type BlockLocator = (path: readonly PropertyKey[]) => Location | undefined;

/** A plain key as plans write them, then `:` and a space or the end of the line. */
const KEY = /^([\p{L}\p{N}_][\p{L}\p{N}_.-]*):(?: |$)/u;
const SPACE = 32;
const HASH = 35;

/** A block node: its entries sit at column `indent` of lines `from`..`to`; the first may start mid-line. */
interface Block {
  from: number;
  to: number;
  indent: number;
}

interface Entry {
  line: number;
  /** The column of the key, or of the "-" of a list item. */
  indent: number;
  /** The column right after "key:" or "-". */
  valueCol: number;
  /** The first line after the entry's value. */
  end: number;
  /** A list item rather than a mapping entry. */
  item: boolean;
}

/** A block's entries, read once: a list's items in order, or a mapping's entries by key. */
type Entries = { items: Entry[] } | { keys: Map<string, Entry> };

export function blockLocator(yaml: string, lineOffset: number): BlockLocator {
  const lines = yaml.split("\n");
  if (yaml.includes("\t") || lines.some((l) => l.startsWith("---") || l.startsWith("...") || l.startsWith("%"))) {
    return () => undefined;
  }
  // Per line: the column of its first character, or -1 for a blank or comment line.
  const indents = Int32Array.from(lines, (line) => {
    let i = 0;
    while (line.charCodeAt(i) === SPACE) i++;
    return i === line.length || line.charCodeAt(i) === HASH ? -1 : i;
  });
  /** The next line with content at or after `i` and before `to`, or `to`. */
  const nextContent = (i: number, to: number) => {
    while (i < to && indents[i] === -1) i++;
    return i;
  };
  /** Line `i` seen from column `col` on: a compact entry after "- " starts mid-line. */
  const textAt = (i: number, col: number) => lines[i]!.slice(col);
  const read = new Map<string, Entries | undefined>();

  const root = nextContent(0, lines.length);
  if (root === lines.length) return () => undefined;

  return (path) => {
    let block: Block = { from: root, to: lines.length, indent: indents[root]! };
    for (let p = 0; p < path.length; p++) {
      const key = `${block.from}:${block.indent}`;
      if (!read.has(key)) read.set(key, entriesOf(block));
      const entries = read.get(key);
      const segment = path[p];
      const entry =
        entries === undefined ? undefined
        : "items" in entries ? (typeof segment === "number" ? entries.items[segment] : undefined)
        : typeof segment === "number" ? undefined
        : entries.keys.get(String(segment));
      if (!entry) return undefined;
      if (p === path.length - 1) return valueStart(entry);
      const child = childBlock(entry);
      if (!child) return undefined;
      block = child;
    }
    return undefined;
  };

  /** Reads a block's entries; undefined when a line at its indentation is neither a plain key nor a list item. */
  function entriesOf(block: Block): Entries | undefined {
    const isList = isItem(textAt(block.from, block.indent));
    const found: Entry[] = [];
    const keys = new Map<string, Entry>();
    let i = block.from;
    for (; i < block.to; i = nextContent(i + 1, block.to)) {
      const col = i === block.from ? block.indent : indents[i]!;
      if (col > block.indent) continue; // inside the previous entry's value
      if (col < block.indent) break;
      const text = textAt(i, col);
      if (isList) {
        if (!isItem(text)) break; // the list has ended
        found.push({ line: i, indent: col, valueCol: col + 1, end: block.to, item: true });
        continue;
      }
      if (isItem(text)) continue; // "key:" followed by a list at the key's own indentation
      const match = KEY.exec(text);
      if (!match) return undefined; // not a plain key: leave it to the parser
      const entry = { line: i, indent: col, valueCol: col + match[0].length, end: block.to, item: false };
      found.push(entry);
      keys.set(match[1]!, entry);
    }
    found.forEach((entry, n) => (entry.end = found[n + 1]?.line ?? Math.min(i, block.to)));
    return isList ? { items: found } : { keys };
  }

  /** Where a scalar value written on its entry's own line starts. */
  function valueStart(entry: Entry): Location | undefined {
    const line = lines[entry.line]!;
    let col = entry.valueCol;
    while (line.charCodeAt(col) === SPACE) col++;
    if (col === line.length) return undefined;
    const first = line[col]!;
    // A comment (the value is below), a node property, a block scalar, a nested "- " or "? ": leave it to the parser.
    if ("#&*!|>%@`?-".includes(first) && !(first === "-" && !isItem(line.slice(col)))) return undefined;
    return { line: entry.line + 1 + lineOffset, column: col + 1 };
  }

  /** The block mapping or sequence an entry's value is written as, to step into. */
  function childBlock(entry: Entry): Block | undefined {
    const line = lines[entry.line]!;
    let col = entry.valueCol;
    while (line.charCodeAt(col) === SPACE) col++;
    if (col < line.length && line.charCodeAt(col) !== HASH) {
      // Only "- key: value" continues on the item's own line: a mapping whose first entry shares it.
      return entry.item && KEY.test(line.slice(col)) ? { from: entry.line, to: entry.end, indent: col } : undefined;
    }
    const next = nextContent(entry.line + 1, entry.end);
    if (next === entry.end) return undefined;
    const indent = indents[next]!;
    const nested = indent > entry.indent || (!entry.item && indent === entry.indent && isItem(textAt(next, indent)));
    return nested ? { from: next, to: entry.end, indent } : undefined;
  }
}

function isItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}
