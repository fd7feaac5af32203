/**
 * Plain text → Markdown that shows exactly that text. Everything CommonMark or GFM could read as syntax is
 * backslash-escaped: emphasis, code, links, raw HTML and entities, table pipes, strikethrough, GitHub's `$` math,
 * and the bare URLs and e-mail addresses GFM would turn into links (markdownlint MD034). Characters that only
 * mean something at the start of a line (`-`, `+`, `=`, `1.`) are escaped where a line starts, after wrapping.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>#|~$&@]/g;

/** One line of text: newlines and tabs become spaces, runs of spaces one space. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, (run) => (/[\n\r\t]/.test(run) || run.length > 1 ? " " : run)).trim();
}

/** Escapes inline syntax in text that is already one line. */
export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/:\/\//g, "\\://")
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
}

/** A table cell: one line, inline syntax and `|` escaped. */
export function escapeCell(text: string): string {
  return escapeInline(flatten(text));
}

/** Escapes a word that begins a line, where `-`, `+`, `=` and `1.` / `1)` would start a list, rule or heading. */
export function escapeLineStart(word: string): string {
  if (/^[-+=]/.test(word)) return `\\${word}`;
  return word.replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Wraps text to `width` columns (markdownlint MD013: 80), each line beginning with `indent` (the first with
 * `first` instead, e.g. a list marker). Words are never split; a word longer than a line gets a line of its own,
 * which MD013 allows because no whitespace follows the limit.
 */
export function wrap(text: string, first: string, indent: string, width = 80): string[] {
  const words = flatten(text).split(" ").filter(Boolean).map(escapeInline);
  const lines: string[] = [];
  let line = "";
  let prefix = first;
  for (const word of words) {
    if (line === "") {
      line = `${prefix}${escapeLineStart(word)}`;
    } else if (line.length + 1 + word.length <= width) {
      line = `${line} ${word}`;
    } else {
      lines.push(line);
      prefix = indent;
      line = `${prefix}${escapeLineStart(word)}`;
    }
  }
  lines.push(line === "" ? first.trimEnd() : line);
  return lines;
}
