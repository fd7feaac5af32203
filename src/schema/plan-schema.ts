/**
 * The plan file vocabulary as a zod schema, in the Swedish keys users write. Shapes only: the meaning of values
 * (real dates, known roles, periods that parse) is checked by the named rules in src/validate/rules/.
 * Every object is strict, because an unknown key is nearly always a typo of a known one.
 */
import { z } from "zod";
import { RECURRING_INTERVALS } from "../dates/interval.js";

const text = z.string().min(1);
/** Identifiers stay text: a YAML number would lose leading zeros. */
const identifier = z.string().regex(/^[a-z0-9åäö][a-z0-9åäö-]*$/);
/** Dates are text in the YAML core schema; the `date-invalid` rule checks they exist. */
const date = z.string();
const roles = z.union([text, z.array(text).min(1)]);

const loggedFollowUp = z.strictObject({
  datum: date,
  status: text.optional(),
  kommentar: z.string().optional(),
  av: roles.optional(),
});

const followUp = z.strictObject({
  text: text.optional(),
  intervall: z.enum(RECURRING_INTERVALS).optional(),
  datum: date.optional(),
  avstämning: date.optional(),
  av: roles.optional(),
  logg: z.array(loggedFollowUp).optional(),
});

const measure = z.strictObject({
  id: identifier,
  rubrik: text,
  beskrivning: z.string().optional(),
  fokus: z.boolean().optional(),
  aktivitet: text.optional(),
  åtgärd: text.optional(),
  status: text.optional(),
  klart_senast: z.union([text, z.number().int()]).optional(),
  ansvarig: roles.optional(),
  uppföljning: followUp.optional(),
});

const keyFigure = z.strictObject({
  id: identifier,
  namn: text,
  enhet: text.optional(),
  värden: z.record(z.string(), z.number()),
  mål: z.number().optional(),
  källa: text.optional(),
});

const governingDocument = z.strictObject({
  typ_av_styrdokument: text.optional(),
  beslutande_instans: text.optional(),
  datum_för_beslut: date.nullable().optional(),
  diarienummer: text.nullable().optional(),
  gäller_för: text.optional(),
  giltighetstid: text.optional(),
  revideras_senast: date.nullable().optional(),
  dokumentansvarig: text.optional(),
});

export const planSchema = z.strictObject({
  typ: z.literal("handlingsplan").optional(),
  id: identifier,
  titel: text,
  ansvar: z.string().regex(/^\d+$/).optional(),
  enhet: text.optional(),
  år: z.number().int().min(1900).max(2200).optional(),
  styrdokument: governingDocument.optional(),
  åtgärder: z.array(measure),
  nyckeltal: z.array(keyFigure).optional(),
  brödtext: z.string().optional(),
});

export type PlanFile = z.infer<typeof planSchema>;
export type MeasureFile = z.infer<typeof measure>;
export type FollowUpFile = z.infer<typeof followUp>;
export type LoggedFollowUpFile = z.infer<typeof loggedFollowUp>;
export type KeyFigureFile = z.infer<typeof keyFigure>;
