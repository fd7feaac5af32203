/**
 * The kinds of document a plans folder holds, told apart by their `typ` key: plans (the default) and the
 * report definitions of `plan report`. Each kind brings its schema and its rules; check treats them alike.
 */
import type * as z from "zod/mini";
import { type PlanFile, planSchema } from "../schema/plan-schema.js";
import { REPORT_TYP, type ReportDefinitionFile, reportDefinitionSchema } from "../schema/report-schema.js";
import { PLAN_RULES } from "./rules/index.js";
import { REPORT_RULES } from "./rules/report-definition.js";
import type { Rule } from "./rules/rule.js";

export interface DocumentKind<T> {
  typ: string;
  schema: z.ZodMiniType<T>;
  rules: readonly Rule<T>[];
}

export const planKind: DocumentKind<PlanFile> = { typ: "handlingsplan", schema: planSchema, rules: PLAN_RULES };

/** A report definition of `plan report` (plans/rapporter/2025-05.md); see docs/report.md. */
export const reportKind: DocumentKind<ReportDefinitionFile> = {
  typ: REPORT_TYP,
  schema: reportDefinitionSchema,
  rules: REPORT_RULES,
};

export const DOCUMENT_KINDS: readonly DocumentKind<unknown>[] = [planKind as DocumentKind<unknown>, reportKind as DocumentKind<unknown>];

export const DEFAULT_KIND = planKind.typ;
