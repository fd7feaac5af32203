/** "Today" for `plan due` and `plan followup`: `--today`, else PLAN_TODAY, else the local date of the clock. */
import { type IsoDate, parseIsoDate, todayLocal } from "../dates/local-date.js";
import { UsageError } from "../diagnostics/run-error.js";
import { quoteValue } from "../text/safe-text.js";

export interface TodaySources {
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
}

export function resolveToday({ flag, env, now }: TodaySources): IsoDate {
  const [source, value] = flag !== undefined ? ["--today", flag] : env.PLAN_TODAY ? ["PLAN_TODAY", env.PLAN_TODAY] : [undefined, undefined];
  if (source === undefined || value === undefined) return todayLocal(now());
  return parseDateArgument(value, source);
}

/** A date given on the command line: exactly YYYY-MM-DD and a day the calendar has, or a one-line usage error. */
export function parseDateArgument(value: string, source: string, exitCode: 1 | 2 = 2): IsoDate {
  const date = parseIsoDate(value.trim());
  if (date) return date;
  const shown = quoteValue(value, 30);
  throw new UsageError(
    {
      sv: `Ogiltigt datum för ${source}: ${shown}. Skriv ÅÅÅÅ-MM-DD med en dag som finns i kalendern.`,
      en: `Invalid date for ${source}: ${shown}. Write YYYY-MM-DD with a day the calendar has.`,
    },
    exitCode,
    "option-invalid",
  );
}
