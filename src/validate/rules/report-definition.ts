/**
 * The named rules `plan check` runs on a schema-valid report definition, after its own schema: the same kind of
 * small pure checks as for plans, reusing their codes where the problem is the same (`date-invalid`,
 * `diarienummer-format`). Cross-file problems (a plan id that no file has) are found when the report is built.
 */

import { parseIsoDate } from "../../dates/local-date.js";
import { parsePeriod } from "../../dates/period.js";
import { type Finding, formatPath } from "../../diagnostics/finding.js";
import { TEXT_TOKENS, unknownTokens } from "../../model/report-tokens.js";
import type { ReportDefinitionFile } from "../../schema/report-schema.js";
import { quoteValue } from "../../text/safe-text.js";
import { suggest } from "../../text/suggest.js";
import { DIARIENUMMER } from "./diarienummer.js";
import type { Rule } from "./rule.js";

export type ReportRule = Rule<ReportDefinitionFile>;

function* dateFields(def: ReportDefinitionFile): Generator<[readonly PropertyKey[], string]> {
  if (def.datum !== undefined) yield [["datum"], def.datum];
  if (def.sammanträde !== undefined) yield [["sammanträde"], def.sammanträde];
  if (def.uppdrag?.datum !== undefined) yield [["uppdrag", "datum"], def.uppdrag.datum];
}

const realDates: ReportRule = {
  name: "report-real-dates",
  check: (def) =>
    [...dateFields(def)]
      .filter(([, value]) => parseIsoDate(value) === undefined)
      .map(([path, value]) => ({ code: "date-invalid", path, params: { key: formatPath(path), value: quoteValue(value) } })),
};

/** The period is a month, because a report-back is due in a month ("Återrapportering ska ske i maj 2025"). */
const periodIsMonth: ReportRule = {
  name: "report-period",
  check(def, config) {
    const parsed = parsePeriod(def.period);
    if (!parsed.ok || parsed.kind !== "month") {
      return [{ code: "report-period-invalid", path: ["period"], params: { value: quoteValue(def.period) } }];
    }
    const month = Number(parsed.range.start.slice(5, 7));
    if (config.reportMonths.includes(month)) return [];
    return [{ code: "report-period-unscheduled", path: ["period"], params: { value: quoteValue(def.period) } }];
  },
};

const diarienummer: ReportRule = {
  name: "report-diarienummer",
  check(def) {
    const fields: [readonly PropertyKey[], string | undefined][] = [
      [["diarienummer"], def.diarienummer],
      [["uppdrag", "diarienummer"], def.uppdrag?.diarienummer],
    ];
    return fields
      .filter((field): field is [readonly PropertyKey[], string] => field[1] !== undefined && !DIARIENUMMER.test(field[1]))
      .map(([path, value]) => ({ code: "diarienummer-format", path, params: { value: quoteValue(value) } }));
  },
};

const knownTokens: ReportRule = {
  name: "report-text-fields",
  check(def) {
    const valid = TEXT_TOKENS.map((t) => `{${t}}`);
    return def.förslag_till_beslut.flatMap((point, i) =>
      unknownTokens(point).map((name) => ({
        code: "report-token-unknown" as const,
        path: ["förslag_till_beslut", i],
        params: { value: quoteValue(`{${name}}`), valid: valid.join(", "), suggestion: suggest(`{${name}}`, valid) },
      })),
    );
  },
};

const plansListedOnce: ReportRule = {
  name: "report-plans-once",
  check(def) {
    const findings: Finding[] = [];
    for (const key of ["planer", "nyckeltal_från"] as const) {
      const seen = new Map<string, number>();
      for (const [i, id] of (def[key] ?? []).entries()) {
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else findings.push({ code: "report-plan-duplicate", path: [key, i], params: { value: quoteValue(id), key } });
      }
    }
    return findings;
  },
};

/** The rules run on every schema-valid report definition, in this order. */
export const REPORT_RULES: readonly ReportRule[] = [realDates, periodIsMonth, diarienummer, knownTokens, plansListedOnce];
