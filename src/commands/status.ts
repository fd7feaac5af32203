/**
 * `plan status [paths…]`: the overview of every plan, one row each, most urgent first (schedule/plan-status.ts):
 * a cli-table3 table for people, `--format json` for programs. Invalid files are reported on stderr and skipped.
 * Exit 0; 1 when a file was skipped; 2 when the run itself fails.
 */
import Table from "cli-table3";
import { isDone } from "../config/defaults.js";
import { loadConfig } from "../config/load-config.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { dueItems } from "../schedule/due-items.js";
import { breakLongWords } from "../schedule/format/table.js";
import { type PlanStatus, planStatuses } from "../schedule/plan-status.js";
import { resolveToday } from "../schedule/resolve-today.js";
import type { Lang } from "../text/lang.js";
import { escapeControl, neutraliseLines, stringifyJson } from "../text/safe-text.js";
import { styles } from "../text/styles.js";
import { checkFiles } from "../validate/check-files.js";
import { DEFAULT_WITHIN } from "./due.js";
import type { Io } from "./io.js";
import { choice, planPaths, resolveLang, useColor } from "./options.js";
import { reportSkipped } from "./skipped-files.js";

export interface StatusCommandOptions {
  format: string;
  today?: string;
  lang?: string;
  config?: string;
}

const FORMATS = ["table", "json"] as const;
export const STATUS_JSON_VERSION = 1;

export async function runStatus(paths: string[], options: StatusCommandOptions, io: Io): Promise<number> {
  const format = choice(options.format, FORMATS, "--format");
  const today = resolveToday({ flag: options.today, env: io.env, now: io.now });
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const result = await checkFiles({ paths: planPaths(paths, config, io, lang), cwd: io.cwd, config, lang });
  if (result.filesChecked === 0) {
    throw new UsageError(
      { sv: "Inga planfiler hittades (.md, .yaml, .yml).", en: "No plan files found (.md, .yaml, .yml)." },
      2,
      "no-plan-files",
    );
  }
  const skipped = reportSkipped("status", result, lang, io);
  const done = (status: string | undefined) => isDone(config, status);
  const items = dueItems(result.plans, { today, within: DEFAULT_WITHIN, reportMonths: config.reportMonths, isDone: done });
  const rows = planStatuses(result.plans, items, today);
  if (format === "json") {
    io.stdout(`${stringifyJson({ version: STATUS_JSON_VERSION, today, within: DEFAULT_WITHIN, skippedFiles: skipped, plans: rows })}\n`);
  } else {
    io.stdout(statusTable(rows, today, lang, useColor(io, "text")));
  }
  return skipped.length > 0 ? EXIT.findings : EXIT.ok;
}

/** Plan, Enhet, Ägare and Åtgärder are wrapped to these widths (padding included); the rest fit their cells. */
const WIDTHS = [34, 18, 14, 22, null, null, null, null];
const wrapped = (text: string, column: number) => breakLongWords(escapeControl(text), (WIDTHS[column] ?? 0) - 2);

const HEADERS = {
  sv: ["Plan", "Enhet", "Ägare", "Åtgärder", "Försenat", "Snart", "Senaste uppföljning", "Revideras senast"],
  en: ["Plan", "Unit", "Owner", "Measures", "Overdue", "Due soon", "Last follow-up", "Revise by"],
};

function statusTable(rows: readonly PlanStatus[], today: string, lang: Lang, color: boolean): string {
  const c = styles(color);
  const table = new Table({
    head: HEADERS[lang].map((title) => c.bold(title)),
    colWidths: WIDTHS,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    const statuses = wrapped(
      row.statuses.map((s) => `${s.count} ${s.status || (lang === "sv" ? "utan status" : "no status")}`).join(", ") || "–",
      3,
    );
    const revise = row.reviseBy
      ? row.revisionPassed
        ? c.red(`${row.reviseBy} (${lang === "sv" ? "passerat" : "passed"})`)
        : row.reviseBy
      : "–";
    table.push([
      `${wrapped(row.planId, 0)}\n${c.dim(wrapped(row.file, 0))}`,
      wrapped(row.unit, 1),
      wrapped(row.owner ?? "–", 2),
      statuses,
      row.overdue > 0 ? c.red(String(row.overdue)) : "0",
      row.dueSoon > 0 ? c.yellow(String(row.dueSoon)) : "0",
      row.lastFollowUp ?? (lang === "sv" ? "ingen" : "none"),
      revise,
    ]);
  }
  const overdue = rows.filter((row) => row.overdue > 0).length;
  const summary =
    lang === "sv"
      ? `${rows.length} planer, ${overdue} med något försenat (per ${today}).`
      : `${rows.length} plans, ${overdue} with something overdue (as of ${today}).`;
  return neutraliseLines(`${table.toString()}\n${c.bold(summary)}\n`);
}
