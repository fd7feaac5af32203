/**
 * `plan report [definition]`: the report-back to the committee as Markdown and PDF. Checks every file first;
 * any invalid file is printed and nothing is written (exit 1). Every format is rendered in memory, written to a
 * temporary file, and only then are all renamed together, so `out/` never holds half a report or a new .md beside
 * an old .pdf. Template, compiler and write failures are failures of the run (exit 2).
 */
import { dirname, join, resolve } from "node:path";
import { loadConfig } from "../config/load-config.js";
import { daysInMonth, type IsoDate, isoDate } from "../dates/local-date.js";
import { parsePeriod } from "../dates/period.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { formatText } from "../diagnostics/format-text.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { removeStaleTemps } from "../files/scratch-names.js";
import { ensureFolder, writeFilesTogether } from "../files/write-atomic.js";
import { displayPath } from "../load/discover.js";
import type { ReportDefinition } from "../model/report-definition.js";
import { creationTimestamp } from "../report/document/meta.js";
import { previousReport } from "../report/history/previous-report.js";
import { htmlOf } from "../report/html/render-html.js";
import { buildReport } from "../report/model/build-report.js";
import type { ReportDateSource, ReportLeftOut } from "../report/model/types.js";
import { markdownOf, renderDocument } from "../report/render.js";
import { bodyDiagnostics, findDefinition, monthKey, resolvePlans, type Wanted } from "../report/select.js";
import { readTemplate, TYPST_TEMPLATE } from "../report/templates.js";
import { parseDateArgument } from "../schedule/resolve-today.js";
import type { Lang } from "../text/lang.js";
import { escapeControl, quoteValue } from "../text/safe-text.js";
import { type CheckResult, checkFiles } from "../validate/check-files.js";
import type { Io } from "./io.js";
import { choice, planPaths, resolveLang } from "./options.js";
import { VERSION } from "./version.js";
import { writing } from "./write-failure.js";

export interface ReportCommandOptions {
  period?: string;
  out: string;
  format: string;
  lang?: string;
  config?: string;
  mallar?: string;
  strict?: boolean;
  mall?: string;
  today?: string;
  timeout?: string;
}

const FORMATS = ["md", "pdf", "html", "docx"] as const;
type ReportFormat = (typeof FORMATS)[number];
export const DEFAULT_TIMEOUT_SECONDS = 60;

