/**
 * The fastest parse path: a reader for the plain block YAML plans are written in, faster than js-yaml (≈ 1.5–2 ×)
 * because it only knows that: block mappings of plain keys, block sequences (also compact, `- id: x`), one-line
 * plain, quoted and flow (`[EC, AC]`, `{ "2021": -9.5 }`) values, plain values continued on more-indented lines, and
 * `|`, `|-`, `>`, `>-` block scalars. Everything else, and anything it is not sure to read exactly as `yaml` does
 * (tabs, anchors, tags, directives, document markers, quoted or complex keys, duplicate keys, blank lines inside a
 * plain value, deep nesting, any error), is declined: `undefined`, and fast-yaml.ts hands the text to js-yaml and
 * the exact parser. It never reports anything itself, so it can only ever be faster, never different; the tests
 * in test/load/ hold its data equal to `yaml`'s on every fixture, the generated corpus and many small cases.
 */
import { resolvePlain } from "./core-schema.js";
import { DECLINE, decline, expectLineEnd, flowCollection, mapKey, plainLine, quoted } from "./inline-scalars.js";
import { BLANK, CONTENT, scanLines } from "./line-table.js";

/** Nesting beyond this is declined, well below the exact path's MAX_DEPTH finding. */
const MAX_NESTING = 24;

