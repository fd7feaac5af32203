/**
 * Splits a Markdown plan into its YAML front matter and its body, by lines and exactly: line 1 is `---` and the
 * front matter ends at the next line that is `---`. Nothing here parses or runs anything.
 *
 * Why not gray-matter: it picks a parser from the opening line and runs `---js` front matter through `eval` (its
 * `engines` option does not stop that), caches every input string for the life of the process unless given an
 * options object, and costs more per file than this whole function. Owning the split keeps every position exact
 * and leaves no engine that could ever run.
 */
import type { ReadProblem } from "./read-text.js";

export interface FrontMatter {
  /** The YAML between the delimiters. */
  yaml: string;
  /** Line number (1-based) of the first YAML line in the file. */
  yamlStartLine: number;
  /** Everything after the closing delimiter line, byte for byte. */
  body: string;
  /** Line number (1-based) of the body's first line. */
  bodyStartLine: number;
}

const OPEN = /^---[ \t]*$/;
/** `---js`, `--- json`: a language tag is a word; `----` or `--- x: 1` is simply not an opening line. */
const LANGUAGE = /^---[ \t]*([A-Za-z][\w+.-]*)[ \t]*$/;
const CLOSE = /^---[ \t]*$/m;

export function splitFrontMatter(text: string): { ok: true; value: FrontMatter } | { ok: false; problem: ReadProblem } {
  const firstLineEnd = text.indexOf("\n");
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!OPEN.test(firstLine)) {
    const tag = LANGUAGE.exec(firstLine);
    if (tag) {
      const language = tag[1]!.slice(0, 20);
      return { ok: false, problem: { code: "front-matter-language", at: { line: 1, column: 4 }, params: { language } } };
    }
    return { ok: false, problem: { code: "front-matter-missing", at: { line: 1, column: 1 } } };
  }
  const rest = firstLineEnd === -1 ? "" : text.slice(firstLineEnd + 1);
  const close = CLOSE.exec(rest);
  if (firstLineEnd === -1 || !close) {
    return { ok: false, problem: { code: "front-matter-not-closed", at: { line: 1, column: 1 } } };
  }
  const yaml = rest.slice(0, close.index);
  const afterClose = rest.indexOf("\n", close.index);
  return {
    ok: true,
    value: {
      yaml,
      yamlStartLine: 2,
      body: afterClose === -1 ? "" : rest.slice(afterClose + 1),
      // The opening line, the YAML's lines and the closing line come first.
      bodyStartLine: 3 + yaml.split("\n").length - 1,
    },
  };
}
