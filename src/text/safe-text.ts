/**
 * Making user-derived text safe to print. File names and values come from files we do not control: printed raw, an
 * ESC or C1 CSI could move the cursor or clear the screen, a CR/LF could forge extra output lines, a bidi override
 * could make a line read differently from what it is, and a line that GitHub Actions reads as a workflow command
 * could set outputs or hide the log. Everything here turns such characters into visible escapes instead.
 */

/**
 * C0 controls, DEL, C1 controls, line/paragraph separators, bidi embeddings/overrides/isolates and the invisible bidi
 * marks (ALM, LRM, RLM), and lone surrogates (`u` flag: a well-formed pair is one code point and never matches).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u{${hex}}`;
}

export interface EscapeOptions {
  /** Leave CR and LF alone, for callers that encode them their own way (GitHub's `%0D`/`%0A`). */
  keepNewlines?: boolean;
}

/**
 * UNSAFE as one cheap look, without the `u` flag: it also matches both halves of a well-formed surrogate pair
 * (an emoji), which only sends such a string on to the exact replace. Nearly every string has nothing to escape.
 */
const MAY_BE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** `s` with every character that could move the cursor, start a line or reorder text shown as an escape. */
export function escapeControl(s: string, options: EscapeOptions = {}): string {
  if (!MAY_BE_UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, (char) => (options.keepNewlines && (char === "\n" || char === "\r") ? char : escapeChar(char)));
}

const ELLIPSIS = "…";

/**
 * What a message must never show as it is, on top of UNSAFE: characters that are invisible or look like a plain
 * space (format characters such as the zero-width space, default-ignorables such as variation selectors, spaces
 * other than U+0020). In an id or a key they make two identical-looking values differ.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zs}]/u;
const MAY_BE_INVISIBLE = /[^\u0020-\u007e\u00c0-\u024f]/;
const MARK = /\p{M}/u;

/** Whether `s` has letters written as base + combining mark where one composed letter exists (NFD text). */
export function isDecomposed(s: string): boolean {
  return MAY_BE_INVISIBLE.test(s) && s !== s.normalize("NFC");
}

/** One character as a message shows it: itself, or a visible escape (a combining mark too, in NFD text). */
function visibleChar(char: string, decomposed: boolean): string {
  if (char !== " " && (INVISIBLE.test(char) || (decomposed && MARK.test(char)))) return escapeChar(char);
  return escapeControl(char);
}

/**
 * `s` with every unsafe or invisible character, and in NFD text every combining mark, as a visible escape
 * (`\u{202e}`, `\u{200b}`, `a\u{308}`): user text quoted in a message. Escapes are ASCII, so doing it twice
 * changes nothing.
 */
export function showInvisible(s: string): string {
  if (!MAY_BE_INVISIBLE.test(s)) return s;
  const decomposed = isDecomposed(s);
  let out = "";
  for (const char of s) out += visibleChar(char, decomposed);
  return out;
}

/**
 * A string rendered as `"…"` with control characters escaped, `"` and `\` escaped so the quotes stay unambiguous,
 * and cut at `max` characters (code points; an escape counts as its length). Walks the string lazily, so a
 * megabyte value costs no more than a short one.
 */
function quoteString(s: string, max: number): string {
  const decomposed = isDecomposed(s);
  const pieces: string[] = [];
  let length = 0; // in code points, so an emoji counts as one character like a letter
  const size = (piece: string) => (piece.length === 1 || !piece.startsWith("\\") ? 1 : piece.length);
  for (const char of s) {
    const piece = char === '"' || char === "\\" ? `\\${char}` : visibleChar(char, decomposed);
    if (length + size(piece) > max) {
      // Make room for the ellipsis; the cut is always between whole escapes and whole code points.
      while (pieces.length > 0 && length + 1 > max) length -= size(pieces.pop() ?? "");
      return `"${pieces.join("")}${ELLIPSIS}"`;
    }
    pieces.push(piece);
    length += size(piece);
  }
  return `"${pieces.join("")}"`;
}

/** YAML dates arrive as Date at UTC midnight; show them the way the user wrote them. */
function quoteDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "Invalid Date";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** At most a few items of an array or object, one level deep: enough to recognise the value, never all of it. */
function quoteContainer(value: object, max: number, depth: number): string {
  const isArray = Array.isArray(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (depth > 0) return `${open}${ELLIPSIS}${close}`;
  const parts: string[] = [];
  let length = 2;
  let truncated = false;
  const entries = isArray
    ? (value as unknown[]).entries()
    : (function* () {
        for (const key in value) {
          if (Object.hasOwn(value, key)) yield [key, (value as Record<string, unknown>)[key]] as const;
        }
      })();
  for (const [key, item] of entries) {
    const rendered = quote(item, Math.max(10, max - length), depth + 1);
    const part = isArray ? rendered : `${quoteString(String(key), 20)}: ${rendered}`;
    if (length + part.length + 2 > max) {
      truncated = true;
      break;
    }
    parts.push(part);
    length += part.length + 2;
  }
  if (truncated) parts.push(ELLIPSIS);
  return `${open}${parts.join(", ")}${close}`;
}

function quote(value: unknown, max: number, depth: number): string {
  if (typeof value === "string") return quoteString(value, max);
  if (value instanceof Date) return quoteDate(value);
  if (typeof value === "function") return "[function]";
  if (typeof value === "symbol") return quoteString(value.toString(), max);
  if (value !== null && typeof value === "object") return quoteContainer(value, max, depth);
  // number, bigint, boolean, null, undefined: short by nature.
  return String(value);
}

/**
 * A short, escaped, quoted rendering of a user value for a message: strings in double quotes, cut with "…" after
 * `max` characters; numbers, booleans and null bare; dates as YYYY-MM-DD; arrays and objects as a short preview.
 */
export function quoteValue(value: unknown, max = 60): string {
  return quote(value, Math.max(2, max), 0);
}

/**
 * The GitHub Actions runner reads a line as a workflow command when, after trimming leading whitespace (.NET's
 * notion, which includes NEL), it starts with `::`, and also when `##[` occurs anywhere in it (the old syntax). A
 * leading space is therefore not enough: the first colon becomes a visible `\x3a`, and `##[` becomes `#\x23[`.
 * The runner also ends a line at a bare CR, so each CR/LF-separated segment is treated as a line of its own.
 */
export function neutraliseLine(line: string): string {
  return line
    .split(/(\r\n|\r|\n)/)
    .map((segment, i) =>
      i % 2 === 1 ? segment : segment.replace(/^([\s\u0000-\u001f\u0085]*):(?=:)/, "$1\\x3a").replaceAll("##[", "#\\x23["),
    )
    .join("");
}

/** neutraliseLine for every line of a text. */
export function neutraliseLines(text: string): string {
  return text.split("\n").map(neutraliseLine).join("\n");
}

/** UNSAFE minus what JSON.stringify already escapes (C0, lone surrogates) and minus the newlines of pretty-printing. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for output: JSON.stringify escapes C0 controls and lone surrogates but not DEL, C1 controls, U+2028/2029 or
 * bidi controls, and leaves `##[` alone. Those can only occur inside JSON strings, so writing them as `\uXXXX`
 * keeps the data exactly the same for a parser while no terminal or CI runner acts on them.
 */
export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(UNSAFE_IN_JSON, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`)
    .replaceAll("##[", "##\\u005b");
  // Pretty-printed JSON never starts a line with `::`; this is the guarantee, not a change.
  return neutraliseLines(text);
}
