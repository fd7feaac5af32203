/** What every formatter gets besides the diagnostics. Its own file so the formatters and the registry can share it. */
import type { Lang } from "../text/lang.js";
import type { Diagnostic } from "./diagnostic.js";

export interface FormatContext {
  /** Language of the run; messages already are in it, formatters use it for their own words. */
  lang: Lang;
  /** Only the text format colours, and only when this is true (decided by the CLI, never auto-detected). */
  color: boolean;
  filesChecked: number;
  toolVersion: string;
}

/** The whole output for a list of diagnostics; ends with a newline when it is not empty. */
export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return { errors, warnings: diagnostics.length - errors };
}
