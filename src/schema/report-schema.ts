/**
 * The report definition (`typ: återrapportering`) as a zod schema, in the Swedish keys a secretary writes.
 * Shapes only, like the plan schema: real dates, the period, the diarienummer and the `{…}` fields in the
 * decision points are checked by the named rules in src/validate/rules/report-definition.ts. Every object is strict.
 * The prose (Ärendebeskrivning, Beredning, …) is the Markdown body, not part of this schema.
 * zod/mini, as the plan schema, because `plan check` loads this on every start-up; `about` gives editors the
 * Swedish descriptions and examples (`plan schema rapport`).
 */
import * as z from "zod/mini";
import { about } from "./meta.js";
import { date, identifier, text } from "./plan-schema.js";

/** A § number in the minutes: `paragraf: 26`. */
const paragraph = z.int().check(z.gte(1), z.lte(9999));

/** The earlier decision that ordered this report-back ("Den 19 november 2024, § 80 VON …"). */
const orderingDecision = z.strictObject({
  datum: about(z.optional(date), "Beslutets datum, ÅÅÅÅ-MM-DD.", ["2024-11-19"]),
  paragraf: about(z.optional(paragraph), "Beslutets § i protokollet.", [80]),
  nämnd: about(z.optional(text), "Nämnden som beslutade, gärna förkortad.", ["VON"]),
  diarienummer: about(z.optional(text), "Beslutets diarienummer: år.löpnummer NÄMND.", ["2024.123 VON"]),
});

/** Who signs: the title always; the name when it is known (a draft may leave it for the förvaltning to fill in). */
const signatory = z.strictObject({
  namn: about(z.optional(text), "Namnet, när det är känt; annars lämnar rapporten en linje.", ["Lenita Petersson"]),
  titel: about(text, "Undertecknarens titel.", ["Förvaltningschef"]),
});

export const reportDefinitionSchema = z.strictObject({
  typ: about(z.literal("återrapportering"), "Dokumentets typ: återrapportering gör filen till en rapportdefinition för plan report.", [
    "återrapportering",
  ]),
  titel: about(text, "Ärendets rubrik.", ["Återrapportering av handlingsplaner, LSS personlig assistans och stöd"]),
  /** The report-back month: `2025-05` or `maj 2025`. */
  period: about(text, "Återrapporteringens månad: ÅÅÅÅ-MM eller månad och år.", ["2025-05", "maj 2025"]),
  /** The date of the memo (tjänsteskrivelse); the plans are read as of this day. */
  datum: about(
    z.optional(date),
    "Tjänsteskrivelsens datum, ÅÅÅÅ-MM-DD; planerna läses som de såg ut denna dag. Utan datum dateras rapporten periodens sista dag (eller --today).",
    ["2025-04-29"],
  ),
  nämnd: about(z.optional(text), "Nämnden; annars nämnd i plan.config.yaml.", ["Vård- och omsorgsnämnden"]),
  diarienummer: about(z.optional(text), "Ärendets diarienummer: år.löpnummer NÄMND.", ["2025.019 VON"]),
  paragraf: about(z.optional(paragraph), "§ i protokollet; okänd före sammanträdet.", [26]),
  sammanträde: about(z.optional(date), "Sammanträdets datum, ÅÅÅÅ-MM-DD.", ["2025-05-20"]),
  uppdrag: about(z.optional(orderingDecision), "Det tidigare beslutet som gav uppdraget att återrapportera; varje nyckel är frivillig."),
  /** The plans reported on, in this order; each one is listed in Beslutsunderlag. Default: every plan. */
  planer: about(
    z.optional(z.array(identifier).check(z.minLength(1))),
    "Id för planerna som rapporteras, i denna ordning; var och en listas i beslutsunderlaget. Standard: alla planer.",
    [["ansvar-81511", "korttidstillsyn"]],
  ),
  /** Plans whose key figures are shown as background without being reported on (e.g. the department plan). */
  nyckeltal_från: about(
    z.optional(z.array(identifier).check(z.minLength(1))),
    "Planer vars nyckeltal visas som bakgrund utan att planerna rapporteras.",
    [["avdelningen-pa"]],
  ),
  /** The department's own plan, reported in a section of its own: its measures with status and its revision date. */
  avdelningens_plan: about(
    z.optional(identifier),
    "Avdelningens egen plan, som redovisas i ett eget avsnitt: åtgärdernas status och revideringsdatumet.",
    ["avdelningen-pa"],
  ),
  förslag_till_beslut: about(
    z.array(text).check(z.minLength(1)),
    "Förslagets beslutspunkter, en per punkt. {uppdraget}, {period} och {nästa_återrapportering} fylls i av plan report.",
    [["Vård- och omsorgsnämnden godkänner återrapporteringen. Uppdraget från {uppdraget} anses därmed avslutat."]],
  ),
  underskrifter: about(z.optional(z.array(signatory).check(z.minLength(1))), "Vilka som undertecknar: titel, och namn när det är känt."),
  /** A draft: the header says so until the memo is final. */
  utkast: about(z.optional(z.boolean()), "true: dokumentet märks UTKAST tills det är färdigt.", [true]),
});

export type ReportDefinitionFile = z.infer<typeof reportDefinitionSchema>;
export const REPORT_TYP = "återrapportering";
