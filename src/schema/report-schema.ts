/**
 * The report definition (`typ: återrapportering`) as a zod schema, in the Swedish keys a secretary writes.
 * Shapes only, like the plan schema: real dates, the period, the diarienummer and the `{…}` fields in the
 * decision points are checked by the named rules in src/report/definition/rules.ts. Every object is strict.
 * The prose (Ärendebeskrivning, Beredning, …) is the Markdown body, not part of this schema.
 */
import { z } from "zod";

const text = z.string().min(1);
const identifier = z.string().regex(/^[a-z0-9åäö][a-z0-9åäö-]*$/);
/** Dates are text in the YAML core schema; the `date-invalid` rule checks they exist. */
const date = z.string();
/** A § number in the minutes: `paragraf: 26`. */
const paragraph = z.number().int().min(1).max(9999);

/** The earlier decision that ordered this report-back ("Den 19 november 2024, § 80 VON …"). */
const orderingDecision = z.strictObject({
  datum: date.optional(),
  paragraf: paragraph.optional(),
  nämnd: text.optional(),
  diarienummer: text.optional(),
});

const signatory = z.strictObject({
  namn: text,
  titel: text,
});

export const reportDefinitionSchema = z.strictObject({
  typ: z.literal("återrapportering"),
  titel: text,
  /** The report-back month: `2025-05` or `maj 2025`. */
  period: text,
  /** The date of the memo (tjänsteskrivelse); the plans are read as of this day. */
  datum: date.optional(),
  nämnd: text.optional(),
  diarienummer: text.optional(),
  paragraf: paragraph.optional(),
  sammanträde: date.optional(),
  uppdrag: orderingDecision.optional(),
  /** The plans reported on, in this order; each one is listed in Beslutsunderlag. Default: every plan. */
  planer: z.array(identifier).min(1).optional(),
  /** Plans whose key figures are shown as background without being reported on (e.g. the department plan). */
  nyckeltal_från: z.array(identifier).min(1).optional(),
  förslag_till_beslut: z.array(text).min(1),
  underskrifter: z.array(signatory).min(1).optional(),
  /** A draft: the header says so until the memo is final. */
  utkast: z.boolean().optional(),
});

export type ReportDefinitionFile = z.infer<typeof reportDefinitionSchema>;
export const REPORT_TYP = "återrapportering";
