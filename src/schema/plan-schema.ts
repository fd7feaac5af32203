/**
 * The plan file vocabulary as a zod schema, in the Swedish keys users write. Shapes only: the meaning of values
 * (real dates, known roles, periods that parse) is checked by the named rules in src/validate/rules/.
 * Every object is strict, because an unknown key is nearly always a typo of a known one.
 * zod/mini rather than classic zod: the same checks at a twentieth of the code to load on every start-up.
 */
import * as z from "zod/mini";
import { RECURRING_INTERVALS } from "../dates/interval.js";

export const text = z.string().check(z.minLength(1));
/** Identifiers stay text: a YAML number would lose leading zeros. */
export const identifier = z.string().check(z.regex(/^[a-z0-9åäö][a-z0-9åäö-]*$/));
/** Dates are text in the YAML core schema; the `date-invalid` rule checks they exist. */
export const date = z.string();
const roles = z.union([text, z.array(text).check(z.minLength(1))]);

const loggedFollowUp = z.strictObject({
  datum: date,
  status: z.optional(text),
  kommentar: z.optional(z.string()),
  av: z.optional(roles),
});

const followUp = z.strictObject({
  text: z.optional(text),
  intervall: z.optional(z.enum(RECURRING_INTERVALS)),
  datum: z.optional(date),
  avstämning: z.optional(date),
  av: z.optional(roles),
  logg: z.optional(z.array(loggedFollowUp)),
});

const measure = z.strictObject({
  id: identifier,
  rubrik: text,
  beskrivning: z.optional(z.string()),
  fokus: z.optional(z.boolean()),
  aktivitet: z.optional(text),
  åtgärd: z.optional(text),
  status: z.optional(text),
  klart_senast: z.optional(z.union([text, z.int()])),
  ansvarig: z.optional(roles),
  uppföljning: z.optional(followUp),
});

const keyFigure = z.strictObject({
  id: identifier,
  namn: text,
  enhet: z.optional(text),
  värden: z.record(z.string(), z.number()),
  mål: z.optional(z.number()),
  källa: z.optional(text),
});

const governingDocument = z.strictObject({
  typ_av_styrdokument: z.optional(text),
  beslutande_instans: z.optional(text),
  datum_för_beslut: z.optional(z.nullable(date)),
  diarienummer: z.optional(z.nullable(text)),
  gäller_för: z.optional(text),
  giltighetstid: z.optional(text),
  revideras_senast: z.optional(z.nullable(date)),
  dokumentansvarig: z.optional(text),
});

export const planSchema = z.strictObject({
  typ: z.optional(z.literal("handlingsplan")),
  id: identifier,
  titel: text,
  ansvar: z.optional(z.string().check(z.regex(/^\d+$/))),
  enhet: z.optional(text),
  år: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
  styrdokument: z.optional(governingDocument),
  åtgärder: z.array(measure),
  nyckeltal: z.optional(z.array(keyFigure)),
  brödtext: z.optional(z.string()),
});

export type PlanFile = z.infer<typeof planSchema>;
export type MeasureFile = z.infer<typeof measure>;
export type FollowUpFile = z.infer<typeof followUp>;
export type LoggedFollowUpFile = z.infer<typeof loggedFollowUp>;
export type KeyFigureFile = z.infer<typeof keyFigure>;
