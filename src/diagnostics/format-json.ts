/**
 * `--format json`: for programs. The shape is stable and versioned; a change that breaks a reader bumps `version`.
 *
 *   {
 *     "version": 1,
 *     "summary": { "filesChecked": 7, "errors": 3, "warnings": 1 },
 *     "diagnostics": [
 *       { "code", "severity": "error" | "warning", "message", "hint"?, "file", "line", "column", "endLine"?, "endColumn"? }
 *     ]
 *   }
 *
 * Diagnostics are sorted by file, line, column, code. Optional keys are absent rather than null. `line` and
 * `column` are 1-based, 0 for the whole file. Strings are the data as-is: terminal-unsafe characters are written as
 * JSON `\u` escapes, which a parser turns back into the same string.
 */

import { stringifyJson } from "../text/safe-text.js";
import { type Diagnostic, sortDiagnostics } from "./diagnostic.js";
import { countSeverities, type FormatContext } from "./format-context.js";

export const JSON_FORMAT_VERSION = 1;

export interface JsonDiagnostic {
  code: string;
  severity: Diagnostic["severity"];
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  summary: { filesChecked: number; errors: number; warnings: number };
  diagnostics: JsonDiagnostic[];
}

/** Copies the known fields in a fixed order, so the output never depends on how a Diagnostic was built. */
function toJson(d: Diagnostic): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
  };
}

export function formatJson(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const sorted = sortDiagnostics(diagnostics);
  const report: JsonReport = {
    version: JSON_FORMAT_VERSION,
    summary: { filesChecked: ctx.filesChecked, ...countSeverities(sorted) },
    diagnostics: sorted.map(toJson),
  };
  return `${stringifyJson(report)}\n`;
}
