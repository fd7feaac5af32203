/**
 * One file from disk to data: read safely, split the front matter (.md), parse the YAML with `yaml`, keeping the
 * document so that any path can be located. Any failure, of whatever kind, becomes that file's problem list;
 * nothing here throws for bad input.
 */
import { extname } from "node:path";
import type { Location } from "../diagnostics/messages.js";
import type { DiscoveredFile } from "./discover.js";
import { splitFrontMatter } from "./front-matter.js";
import { locate } from "./locate.js";
import { parseYaml } from "./parse-yaml.js";
import { decodeText, type ReadProblem, readPlanTextSync } from "./read-text.js";
import type { WrittenNumber } from "./scan-nodes.js";

export type FileFormat = "markdown" | "yaml";

export interface LoadedFile {
  absolute: string;
  display: string;
  format: FileFormat;
  /** The whole text, BOM removed and line endings normalised to LF. */
  text: string;
  /** The Markdown body after the front matter (empty for YAML files). */
  body: string;
  /** The line the body starts on (for messages about the prose). */
  bodyStartLine: number;
  data: Record<string, unknown>;
  /** Every number with the text it was written as, for the notation check. */
  numbers: readonly WrittenNumber[];
  /** Line and column of a data path; a missing path gives its nearest existing parent. */
  locate(path: readonly PropertyKey[], on?: "key" | "value"): Location;
}

export type LoadResult = { ok: true; file: LoadedFile } | { ok: false; problems: ReadProblem[] };

export function formatOf(path: string): FileFormat {
  return extname(path).toLowerCase() === ".md" ? "markdown" : "yaml";
}

export function loadFileSync(found: DiscoveredFile): LoadResult {
  if (found.problem) return { ok: false, problems: [found.problem] };
  const read = readPlanTextSync(found.absolute);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return loadText(found, read.text);
}

/** The same for bytes already read (the property tests feed the loader random bytes this way). */
export function loadBytes(found: DiscoveredFile, bytes: Uint8Array): LoadResult {
  const read = decodeText(bytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return loadText(found, read.text);
}

/** The same for text already read (`plan followup` checks the text it is about to write). */
export function loadText(found: DiscoveredFile, text: string): LoadResult {
  const format = formatOf(found.absolute);
  let yaml = text;
  let lineOffset = 0;
  let body = "";
  let bodyStartLine = 1;
  if (format === "markdown") {
    const split = splitFrontMatter(text);
    if (!split.ok) return { ok: false, problems: [split.problem] };
    ({ yaml, body, bodyStartLine } = split.value);
    lineOffset = split.value.yamlStartLine - 1;
  }
  const parsed = parseYaml(yaml, lineOffset);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const data = parsed.value.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const shape = data === null || data === undefined ? "empty" : Array.isArray(data) ? "list" : "scalar";
    return { ok: false, problems: [{ code: "document-not-mapping", at: { line: lineOffset + 1, column: 1 }, params: { found: shape } }] };
  }
  return {
    ok: true,
    file: {
      absolute: found.absolute,
      display: found.display,
      format,
      text,
      body,
      bodyStartLine,
      data: data as Record<string, unknown>,
      numbers: parsed.value.numbers,
      locate: (path, on) => locate(parsed.value, path, on),
    },
  };
}