export async function runReport(definitionPath: string | undefined, options: ReportCommandOptions, io: Io): Promise<number> {
  const formats = parseFormats(options.format);
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const timeoutName = options.timeout === undefined ? "PLAN_PDF_TIMEOUT" : "--timeout";
  const timeoutMs = parseTimeout(options.timeout ?? io.env.PLAN_PDF_TIMEOUT, lang, timeoutName) * 1000;
  const wanted: Wanted = {
    ...(definitionPath !== undefined && { path: resolve(io.cwd, definitionPath) }),
    ...(options.period !== undefined && { period: parseMonth(options.period, lang) }),
  };

  const paths = [...planPaths([], config, io, lang), ...(definitionPath === undefined ? [] : [definitionPath])];
  const checked = await checkFiles({ paths, cwd: io.cwd, config, lang });
  const invalidFiles = [...new Set(checked.diagnostics.filter((d) => d.severity === "error").map((d) => d.file))];
  if (invalidFiles.length > 0 && options.strict) return printDiagnostics(checked.diagnostics, checked.filesChecked, lang, io);

  const definition = findReportDefinition(checked, wanted, lang, io);
  if (!definition) return EXIT.findings;
  const { plans, background, department, diagnostics } = resolvePlans(definition, checked.plans, lang);
  // A plan the definition names may be in a file with errors: then it is left out, not unknown.
  const known = new Set(checked.plans.map((plan) => plan.id));
  const missingPlans = invalidFiles.length
    ? [
        ...(definition.plans ?? []),
        ...definition.keyFiguresFrom,
        ...(definition.departmentPlan === undefined ? [] : [definition.departmentPlan]),
      ].filter((id) => !known.has(id))
    : [];
  const own = [
    ...diagnostics.filter((d) => !(missingPlans.length && d.code === "report-plan-unknown")),
    ...bodyDiagnostics(definition, lang),
  ];
  if (hasErrors(own)) return printDiagnostics([...checked.diagnostics, ...own], checked.filesChecked, lang, io);
  // The plans' warnings are plan check's to show; the secretary sees errors, and the definition's own warnings.
  const problems = [...checked.diagnostics.filter((d) => d.severity === "error" || d.file === definition.file), ...own];
  if (problems.length) io.stderr(formatText(problems, { lang, color: false, filesChecked: checked.filesChecked, toolVersion: VERSION }));
  const leftOut = { files: invalidFiles, plans: missingPlans };
  if (invalidFiles.length) io.stderr(leftOutNote(leftOut, lang));

  const { date, dateSource } = reportDate(definition, options.today, io.env);
  if (dateSource !== "definition") io.stderr(dateNote(date, dateSource, definition.file, lang));
  const previous = previousReport(definition, checked.definitions, plans, { cwd: io.cwd, config, lang });
  const model = buildReport({
    definition,
    plans,
    background,
    ...(department && { department }),
    config,
    date,
    dateSource,
    leftOut,
    ...(previous && { previous }),
  });
  const projectDir = config.file ? dirname(config.file) : io.cwd;
  const templateName = parseTemplateName(options.mall, lang);
  const mdTemplate = await readTemplate(`${templateName}.md`, io.cwd, projectDir, options.mallar, lang);
  const rendered = renderDocument(model, mdTemplate, io.env.SOURCE_DATE_EPOCH, templateName);

  // The memo keeps its old name; another template's document is named after the template, so neither overwrites.
  const base = `${templateName === "rapport" ? "aterrapportering" : templateName}-${monthKey(definition.period)}`;
  const outputs: [string, string | Uint8Array][] = [];
  if (formats.has("md")) outputs.push([`${base}.md`, markdownOf(rendered)]);
  if (formats.has("html")) outputs.push([`${base}.html`, htmlOf(rendered)]);
  if (formats.has("docx")) {
    const { docxOf } = await import("../report/docx/render-docx.js");
    outputs.push([`${base}.docx`, await docxOf(rendered)]);
  }
  if (formats.has("pdf")) {
    const typst = await readTemplate(TYPST_TEMPLATE, io.cwd, projectDir, options.mallar, lang);
    // Only now: the PDF adapter (and through it the Typst compiler) costs nothing when only Markdown is asked for.
    const { compilePdf } = await import("../report/pdf/compile-pdf.js");
    const result = await compilePdf({ template: typst, document: rendered, timestamp: creationTimestamp(rendered.meta), timeoutMs, lang });
    if (!result.ok) throw new UsageError(`${lang === "sv" ? "PDF:en kunde inte skapas" : "The PDF could not be made"}: ${result.message}`);
    outputs.push([`${base}.pdf`, result.pdf]);
  }

  // Every format is complete in a temporary file before any is renamed: never a new .md beside an old .pdf.
  const outDir = resolve(io.cwd, options.out);
  const files = outputs.map(([name, content]) => ({ target: join(outDir, name), content }));
  await writing(
    async () => {
      await ensureFolder(outDir);
      await removeStaleTemps(outDir);
      await writeFilesTogether(files);
    },
    io.cwd,
    lang,
    outDir,
  );
  for (const { target } of files) io.stdout(`${lang === "sv" ? "Skrev" : "Wrote"} ${escapeControl(displayPath(io.cwd, target))}\n`);
  return invalidFiles.length ? EXIT.findings : EXIT.ok;
}

/** The definition asked for; when it cannot be found and some file has errors, those errors are the likely cause. */
function findReportDefinition(checked: CheckResult, wanted: Wanted, lang: Lang, io: Io): ReportDefinition | undefined {
  try {
    return findDefinition(checked.definitions, wanted, lang);
  } catch (error) {
    if (!hasErrors(checked.diagnostics)) throw error;
    printDiagnostics(checked.diagnostics, checked.filesChecked, lang, io);
    return undefined;
  }
}

