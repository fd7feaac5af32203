/**
 * A plan file as bytes on disk, split so that only its YAML can ever change: the BOM, the front-matter fences and
 * the Markdown body are carried over untouched, and line endings are the file's own (CRLF stays CRLF).
 */
import type { FileFormat } from "../load/load-file.js";

export interface RawPlanText {
  bom: boolean;
  /** The whole text without the BOM, line endings as in the file. */
  text: string;
  /** The YAML: all of a .yaml file, the front matter of a .md file (ending with its last line break). */
  yamlStart: number;
  yamlEnd: number;
  /** The line ending new lines get: the one the YAML already uses. */
  eol: "\n" | "\r\n";
}

const BOM = "\ufeff";

/** Undefined when the front matter cannot be found; the file has passed `plan check` before this is called. */
export function splitRawText(decoded: string, format: FileFormat): RawPlanText | undefined {
  const bom = decoded.startsWith(BOM);
  const text = bom ? decoded.slice(1) : decoded;
  let yamlStart = 0;
  let yamlEnd = text.length;
  if (format === "markdown") {
    // The same fences as src/load/front-matter.ts: line 1 is `---`, the YAML ends at the first line `---`.
    const firstLineEnd = text.indexOf("\n");
    const close = firstLineEnd === -1 ? -1 : text.indexOf("\n---", firstLineEnd);
    if (close === -1) return undefined;
    yamlStart = firstLineEnd + 1;
    yamlEnd = Math.max(yamlStart, close + 1);
  }
  const yaml = text.slice(yamlStart, yamlEnd);
  const eol = yaml.includes("\r\n") || (!yaml.includes("\n") && text.includes("\r\n")) ? "\r\n" : "\n";
  return { bom, text, yamlStart, yamlEnd, eol };
}

export function yamlOf(raw: RawPlanText): string {
  return raw.text.slice(raw.yamlStart, raw.yamlEnd);
}

/** The file with its YAML replaced and every other byte as it was. */
export function withYaml(raw: RawPlanText, yaml: string): string {
  return (raw.bom ? BOM : "") + raw.text.slice(0, raw.yamlStart) + yaml + raw.text.slice(raw.yamlEnd);
}
