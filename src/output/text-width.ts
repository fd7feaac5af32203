/** How wide text is in a terminal, and how it wraps to a width: for the box tables of text-table.ts. */

/** Latin, including the Swedish letters: one column per UTF-16 unit, the common case checked first. */
export const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027]*$/;
const ZERO = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;

/**
 * Lines of at most `width` columns, broken at spaces; a word longer than a line is broken where it must be.
 * Widths add up (a space is one column), so each word is measured once rather than each growing line.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Narrow text is one column per unit, and so is each of its words.
    const narrow = NARROW.test(paragraph);
    if ((narrow ? paragraph.length : displayWidth(paragraph)) <= width) {
      lines.push(paragraph);
      continue;
    }
    let line = "";
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      const size = narrow ? word.length : displayWidth(word);
      if (line === "" ? size <= width : used + 1 + size <= width) {
        used = line === "" ? size : used + 1 + size;
        line = line === "" ? word : `${line} ${word}`;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      used = size;
      while (used > width) {
        const [head, rest] = splitAtWidth(line, width);
        lines.push(head);
        line = rest;
        used = displayWidth(rest);
      }
    }
    lines.push(line);
  }
  return lines;
}

function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width && end > 0) break;
    used += w;
    end += ch.length;
  }
  return [text.slice(0, end), text.slice(end)];
}

/** Columns a string takes in a terminal: combining marks none, East Asian wide characters and emoji two. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

function charWidth(code: number): number {
  if (ZERO.test(String.fromCodePoint(code))) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}
