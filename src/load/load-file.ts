/**
 * One file from disk to data: read safely, split front matter (.md), parse YAML with positions.
 * Any failure, of whatever kind, becomes that file's problem list; nothing here throws for bad input.
 */
import { sep } from "node:path";
import type { Location } from "../diagnostics/messages.js";
import { type DiscoveredFile, extensionOf } from "./discover.js";
import { splitFrontMatter } from "./front-matter.js";
import { blockLocator } from "./block-locate.js";
import type { ValuePositions } from "./block-yaml.js";
import { fastParse } from "./fast-yaml.js";
import { recordedPosition } from "./value-positions.js";
import { locate, parseYaml, type ParsedYaml } from "./parse-yaml.js";
import { readPlanTextSync, type ReadProblem } from "./read-text.js";

export type FileFormat = "markdown" | "yaml";

export interface LoadedFile {
  absolute: string;
  display: string;
  format: FileFormat;
  /** The whole text, BOM removed and line endings normalised to LF. */
  text: string;
  /** The Markdown body after the front matter (empty for YAML files). */
  body: string;
  data: Record<string, unknown>;
  /** "fast" when js-yaml read it: then any finding must be re-judged on the exact path (see fast-yaml.ts). */
  parsedBy: "fast" | "exact";
  /** Line and column of a data path; a missing path gives its nearest existing parent. */
  locate(path: readonly PropertyKey[], on?: "key" | "value"): Location;
  /**
   * Many value positions at once (line and column, no end), for plan due. On a fast-path file as the block reader
   * recorded them (path "located"), else by indentation where that is certain (block-locate.ts), else by one
   * exact parse that is not kept afterwards.
   */
  locateAll(paths: readonly (readonly PropertyKey[])[]): Location[];
}

export type LoadResult = { ok: true; file: LoadedFile } | { ok: false; problems: ReadProblem[] };

export function formatOf(path: string): FileFormat {
  return extensionOf(path.slice(path.lastIndexOf(sep) + 1)).toLowerCase() === ".md" ? "markdown" : "yaml";
}

/**
 * "fast" (block reader or js-yaml, positions found again on demand), "located" (the same, also recording where
 * values start while reading, for the many positions of `plan due`), or "exact" (`yaml`, for findings).
 */
export type ParsePath = "fast" | "located" | "exact";

export async function loadFile(found: DiscoveredFile, path: ParsePath = "fast"): Promise<LoadResult> {
  return loadFileSync(found, path);
}

export function loadFileSync(found: DiscoveredFile, path: ParsePath = "fast"): LoadResult {
  const read = readPlanTextSync(found.absolute, found.regular);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return loadText(found, read.text, path, read.clean);
}

/** `clean`: the text is known to hold nothing the block reader declines (ReadResult.clean). */
export function loadText(found: DiscoveredFile, text: string, path: ParsePath = "fast", clean = false): LoadResult {
  const format = formatOf(found.absolute);
  let yamlText = text;
  let lineOffset = 0;
  let body = "";
  if (format === "markdown") {
    const split = splitFrontMatter(text);
    if (!split.ok) return { ok: false, problems: [split.problem] };
    yamlText = split.value.yaml;
    lineOffset = split.value.yamlStartLine - 1;
    body = split.value.body;
  }
  if (path !== "exact") {
    const positions: ValuePositions | undefined = path === "located" ? new Map() : undefined;
    const data = fastParse(yamlText, positions, clean);
    if (isMapping(data)) {
      // Positions are only needed for findings and due items; the exact parse that knows them runs on demand and
      // is never kept: a yaml Document per file would hold hundreds of megabytes at ten thousand plans.
      const exactAll = (paths: readonly (readonly PropertyKey[])[], on?: "key" | "value") => {
        const parsed = parseYaml(yamlText, lineOffset);
        return paths.map((at) => (parsed.ok ? locate(parsed.value, at, on) : { line: lineOffset + 1, column: 1 }));
      };
      // Many positions at once (plan due): as recorded while reading, else by indentation where that is certain,
      // and the exact parse for the rest.
      const locateAll = (paths: readonly (readonly PropertyKey[])[]) => {
        if (paths.length === 0) return [];
        const recorded = positions?.size ? paths.map((at) => recordedPosition(data, positions, at, lineOffset)) : [];
        if (recorded.length > 0 && recorded.every((at) => at !== undefined)) return recorded as Location[];
        const quick = blockLocator(yamlText, lineOffset);
        const found = paths.map((at, i) => recorded[i] ?? quick(at));
        const missing = paths.filter((_, i) => !found[i]);
        if (missing.length === 0) return found as Location[];
        const exact = exactAll(missing);
        return found.map((at) => at ?? exact.shift()!);
      };
      const file: LoadedFile = {
        ...found,
        format,
        text,
        body,
        data,
        parsedBy: "fast",
        locate: (at, on) => exactAll([at], on)[0]!,
        locateAll,
      };
      return { ok: true, file };
    }
  }
  const parsed = parseYaml(yamlText, lineOffset);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const data = parsed.value.data;
  if (!isMapping(data)) {
    const found_ = data === null || data === undefined ? "tomt" : Array.isArray(data) ? "en lista" : `ett enkelt värde`;
    return { ok: false, problems: [{ code: "document-not-mapping", at: { line: lineOffset + 1, column: 1 }, params: { found: found_ } }] };
  }
  return { ok: true, file: fileFrom(found, format, text, body, data as Record<string, unknown>, parsed.value) };
}

function fileFrom(
  found: DiscoveredFile,
  format: FileFormat,
  text: string,
  body: string,
  data: Record<string, unknown>,
  parsed: ParsedYaml,
): LoadedFile {
  return {
    ...found,
    format,
    text,
    body,
    data,
    parsedBy: "exact",
    locate: (path, on) => locate(parsed, path, on),
    locateAll: (paths) => paths.map((path) => locate(parsed, path)),
  };
}

function isMapping(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}
