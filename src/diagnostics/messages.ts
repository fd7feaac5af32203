/**
 * The diagnostic catalogue: every code `plan check` can report, with its message and hint in Swedish and English.
 * Codes never change once released (docs/diagnostics.md lists them). A message says what is wrong; the hint says
 * what to do. Neither contains the location: the formatter prints that.
 */
import type { Lang } from "../text/lang.js";
import { showInvisible } from "../text/safe-text.js";
import { CONTENT_CODES } from "./codes-content.js";
import { READING_CODES } from "./codes-reading.js";
import type { Diagnostic } from "./diagnostic.js";
import type { Entry, Params } from "./entry.js";

export type { Params } from "./entry.js";

export const CATALOGUE = { ...READING_CODES, ...CONTENT_CODES };

export type DiagnosticCode = keyof typeof CATALOGUE;

export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const WHOLE_FILE: Location = { line: 0, column: 0 };

/**
 * Builds a diagnostic from the catalogue; the only place message text is chosen. Every parameter is user text or
 * derived from it, so each is shown with its invisible characters visible, whatever the caller did.
 */
export function diagnostic(code: DiagnosticCode, file: string, at: Location, lang: Lang, given: Params = {}): Diagnostic {
  const entry: Entry = CATALOGUE[code];
  const params: Params = {};
  for (const [key, value] of Object.entries(given)) params[key] = typeof value === "string" ? showInvisible(value) : value;
  const hint = entry.hint?.[lang](params);
  return {
    code,
    severity: entry.severity,
    message: entry[lang](params),
    ...(hint ? { hint } : {}),
    file,
    ...at,
  };
}
