/**
 * `--format text`: for people at a terminal. Grouped by file like eslint's "stylish", with a summary line in the
 * run's language. Every user-derived string goes through escapeControl and every line through neutraliseLine, so a
 * hostile file name can neither drive the terminal nor speak to a CI runner.
 */
import type { Lang } from "../text/lang.js";
import { escapeControl, neutraliseLine, neutraliseLines } from "../text/safe-text.js";
import { type Styles, styles } from "../text/styles.js";
import { type Diagnostic, type Severity, sortDiagnostics } from "./diagnostic.js";
import { countSeverities, type FormatContext } from "./format-context.js";

const LABELS: Record<Lang, Record<Severity, string>> = {
  sv: { error: "fel", warning: "varning" },
  en: { error: "error", warning: "warning" },
};

/** "2 filer", "1 error": the few plurals the summary needs. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(lang: Lang, errors: number, warnings: number, filesWithProblems: number, filesChecked: number): string {
  const sv = lang === "sv";
  if (errors === 0 && warnings === 0) {
    return sv
      ? `✔ ${count(filesChecked, "fil kontrollerad", "filer kontrollerade")}, inga fel.`
      : `✔ ${count(filesChecked, "file checked", "files checked")}, no errors.`;
  }
  const parts = [
    errors > 0 ? (sv ? count(errors, "fel", "fel") : count(errors, "error", "errors")) : "",
    warnings > 0 ? (sv ? count(warnings, "varning", "varningar") : count(warnings, "warning", "warnings")) : "",
  ].filter(Boolean);
  const where = sv
    ? `i ${filesWithProblems} av ${count(filesChecked, "fil", "filer")}`
    : `in ${filesWithProblems} of ${count(filesChecked, "file", "files")}`;
  return `${errors > 0 ? "✖" : "⚠"} ${parts.join(sv ? " och " : " and ")} ${where}.`;
}

/** "12:5"; nothing at all for line 0, which means the whole file. */
function position(d: Diagnostic): string {
  if (d.line <= 0) return "";
  return d.column > 0 ? `${d.line}:${d.column}` : `${d.line}`;
}

function formatGroup(file: string, group: readonly Diagnostic[], lang: Lang, c: Styles): string[] {
  // Neutralised before colouring too: the file name is the one piece of user data that starts a line.
  const lines = [c.underline(neutraliseLine(escapeControl(file)))];
  // Align positions within the file and severities across the language, as a table would.
  const posWidth = Math.max(...group.map((d) => position(d).length));
  const sevWidth = Math.max(...Object.values(LABELS[lang]).map((label) => label.length));
  for (const d of group) {
    const pos = posWidth > 0 ? `${c.dim(position(d).padEnd(posWidth))}  ` : "";
    const label = LABELS[lang][d.severity].padEnd(sevWidth);
    const severity = d.severity === "error" ? c.red(label) : c.yellow(label);
    lines.push(`  ${pos}${severity}  ${escapeControl(d.message)}  ${c.dim(`[${escapeControl(d.code)}]`)}`);
    if (d.hint) lines.push(`    ${c.cyan("→")} ${escapeControl(d.hint)}`);
  }
  return lines;
}

export function formatText(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const c = styles(ctx.color);
  const sorted = sortDiagnostics(diagnostics);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }

  const lines: string[] = [];
  for (const [file, group] of groups) lines.push(...formatGroup(file, group, ctx.lang, c), "");

  const { errors, warnings } = countSeverities(sorted);
  const summary = summaryLine(ctx.lang, errors, warnings, groups.size, ctx.filesChecked);
  const paint = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.green;
  lines.push(paint(c.bold(summary)));

  return `${neutraliseLines(lines.join("\n"))}\n`;
}
