/**
 * The report definition (`typ: återrapportering`) as a zod schema, in the Swedish keys a secretary writes.
 * Shapes only, like the plan schema: real dates, the period, the diarienummer and the `{…}` fields in the
 * decision points are checked by the named rules in src/report/definition/rules.ts. Every object is strict.
 * The prose (Ärendebeskrivning, Beredning, …) is the Markdown body, not part of this schema.
 * zod/mini, as the plan schema, because `plan check` loads this on every start-up.
 */
import * as z from "zod/mini";
import { date, identifier, text } from "./plan-schema.js";

/** A § number in the minutes: `paragraf: 26`. */
const paragraph = z.int().check(z.gte(1), z.lte(9999));

/** The earlier decision that ordered this report-back ("Den 19 november 2024, § 80 VON …"). */
const orderingDecision = z.strictObject({
  datum: z.optional(date),
  paragraf: z.optional(paragraph),
  nämnd: z.optional(text),
  diarienummer: z.optional(text),
});

/** Who signs: the title always; the name when it is known (a draft may leave it for the förvaltning to fill in). */
const signatory = z.strictObject({
  namn: z.optional(text),
  titel: text,
});

export const reportDefinitionSchema = z.strictObject({
  typ: z.literal("återrapportering"),
  titel: text,
  /** The report-back month: `2025-05` or `maj 2025`. */
  period: text,
  /** The date of the memo (tjänsteskrivelse); the plans are read as of this day. */
  datum: z.optional(date),
  nämnd: z.optional(text),
  diarienummer: z.optional(text),
  paragraf: z.optional(paragraph),
  sammanträde: z.optional(date),
  uppdrag: z.optional(orderingDecision),
  /** The plans reported on, in this order; each one is listed in Beslutsunderlag. Default: every plan. */
  planer: z.optional(z.array(identifier).check(z.minLength(1))),
  /** Plans whose key figures are shown as background without being reported on (e.g. the department plan). */
  nyckeltal_från: z.optional(z.array(identifier).check(z.minLength(1))),
  /** The department's own plan, reported in a section of its own: its measures with status and its revision date. */
  avdelningens_plan: z.optional(identifier),
  förslag_till_beslut: z.array(text).check(z.minLength(1)),
  underskrifter: z.optional(z.array(signatory).check(z.minLength(1))),
  /** A draft: the header says so until the memo is final. */
  utkast: z.optional(z.boolean()),
});

export type ReportDefinitionFile = z.infer<typeof reportDefinitionSchema>;
export const REPORT_TYP = "återrapportering";
