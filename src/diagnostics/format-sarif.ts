/**
 * `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.
 * One run; one rule per distinct code (ids only: the catalogue is in docs/diagnostics.md); one result per
 * diagnostic. The hint is appended to the message text, since viewers show only the message.
 */

import { stringifyJson } from "../text/safe-text.js";
import { type Diagnostic, sortDiagnostics } from "./diagnostic.js";
import type { FormatContext } from "./format-context.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion } }[];
}

export interface SarifLog {
  $schema: typeof SARIF_SCHEMA;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: SarifResult[];
  }[];
}

/** Each path segment percent-encoded (spaces, `%`, `#`, `?`, non-ASCII), so the result is a valid URI reference. */
function encodeSegments(path: string): string {
  // encodeURIComponent throws on a lone surrogate; a path that has one cannot be named exactly anyway.
  const wellFormed = path.replace(/[\ud800-\udfff]/gu, "\ufffd");
  return wellFormed.split("/").map(encodeURIComponent).join("/");
}

/**
 * A file path as a SARIF artifact URI. Backslashes become slashes whatever the platform, because a SARIF file is
 * read elsewhere (a Linux name with a backslash in it is the rare loser). Relative paths stay relative (code
 * scanning resolves them against the checkout); absolute ones become `file:` URIs.
 */
export function toArtifactUri(file: string): string {
  const path = file.replaceAll("\\", "/");
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return `file:///${drive[1]}:/${encodeSegments(path.slice(3))}`;
  if (path.startsWith("//")) return `file://${encodeSegments(path.slice(2))}`;
  if (path.startsWith("/")) return `file://${encodeSegments(path)}`;
  return encodeSegments(path.replace(/^(\.\/)+/, ""));
}

/** SARIF lines and columns start at 1; 0 here means "whole file" or "unknown", so those are left out. */
function region(d: Diagnostic): SarifRegion | undefined {
  if (d.line <= 0) return undefined;
  const r: SarifRegion = { startLine: d.line };
  if (d.column > 0) r.startColumn = d.column;
  if (d.endLine !== undefined && d.endLine >= d.line) r.endLine = d.endLine;
  if (d.endColumn !== undefined && d.endColumn > 0) r.endColumn = d.endColumn;
  return r;
}

export function formatSarif(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const sorted = sortDiagnostics(diagnostics);
  const ruleIds = [...new Set(sorted.map((d) => d.code))].sort();
  const results = sorted.map((d): SarifResult => {
    const r = region(d);
    return {
      ruleId: d.code,
      ruleIndex: ruleIds.indexOf(d.code),
      level: d.severity,
      message: { text: d.hint ? `${d.message} — ${d.hint}` : d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: toArtifactUri(d.file) }, ...(r ? { region: r } : {}) } }],
    };
  });
  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "plan", version: ctx.toolVersion, rules: ruleIds.map((id) => ({ id })) } }, results }],
  };
  return `${stringifyJson(log)}\n`;
}
