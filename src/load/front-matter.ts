/**
 * The one module that owns gray-matter. It only splits a Markdown file into its YAML text and body; it never
 * parses anything. gray-matter picks an engine from the opening line (`---js` runs `eval`!) and falls back to its
 * built-in engines for names we do not override, so two locks keep it from ever running code:
 *   1. the opening line must be exactly `---`, checked here before gray-matter sees the text;
 *   2. every engine gray-matter could look up is replaced by one that returns the raw text untouched.
 */
import matter from "gray-matter";
import type { ReadProblem } from "./read-text.js";

export interface FrontMatter {
  /** The YAML between the delimiters. */
  yaml: string;
  /** Line number (1-based) of the first YAML line in the file. */
  yamlStartLine: number;
  /** Everything after the closing delimiter line, byte for byte. */
  body: string;
}

const raw = { parse: (text: string) => ({ __raw: text }), stringify: () => "" };
const LOCKED_ENGINES = Object.fromEntries(
  ["yaml", "yml", "json", "javascript", "js", "coffee", "coffeescript", "cson", "toml", "lang", "language"].map((n) => [
    n,
    raw,
  ]),
);

const OPEN = /^---[ \t]*$/;

interface Split {
  matter: string;
  content: string;
}

export function splitFrontMatter(text: string): { ok: true; value: FrontMatter } | { ok: false; problem: ReadProblem } {
  const firstLineEnd = text.indexOf("\n");
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!OPEN.test(firstLine)) {
    if (firstLine.startsWith("---")) {
      const language = firstLine.slice(3).trim().slice(0, 20);
      return { ok: false, problem: { code: "front-matter-language", at: { line: 1, column: 4 }, params: { language } } };
    }
    return { ok: false, problem: { code: "front-matter-missing", at: { line: 1, column: 1 } } };
  }
  // gray-matter closes at the first "\n---"; demand that it is a whole line, or it would eat the body.
  const close = text.indexOf("\n---", firstLineEnd);
  const afterClose = text.charAt(close + 4);
  if (firstLineEnd === -1 || close === -1 || (afterClose !== "\n" && afterClose !== "")) {
    return { ok: false, problem: { code: "front-matter-not-closed", at: { line: 1, column: 1 } } };
  }
  // Always an options object: without one gray-matter caches every input string for the life of the process.
  const split = matter(`---${text.slice(firstLineEnd)}`, {
    language: "yaml",
    engines: LOCKED_ENGINES,
  } as never) as unknown as Split;
  const yaml = split.matter.startsWith("\n") ? split.matter.slice(1) : split.matter;
  return { ok: true, value: { yaml, yamlStartLine: 2, body: split.content } };
}
