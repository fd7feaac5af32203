/**
 * A failure of the run itself (bad arguments, no such path, unreadable config): exit code 2, or 1 for a refusal
 * (a follow-up that would break the file). Thrown anywhere below the CLI and turned into one line on stderr in one
 * place (src/cli.ts), in the run's language when the thrower gave both; `code` is stable (docs/diagnostics.md, "Run
 * errors") and is what `--format json` puts in its error object.
 */
import type { Lang, Texts } from "../text/lang.js";

export type RunErrorCode =
  | "usage"
  | "option-invalid"
  | "path-missing"
  | "no-project"
  | "no-plan-files"
  | "config-invalid"
  | "plan-unknown"
  | "measure-unknown"
  | "followup-refused"
  | "followup-empty"
  | "file-exists"
  | "write-failed"
  | "template-invalid"
  | "import-failed"
  | "report-failed";

export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly texts: Texts;
  constructor(
    message: string | Texts,
    readonly exitCode: 1 | 2 = 2,
    readonly code: RunErrorCode = "usage",
  ) {
    super(typeof message === "string" ? message : message.sv);
    this.texts = typeof message === "string" ? { sv: message, en: message } : message;
  }

  text(lang: Lang): string {
    return this.texts[lang];
  }
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