function leftOutNote(leftOut: ReportLeftOut, lang: Lang): string {
  const files = leftOut.files.map((file) => escapeControl(file)).join(", ");
  const plans = leftOut.plans.map((id) => escapeControl(id)).join(", ");
  if (lang === "en") {
    return `plan: left out of the report, having errors: ${files}${plans ? ` (missing plans: ${plans})` : ""}. The report is marked as a draft; with --strict none is written.\n`;
  }
  return `plan: lämnades utanför rapporten, eftersom de har fel: ${files}${plans ? ` (planer som saknas: ${plans})` : ""}. Rapporten är märkt som utkast; med --strict skrivs ingen.\n`;
}

/**
 * The report's date: the definition's `datum`; without it --today (or PLAN_TODAY) when given, else the last day of
 * the period. Never the computer's clock: a report rendered again must say what it said.
 */
function reportDate(
  definition: ReportDefinition,
  flag: string | undefined,
  env: Io["env"],
): { date: IsoDate; dateSource: ReportDateSource } {
  if (definition.date !== undefined) return { date: definition.date, dateSource: "definition" };
  if (flag !== undefined) return { date: parseDateArgument(flag, "--today"), dateSource: "option" };
  if (env.PLAN_TODAY) return { date: parseDateArgument(env.PLAN_TODAY, "PLAN_TODAY"), dateSource: "option" };
  const { year, month } = definition.period;
  return { date: isoDate(year, month, daysInMonth(year, month)), dateSource: "period" };
}

function dateNote(date: IsoDate, source: ReportDateSource, file: string, lang: Lang): string {
  const why = source === "period" ? (lang === "sv" ? "periodens sista dag" : "the last day of the period") : "--today/PLAN_TODAY";
  return lang === "sv"
    ? `plan: ${escapeControl(file)} anger inget datum; rapporten avser ${date} (${why}).\n`
    : `plan: ${escapeControl(file)} gives no date; the report is as of ${date} (${why}).\n`;
}

function printDiagnostics(diagnostics: readonly Diagnostic[], filesChecked: number, lang: Lang, io: Io): number {
  io.stderr(formatText(diagnostics, { lang, color: false, filesChecked, toolVersion: VERSION }));
  io.stderr(lang === "sv" ? "Ingen rapport skrevs: rätta felen ovan först.\n" : "No report was written: fix the errors above first.\n");
  return EXIT.findings;
}

function parseMonth(value: string, lang: Lang): { year: number; month: number } {
  const parsed = parsePeriod(value);
  if (parsed.ok && parsed.kind === "month")
    return { year: Number(parsed.range.start.slice(0, 4)), month: Number(parsed.range.start.slice(5, 7)) };
  throw new UsageError(
    lang === "sv"
      ? `Ogiltig period för --period: ${quoteValue(value, 30)}. Skriv en månad, t.ex. 2025-05 eller "maj 2025".`
      : `Invalid --period: ${quoteValue(value, 30)}. Give a month, e.g. 2025-05 or "maj 2025".`,
  );
}

/** The Markdown template to use, by name: `rapport` (the memo, default) or `protokollsutdrag`, or one of the project's own. */
function parseTemplateName(value: string | undefined, lang: Lang): string {
  const name = (value ?? "rapport").replace(/\.md$/, "");
  if (/^[a-z0-9][a-z0-9_-]*$/i.test(name)) return name;
  throw new UsageError(
    lang === "sv"
      ? `Ogiltigt mallnamn för --mall: ${quoteValue(value ?? "", 30)}. Skriv ett namn som rapport eller protokollsutdrag.`
      : `Invalid --mall: ${quoteValue(value ?? "", 30)}. Give a name such as rapport or protokollsutdrag.`,
  );
}

/** `md`, `pdf,docx`, …: the formats to write, any order; `both` is the older name for `md,pdf`. */
function parseFormats(value: string): Set<ReportFormat> {
  const names = value.split(",").flatMap((name) => (name.trim() === "both" ? ["md", "pdf"] : [name.trim()]));
  return new Set(names.map((name) => choice(name, FORMATS, "--format")));
}

function parseTimeout(value: string | undefined, lang: Lang, name = "--timeout"): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds > 0 && seconds <= 3600) return seconds;
  throw new UsageError(
    lang === "sv"
      ? `Ogiltig ${name}: ${quoteValue(value, 20)}. Ange sekunder, 1–3600.`
      : `Invalid ${name}: ${quoteValue(value, 20)}. Give seconds, 1–3600.`,
  );
}
