/**
 * `--format github`: one workflow command per diagnostic, which GitHub Actions turns into an annotation on the file
 * and line. Syntax: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE::MESSAGE`.
 *
 * The runner decodes `%25`, `%0D` and `%0A` in the message and additionally `%3A` and `%2C` in properties (the same
 * encoding as vitest's github-actions reporter and @actions/core). Encoding CR and LF is what keeps each command on
 * one line, so nothing in a file name or message can start a command of its own. Other control characters are made
 * visible with escapeControl first; the runner would pass them through to the log.
 */

import { escapeControl } from "../text/safe-text.js";
import { type Diagnostic, sortDiagnostics } from "./diagnostic.js";
import type { FormatContext } from "./format-context.js";

export function escapeData(s: string): string {
  return escapeControl(s, { keepNewlines: true }).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function annotation(d: Diagnostic): string {
  const props: string[] = [];
  if (d.file) props.push(`file=${escapeProperty(d.file)}`);
  // Line 0 is the whole file: an annotation without a line is shown on the file.
  if (d.line > 0) {
    props.push(`line=${d.line}`);
    if (d.column > 0) props.push(`col=${d.column}`);
    if (d.endLine !== undefined && d.endLine > 0) props.push(`endLine=${d.endLine}`);
    if (d.endColumn !== undefined && d.endColumn > 0) props.push(`endColumn=${d.endColumn}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const message = d.hint ? `${d.message} — ${d.hint}` : d.message;
  return `::${d.severity} ${props.join(",")}::${escapeData(message)}`;
}

export function formatGithub(diagnostics: readonly Diagnostic[], _ctx: FormatContext): string {
  const lines = sortDiagnostics(diagnostics).map(annotation);
  return lines.length ? `${lines.join("\n")}\n` : "";
}
