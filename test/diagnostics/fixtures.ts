/** Shared inputs for the formatter tests. */
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { FormatContext } from "../../src/diagnostics/formatters.js";

/** Deliberately out of order: every formatter must sort. */
export const sample: Diagnostic[] = [
  {
    code: "date-invalid",
    severity: "error",
    message: "Datumet 2024-02-30 finns inte.",
    hint: "Skriv datumet som ÅÅÅÅ-MM-DD.",
    file: "plans/b.md",
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 15,
  },
  { code: "file-empty", severity: "error", message: "Filen är tom.", file: "plans/a.md", line: 0, column: 0 },
  { code: "key-unknown", severity: "warning", message: 'Okänd nyckel "titel".', file: "plans/b.md", line: 3, column: 1 },
  { code: "schema-required", severity: "error", message: "Nyckeln id saknas.", file: "plans/b.md", line: 1, column: 1 },
];

export function ctx(overrides: Partial<FormatContext> = {}): FormatContext {
  return { lang: "sv", color: false, filesChecked: 7, toolVersion: "1.2.3", ...overrides };
}

/** Things a hostile or broken file name or value might contain. */
export const hostile: Diagnostic[] = [
  {
    code: "file-empty",
    severity: "error",
    message: "::set-output name=x::pwned",
    hint: "::add-mask::secret\n::error::forged",
    file: "plans/evil\n::error file=x::forged\x1b[2J.md",
    line: 2,
    column: 3,
  },
  {
    code: "schema-value",
    severity: "warning",
    message: "100% wrong, a:b\r::stop-commands::tok ##[error]old-style",
    file: "::plans/50%,a:b.md",
    line: 0,
    column: 0,
  },
  {
    code: "key-unknown",
    severity: "error",
    message: "bidi \u202e reversed \u2028 separated \x9b31m c1 \x7f del",
    file: "  ::indented.md",
    line: 1,
    column: 1,
  },
];

/**
 * The lines the GitHub Actions runner would treat as workflow commands, modelled on actions/runner: it splits
 * lines at CR, LF or CRLF, trims leading whitespace (including NEL) before looking for `::`, and finds the old
 * `##[` syntax anywhere in a line.
 */
export function runnerCommandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.replace(/^[\s\u0085]+/, "").startsWith("::") || line.includes("##["));
}
