/**
 * `plan due [paths…]`: what is overdue or due soon. Invalid plan files are reported on stderr and skipped; the
 * valid ones are still listed. Exit 0, or 1 with `--fail-on` when there is such an item (or a skipped file,
 * since then nothing can be promised about it); 2 when the run itself fails (bad option, no files).
 */
import { type Config, isDone, MAX_REMINDER_DAYS, positionOf } from "../config/defaults.js";
import { loadConfig } from "../config/load-config.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { dueItems } from "../schedule/due-items.js";
import { type DueFilter, filterItems } from "../schedule/filter.js";
import { DUE_FORMATS, formatters } from "../schedule/format/index.js";
import { resolveToday } from "../schedule/resolve-today.js";
import type { DueItem } from "../schedule/types.js";
import { quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";
import { checkFiles } from "../validate/check-files.js";
import { roleCode } from "../validate/rules/roles.js";
import type { Io } from "./io.js";
import { choice, planPaths, resolveLang, useColor } from "./options.js";
import { reportSkipped } from "./skipped-files.js";
import { VERSION } from "./version.js";

export interface DueCommandOptions {
  format: string;
  today?: string;
  within?: string;
  ansvarig?: string;
  plan?: string;
  status?: string;
  failOn?: string;
  lang?: string;
  config?: string;
  påminnelse?: string;
}

export const DEFAULT_WITHIN = 14;
const MAX_WITHIN = 3660;
const FAIL_ON = ["overdue", "due-soon"] as const;
/** The Swedish words for --fail-on, as the rest of the interface speaks; the English ones are accepted too. */
const FAIL_ON_SV: Record<string, (typeof FAIL_ON)[number]> = { försenad: "overdue", försenat: "overdue", snart: "due-soon" };

export async function runDue(paths: string[], options: DueCommandOptions, io: Io): Promise<number> {
  const format = choice(options.format, DUE_FORMATS, "--format");
  const failOn = options.failOn === undefined ? undefined : (FAIL_ON_SV[options.failOn] ?? choice(options.failOn, FAIL_ON, "--fail-on"));
  const today = resolveToday({ flag: options.today, env: io.env, now: io.now });
  const within = parseWithin(options.within);
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);

  const filter: DueFilter = { ...checkedFilter(options, config), ...(options.plan !== undefined && { planId: options.plan }) };
  const result = await checkFiles({ paths: planPaths(paths, config, io, lang), cwd: io.cwd, config, lang });
  if (result.filesChecked === 0) {
    throw new UsageError(
      { sv: "Inga planfiler hittades (.md, .yaml, .yml).", en: "No plan files found (.md, .yaml, .yml)." },
      2,
      "no-plan-files",
    );
  }
  const skippedFiles = reportSkipped("due", result, lang, io);
  if (options.plan !== undefined && !result.plans.some((plan) => plan.id === options.plan)) {
    const planIds = result.plans.map((plan) => plan.id).sort();
    throw unknown(
      "--plan",
      options.plan,
      planIds,
      ["planen finns inte bland de giltiga planfilerna", "no valid plan file has this plan"],
      "plan-unknown",
    );
  }
  const done = (status: string | undefined) => isDone(config, status);
  const roleName = (written: string) => positionOf(config, written) ?? written;
  const all = dueItems(result.plans, { today, within, reportMonths: config.reportMonths, isDone: done, roleName });
  const items = filterItems(all, filter);
  const ctx = {
    lang,
    color: useColor(io, format === "table" ? "text" : format),
    today,
    within,
    roleTitles: config.roles,
    ...(filter.role !== undefined && { roleFilter: filter.role, roleFilterExact: filter.exactRole ?? false }),
    skippedFiles,
    reminderDays: parseReminder(options.påminnelse) ?? config.reminderDays,
    toolVersion: VERSION,
  };
  io.stdout(formatters[format](items, ctx));
  return exitCode(items, failOn, skippedFiles.length > 0);
}

function exitCode(items: readonly DueItem[], failOn: (typeof FAIL_ON)[number] | undefined, skipped: boolean): number {
  if (failOn === undefined) return EXIT.ok;
  const failing = failOn === "overdue" ? items.some((item) => item.state === "overdue") : items.length > 0;
  return failing || skipped ? EXIT.findings : EXIT.ok;
}

function parseWithin(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WITHIN;
  const n = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (Number.isInteger(n) && n <= MAX_WITHIN) return n;
  const shown = quoteValue(value, 20);
  throw new UsageError(
    {
      sv: `Ogiltigt värde för --within: ${shown}. Ange ett antal dagar, 0–${MAX_WITHIN}.`,
      en: `Invalid value for --within: ${shown}. Give a number of days, 0–${MAX_WITHIN}.`,
    },
    2,
    "option-invalid",
  );
}

/** `--påminnelse`: days before a calendar event that it reminds, overriding the config's `påminnelse_dagar`. */
function parseReminder(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (Number.isInteger(n) && n <= MAX_REMINDER_DAYS) return n;
  const shown = quoteValue(value, 20);
  throw new UsageError(
    {
      sv: `Ogiltigt värde för --påminnelse: ${shown}. Ange ett antal dagar, 0–${MAX_REMINDER_DAYS} (0 = ingen).`,
      en: `Invalid value for --påminnelse: ${shown}. Give a number of days, 0–${MAX_REMINDER_DAYS} (0 = none).`,
    },
    2,
    "option-invalid",
  );
}

/** Filters checked against the config, so a typo is an error with a suggestion rather than an empty list. */
function checkedFilter(options: DueCommandOptions, config: Config): DueFilter {
  const filter: DueFilter = {};
  if (options.ansvarig !== undefined && config.positions) {
    const name = positionOf(config, options.ansvarig);
    if (!name)
      throw unknown(
        "--ansvarig",
        options.ansvarig,
        config.positions.map((p) => p.name),
        ["ingen befattning i konfigurationen", "no position in the config"],
      );
    filter.role = name;
    filter.exactRole = true;
  } else if (options.ansvarig !== undefined) {
    const codes = Object.keys(config.roles);
    const code = codes.find((c) => c.toLowerCase() === roleCode(options.ansvarig!).toLowerCase());
    if (!code) throw unknown("--ansvarig", roleCode(options.ansvarig), codes, ["okänd rollkod", "unknown role code"]);
    filter.role = options.ansvarig.trim();
  }
  if (options.status !== undefined) {
    const statuses = Object.keys(config.statuses);
    if (!statuses.includes(options.status)) throw unknown("--status", options.status, statuses, ["okänd status", "unknown status"]);
    filter.status = options.status;
  }
  return filter;
}

function unknown(
  flag: string,
  value: string,
  known: readonly string[],
  [what, whatEn]: [string, string],
  code: "option-invalid" | "plan-unknown" = "option-invalid",
): UsageError {
  const guess = suggest(value, known);
  const valid = known.slice(0, 12).join(", ");
  const hint = guess
    ? [` Menade du ${quoteValue(guess)}?`, ` Did you mean ${quoteValue(guess)}?`]
    : known.length
      ? [` Giltiga: ${valid}.`, ` Valid: ${valid}.`]
      : ["", ""];
  const shown = `${flag} ${quoteValue(value, 30)}`;
  return new UsageError({ sv: `${shown}: ${what}.${hint[0]}`, en: `${shown}: ${whatEn}.${hint[1]}` }, 2, code);
}
