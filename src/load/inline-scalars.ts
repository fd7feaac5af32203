/**
 * The scalars and flow collections block-yaml.ts reads within one line: plain, single- and double-quoted scalars,
 * and `[a, b]` / `{ "2021": -9.5 }` without nesting. Each reader either returns the value with the offset where
 * it ends, or throws DECLINE for anything it is not sure to read exactly as `yaml` does.
 */
import { resolvePlain } from "./core-schema.js";

/** Thrown (never an Error, so no stack is captured) when the fast parser leaves a text to the other paths. */
export const DECLINE: unique symbol = Symbol("decline");

export function decline(): never {
  throw DECLINE;
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;

/** The value read and the offset right after it. */
export interface Read<T> {
  value: T;
  end: number;
}

/** Characters that may not begin a plain scalar (YAML 1.2 c-indicators), as a table by character code. */
const INDICATOR = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`") INDICATOR[c.charCodeAt(0)] = 1;
/** Flow indicators: they end a plain scalar inside `[…]` or `{…}`. */
const FLOW_STOP = new Uint8Array(128);
for (const c of ",[]{}") FLOW_STOP[c.charCodeAt(0)] = 1;

/** Whether a plain scalar may begin at `start`: not an indicator, except `-`, `?` or `:` followed by text. */
function mayStartPlain(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 128 || INDICATOR[c] === 0) return true;
  if (c !== 45 && c !== 63 && c !== COLON) return false;
  const next = start + 1 < end ? text.charCodeAt(start + 1) : SPACE;
  return next !== SPACE && (next >= 128 || FLOW_STOP[next] === 0);
}

/**
 * A plain scalar in block context, from `start` to the end of its line (`end`): cut at a comment, trailing spaces
 * dropped. Declines on what would make it something else (an implicit key `a: b`) or an error.
 */
export function plainLine(text: string, start: number, end: number): string {
  if (!mayStartPlain(text, start, end)) decline();
  // Searched within the line only: indexOf on the whole text would run on to its end on every line.
  const line = text.slice(start, end);
  const hash = line.indexOf(" #");
  let stop = hash === -1 ? line.length : hash;
  const colon = line.indexOf(": ");
  if (colon !== -1 && colon < stop) decline();
  while (stop > 0 && line.charCodeAt(stop - 1) === SPACE) stop--;
  if (line.charCodeAt(stop - 1) === COLON) decline();
  return stop === line.length ? line : line.slice(0, stop);
}

/** A quoted scalar that opens at `start` and closes on the same line (before `end`). */
export function quoted(text: string, start: number, end: number): Read<string> {
  return text.charCodeAt(start) === 39 ? singleQuoted(text, start, end) : doubleQuoted(text, start, end);
}

function singleQuoted(text: string, start: number, end: number): Read<string> {
  let out = "";
  let from = start + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close === -1 || close >= end) decline(); // runs onto the next line: folding is left to the exact parser
    out += text.slice(from, close);
    if (text.charCodeAt(close + 1) !== 39) return { value: out, end: close + 1 };
    out += "'";
    from = close + 2;
  }
}

const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t", r: "\r", "0": "\0", " ": " " };

function doubleQuoted(text: string, start: number, end: number): Read<string> {
  let out = "";
  let from = start + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return { value: out + text.slice(from, i), end: i + 1 };
    if (c !== 92) continue;
    out += text.slice(from, i);
    const e = text[i + 1];
    if (e !== undefined && ESCAPES[e] !== undefined && i + 1 < end) {
      out += ESCAPES[e];
      i += 1;
    } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) && i + 6 <= end) {
      const code = parseInt(text.slice(i + 2, i + 6), 16);
      if (code >= 0xd800 && code <= 0xdfff) decline(); // surrogate halves: leave the pairing rules to the exact parser
      out += String.fromCharCode(code);
      i += 5;
    } else decline();
    from = i + 1;
  }
  return decline();
}

/** After a complete value on its line: only spaces, then the end or a comment. */
export function expectLineEnd(text: string, at: number, end: number): void {
  let i = at;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i < end && !(text.charCodeAt(i) === HASH && i > at)) decline();
}

/**
 * A plain scalar inside `[…]` or `{…}`: up to a comma or closing bracket on its line, or, as a key, up to ": ".
 * Returns the raw text; the caller resolves it.
 */
function plainFlow(text: string, start: number, end: number, asKey: boolean): Read<string> {
  if (!mayStartPlain(text, start, end)) decline();
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && FLOW_STOP[c] === 1) break;
    if (c === COLON) {
      if (asKey && text.charCodeAt(i + 1) === SPACE) break;
      decline(); // `[a: 1]` is a one-pair mapping, `{a:1}` a key without a value: leave both to the exact parser
    }
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) decline();
  }
  let stop = i;
  while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--;
  if (stop === start || (asKey && stop !== i)) decline(); // `{a : 1}`: a space before the colon is left to the exact parser
  return { value: text.slice(start, stop), end: i };
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

function flowScalar(text: string, start: number, end: number): Read<unknown> {
  if (isQuote(text.charCodeAt(start))) return quoted(text, start, end);
  const plain = plainFlow(text, start, end, false);
  return { value: resolvePlain(plain.value), end: plain.end };
}

/** `[a, "b c", 3]` or `{ k: v, "2021": -9.5 }` on one line, of scalars only; `[]` and `{}` too. */
export function flowCollection(text: string, start: number, end: number): Read<unknown[] | Record<string, unknown>> {
  const isMap = text.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, start + 1, end);
  if (text.charCodeAt(i) === close) return { value: isMap ? map : items, end: i + 1 };
  for (;;) {
    if (i >= end) decline();
    if (isMap) {
      const wasQuoted = isQuote(text.charCodeAt(i));
      const key = wasQuoted ? quoted(text, i, end) : plainFlow(text, i, end, true);
      if (text.charCodeAt(key.end) !== COLON || text.charCodeAt(key.end + 1) !== SPACE) decline();
      const name = mapKey(key.value, wasQuoted);
      if (map[name] !== undefined) decline();
      const value = flowScalar(text, skipSpaces(text, key.end + 1, end), end);
      map[name] = value.value;
      i = value.end;
    } else {
      const item = flowScalar(text, i, end);
      items.push(item.value);
      i = item.end;
    }
    i = skipSpaces(text, i, end);
    const c = text.charCodeAt(i);
    if (c === close) return { value: isMap ? map : items, end: i + 1 };
    if (c !== 44) decline();
    i = skipSpaces(text, i + 1, end);
    if (text.charCodeAt(i) === close) decline(); // a trailing comma
  }
}

const CANONICAL_INT = /^(?:0|[1-9][0-9]{0,14})$/;

/**
 * A mapping key as the object property it becomes, from the key's text (unescaped when quoted). A plain key that
 * resolves to anything but text is declined, except an integer written canonically (`2021`), whose property name
 * is that same text in every parser. `__proto__` (not a plain own property) and over-long keys are declined too.
 */
export function mapKey(source: string, wasQuoted: boolean): string {
  if (!wasQuoted && typeof resolvePlain(source) !== "string" && !CANONICAL_INT.test(source)) decline();
  if (source === "__proto__" || source.length >= 1024) decline();
  return source;
}
