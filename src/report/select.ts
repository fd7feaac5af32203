/**
 * From the checked files to what a report is built from: which definition (a path, or `--period`), which plans
 * (the definition's `planer`, else every plan), and the problems only the report can see, as diagnostics with
 * file and line like those of `plan check`: a plan id no file has, an unknown section or `{field}` in the prose.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/messages.js";
import { UsageError } from "../diagnostics/run-error.js";
import { SECTION_TITLES } from "../model/report-body.js";
import type { ReportDefinition } from "../model/report-definition.js";
import { TEXT_TOKENS } from "../model/report-tokens.js";
import type { Plan, Position } from "../model/types.js";
import type { Lang } from "../text/lang.js";
import { quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";

export interface Wanted {
  /** Absolute path of the definition file given on the command line. */
  path?: string;
  /** `2025-05` from `--period`. */
  period?: { year: number; month: number };
}

export function findDefinition(definitions: readonly ReportDefinition[], wanted: Wanted, lang: Lang): ReportDefinition {
  const sv = lang === "sv";
  if (wanted.path !== undefined) {
    const found = definitions.find((d) => d.absolute === wanted.path);
    if (found) return found;
    throw new UsageError(
      sv ? "Filen är ingen rapportdefinition (typ: återrapportering)." : "The file is not a report definition (typ: återrapportering).",
    );
  }
  const available = definitions.map((d) => `${monthKey(d.period)} (${d.file})`).join(", ") || (sv ? "inga" : "none");
  if (wanted.period === undefined) {
    throw new UsageError(
      sv
        ? `Ange rapportdefinitionen eller --period. Det finns: ${available}.`
        : `Give the report definition or --period. Available: ${available}.`,
    );
  }
  const key = monthKey(wanted.period);
  const matches = definitions.filter((d) => monthKey(d.period) === key);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new UsageError(
      sv ? `Ingen rapportdefinition för ${key}. Det finns: ${available}.` : `No report definition for ${key}. Available: ${available}.`,
    );
  }
  const files = matches.map((m) => m.file).join(", ");
  throw new UsageError(
    sv ? `Flera rapportdefinitioner för ${key}: ${files}. Ange filen.` : `Several report definitions for ${key}: ${files}. Give the file.`,
  );
}

export function monthKey(p: { year: number; month: number }): string {
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
}

export interface ReportPlans {
  plans: Plan[];
  background: Plan[];
  department?: Plan;
  diagnostics: Diagnostic[];
}

export function resolvePlans(definition: ReportDefinition, all: readonly Plan[], lang: Lang): ReportPlans {
  const byId = new Map(all.map((p) => [p.id, p]));
  const diagnostics: Diagnostic[] = [];
  const pick = (ids: readonly string[], at: readonly Position[]): Plan[] =>
    ids.flatMap((id, i) => {
      const plan = byId.get(id);
      if (plan) return [plan];
      const params = { value: quoteValue(id), valid: [...byId.keys()].join(", "), suggestion: suggest(id, [...byId.keys()]) };
      diagnostics.push(diagnostic("report-plan-unknown", definition.file, at[i]!, lang, params));
      return [];
    });
  const plans = definition.plans ? pick(definition.plans, definition.positions.plans) : [...all];
  const background = pick(definition.keyFiguresFrom, definition.positions.keyFiguresFrom);
  const { departmentPlan, positions } = definition;
  const [department] = departmentPlan !== undefined ? pick([departmentPlan], [positions.departmentPlan!]) : [];
  return { plans, background, ...(department && { department }), diagnostics };
}

/** Unknown section headings and `{fields}` in the prose, at their lines in the definition file. */
export function bodyDiagnostics(definition: ReportDefinition, lang: Lang): Diagnostic[] {
  const offset = definition.bodyStartLine - 1;
  const sections = Object.values(SECTION_TITLES)
    .map((t) => `## ${t}`)
    .join(", ");
  const tokens = TEXT_TOKENS.map((t) => `{${t}}`);
  return definition.body.problems.map((p) => {
    const at = { line: p.line + offset, column: 1 };
    if (p.kind === "token") {
      const params = { value: quoteValue(`{${p.token}}`), valid: tokens.join(", "), suggestion: suggest(`{${p.token}}`, tokens) };
      return diagnostic("report-token-unknown", definition.file, at, lang, params);
    }
    const value = p.heading || (lang === "sv" ? "(text före första rubriken)" : "(text before the first heading)");
    return diagnostic("report-section-unknown", definition.file, at, lang, { value: quoteValue(value), valid: sections });
  });
}