/** Characters that make a whole text the other parsers' business: tabs, CR, control and odd line separators. */
const UNSUPPORTED = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Characters a plain key may not start with (YAML indicators), and those that need a look inside a key. */
const KEY_START_STOP = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`") KEY_START_STOP[c.charCodeAt(0)] = 1;
const KEY_STOP = new Uint8Array(128);
for (const c of ":#'\"[]{},") KEY_STOP[c.charCodeAt(0)] = 1;

/**
 * Where the values of each mapping and list start, when asked for (`plan due` points at many values of every plan;
 * see value-positions.ts): per container, `key, line, column` triples for a mapping and `line, column` pairs for a
 * list, 0-based, in the order read. Only values written on their key's or dash's own line (scalars and flow
 * collections) have a position; for the others the line is -1.
 */
export type ValuePositions = Map<object, (string | number)[]>;

/**
 * The data of a block-style YAML document whose root is a mapping, or undefined to leave it to the other paths.
 * `clean`: the text is known to hold nothing UNSUPPORTED (read-text.ts looked while reading it).
 */
export function parseBlockYaml(text: string, positions?: ValuePositions, clean = false): Record<string, unknown> | undefined {
  if (!clean && UNSUPPORTED.test(text)) return undefined;
  try {
    return new BlockReader(text, positions).document();
  } catch (error) {
    if (error !== DECLINE) throw error;
    positions?.clear();
    return undefined;
  }
}

class BlockReader {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly count: number;
  /** The line after the value read last. */
  private next = 0;
  /** The key read last (readKey). */
  private key = "";
  /** Where the value read last starts, if it was written on its key's or dash's line; else line -1. */
  private valueLine = -1;
  private valueCol = -1;

  constructor(
    private readonly text: string,
    private readonly positions?: ValuePositions,
  ) {
    const lines = scanLines(text);
    this.count = lines.count;
    this.starts = lines.starts;
    this.ends = lines.ends;
    this.indents = lines.indents;
    this.kinds = lines.kinds;
  }

  document(): Record<string, unknown> {
    const first = this.nextContent(0);
    if (first === this.count || this.isItem(this.starts[first]! + this.indents[first]!, first)) decline();
    const root = this.mapping(first, this.indents[first]!, 0);
    if (this.nextContent(this.next) !== this.count) decline();
    return root;
  }

  private nextContent(line: number): number {
    while (line < this.count && this.kinds[line] !== CONTENT) line++;
    return line;
  }

  /** Whether `at` (on `line`) starts a list item: "-" then a space or the end of the line. */
  private isItem(at: number, line: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A block mapping whose first key starts at column `col` of `line` (mid-line after "- "), the rest below it. */
  private mapping(line: number, col: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) decline();
    const map: Record<string, unknown> = {};
    const where: (string | number)[] | undefined = this.positions ? [] : undefined;
    if (where) this.positions!.set(map, where);
    for (;;) {
      const colon = this.readKey(this.starts[line]! + col, this.ends[line]!);
      const key = this.key;
      if (map[key] !== undefined) decline(); // a duplicate, or a name on Object.prototype: the exact path decides
      map[key] = this.value(line, colon + 1, col, depth, false);
      if (where) where.push(key, this.valueLine, this.valueCol);
      const after = this.nextContent(this.next);
      if (after === this.count || this.indents[after]! < col) {
        this.next = after;
        return map;
      }
      if (this.indents[after]! > col) decline();
      line = after;
    }
  }

  /**
   * Reads the key starting at `start` into `key` and returns the offset of its colon; declines when the line is not
   * `key: …` with a plain or one-line quoted key.
   */
  private readKey(start: number, end: number): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === 34 || first === 39) {
      const read = quoted(text, start, end);
      const c = text.charCodeAt(read.end);
      if (c !== COLON || (read.end + 1 < end && text.charCodeAt(read.end + 1) !== SPACE)) decline();
      this.key = mapKey(read.value, true);
      return read.end;
    }
    // Flow, complex (`? `), anchored or tagged keys, a list item where a key should be: any indicator.
    if (first < 128 && KEY_START_STOP[first] === 1) decline();
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || KEY_STOP[c] === 0) continue;
      if (c === COLON) {
        if (i + 1 !== end && text.charCodeAt(i + 1) !== SPACE) continue;
        if (text.charCodeAt(i - 1) === SPACE) decline(); // `key :` is left to the exact parser
        this.key = mapKey(text.slice(start, i), false);
        return i;
      }
      if (c !== HASH || text.charCodeAt(i - 1) === SPACE) decline(); // a comment, quote, bracket or comma
    }
    return decline();
  }

  /** A list whose first "-" is at column `col` of `line` (mid-line after another "- "), the rest below it. */
  private sequence(line: number, col: number, depth: number): unknown[] {
    if (depth > MAX_NESTING) decline();
    const items: unknown[] = [];
    const where: (string | number)[] | undefined = this.positions ? [] : undefined;
    if (where) this.positions!.set(items, where);
    for (;;) {
      items.push(this.value(line, this.starts[line]! + col + 1, col, depth, true));
      if (where) where.push(this.valueLine, this.valueCol);
      const after = this.nextContent(this.next);
      if (after === this.count || this.indents[after]! < col || !this.isItem(this.starts[after]! + col, after)) {
        // A key at the list's own indentation ends it (`key:\n- a\nother: b`); the caller judges that line.
        if (after < this.count && this.indents[after]! > col) decline();
        this.next = after;
        return items;
      }
      line = after;
    }
  }

  /**
   * The value after "key:" or "-" (`from` is the offset right after it) on `line`, where the key or dash is at
   * column `parent`. Sets `next` to the line after the value.
   */
  private value(line: number, from: number, parent: number, depth: number, inItem: boolean): unknown {
    const text = this.text;
    const end = this.ends[line]!;
    let at = from;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    this.valueLine = -1;
    if (at === end || text.charCodeAt(at) === HASH) return this.valueBelow(line, parent, depth, inItem);
    const c = text.charCodeAt(at);
    const col = at - this.starts[line]!;
    if (inItem && this.isItem(at, line)) return this.nested(this.sequence(line, col, depth + 1));
    if (inItem && this.looksLikeKey(at, end)) return this.nested(this.mapping(line, col, depth + 1));
    let value: unknown;
    let inline = true;
    if (c === 124 || c === 62) {
      value = this.blockScalar(line, at, parent);
      inline = false;
    } else if (c === 34 || c === 39 || c === 91 || c === 123) {
      const read = c === 34 || c === 39 ? quoted(text, at, end) : flowCollection(text, at, end);
      expectLineEnd(text, read.end, end);
      value = read.value;
      this.next = line + 1;
    } else {
      value = this.plain(line, at, parent);
    }
    // Anything more indented below a one-line value would continue it, or be an error: not for this reader.
    const after = this.nextContent(this.next);
    if (after < this.count && this.indents[after]! > parent) decline();
    this.valueLine = inline ? line : -1;
    this.valueCol = col;
    return value;
  }

  /** A collection read as a value: its own entries have positions, it has none (the values read in it set them). */
  private nested<T>(value: T): T {
    this.valueLine = -1;
    return value;
  }

  /** "key:" or "-" with nothing after it on the line: the value is the block below, or null. */
  private valueBelow(line: number, parent: number, depth: number, inItem: boolean): unknown {
    const below = this.nextContent(line + 1);
    if (below < this.count) {
      const indent = this.indents[below]!;
      const at = this.starts[below]! + indent;
      if (indent > parent) {
        if (this.isItem(at, below)) return this.nested(this.sequence(below, indent, depth + 1));
        if (this.looksLikeKey(at, this.ends[below]!)) return this.nested(this.mapping(below, indent, depth + 1));
        decline(); // a scalar on the next line
      }
      // A list may sit at its key's own indentation.
      if (indent === parent && !inItem && this.isItem(at, below)) return this.nested(this.sequence(below, indent, depth + 1));
    }
    this.next = line + 1;
    return null;
  }

  /** Whether the text at `at` reads as `key:` followed by a space or the line's end (not checked further here). */
  private looksLikeKey(at: number, end: number): boolean {
    const text = this.text;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return true;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  /** A plain value from `at`, continued on following lines indented past `parent` (folded with spaces). */
  private plain(line: number, at: number, parent: number): unknown {
    const end = this.ends[line]!;
    const first = plainLine(this.text, at, end);
    let next = line + 1;
    // After a comment the value has ended: a more-indented line below is then an error, for the caller to decline.
    let rest = at + first.length;
    while (rest < end && this.text.charCodeAt(rest) === SPACE) rest++;
    if (rest < end) {
      this.next = next;
      return resolvePlain(first);
    }
    let folded: string | undefined;
    while (next < this.count && this.kinds[next] === CONTENT && this.indents[next]! > parent) {
      const start = this.starts[next]! + this.indents[next]!;
      // A continuation line that could be read as a list item or a key is left to the exact parser.
      if (this.isItem(start, next) || this.looksLikeKey(start, this.ends[next]!)) decline();
      const part = plainLine(this.text, start, this.ends[next]!);
      if (this.ends[next]! - start !== part.length) decline(); // a comment or trailing spaces inside the value
      folded = `${folded ?? first} ${part}`;
      next++;
    }
    this.next = next;
    return folded === undefined ? resolvePlain(first) : folded;
  }

  /** `|`, `|-`, `>` or `>-` at `at`, its lines below, indented past `parent`. */
  private blockScalar(line: number, at: number, parent: number): string {
    const text = this.text;
    const literal = text.charCodeAt(at) === 124;
    let header = at + 1;
    const strip = text.charCodeAt(header) === DASH;
    if (strip) header++;
    expectLineEnd(text, header, this.ends[line]!); // `+`, an indentation digit or anything else: declined
    const first = line + 1;
    if (first >= this.count || this.kinds[first] === BLANK) decline(); // empty, or leading blank lines
    const indent = this.indents[first]!;
    if (indent <= parent) decline();
    let out = "";
    let blanks = 0;
    let last = first;
    let next = first;
    for (; next < this.count; next++) {
      const start = this.starts[next]!;
      const end = this.ends[next]!;
      if (this.kinds[next] === BLANK) {
        if (end - start > indent) decline(); // spaces past the indentation would be content
        blanks++;
        continue;
      }
      if (this.indents[next]! < indent) break;
      if (this.indents[next]! > indent && !literal) decline(); // folded more-indented lines keep their breaks
      if (next > first) out += literal ? "\n".repeat(blanks + 1) : blanks > 0 ? "\n".repeat(blanks) : " ";
      out += text.slice(start + indent, end);
      blanks = 0;
      last = next;
    }
    if (this.ends[last] === text.length) decline(); // no final line break to keep or clip
    this.next = last + 1;
    return strip ? out : `${out}\n`;
  }
}
