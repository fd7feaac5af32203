/**
 * The plan file vocabulary as a zod schema, in the Swedish keys users write. Shapes only: the meaning of values
 * (real dates, known roles, periods that parse) is checked by the named rules in src/validate/rules/.
 * Every object is strict, because an unknown key is nearly always a typo of a known one.
 * zod/mini rather than classic zod: the same checks at a twentieth of the code to load on every start-up.
 * The Swedish descriptions and examples (`about`) are for editors: `plan schema` turns them into the JSON Schema.
 */
import * as z from "zod/mini";
import { RECURRING_INTERVALS } from "../dates/interval.js";
import { about } from "./meta.js";

export const text = z.string().check(z.minLength(1));
/** Identifiers stay text: a YAML number would lose leading zeros. */
export const identifier = z.string().check(z.regex(/^[a-z0-9åäö][a-z0-9åäö-]*$/));
/** Dates are text in the YAML core schema; the `date-invalid` rule checks they exist. */
export const date = z.string();
const roles = z.union([text, z.array(text).check(z.minLength(1))]);

const ROLE_NOTE = "Första ordet är en rollkod från plan.config.yaml (roller), resten en fri precisering.";

/**
 * A measure's status. Its vocabulary is the config's (`statusar`), so the JSON Schema lists the statuses of the
 * config in effect when `plan schema` runs (src/schema/json-schema.ts); validation checks them in a rule.
 */
export const statusText = about(
  text,
  "Åtgärdens status, en av statusarna i plan.config.yaml (statusar). Listan här är projektets statusar när schemat skrevs; ändras statusar, skriv om schemat: npx plan schema -o plan.schema.json.",
  ["pågår", "klar"],
);

const loggedFollowUp = z.strictObject({
  datum: about(date, "Dagen uppföljningen gjordes, ÅÅÅÅ-MM-DD.", ["2024-04-03"]),
  status: about(z.optional(statusText), "Åtgärdens läge vid uppföljningen, ur statusarna i plan.config.yaml (statusar).", ["pågår"]),
  kommentar: about(z.optional(z.string()), "Vad som kom fram vid uppföljningen.", ["Raster införda på två av tre korttidsvistelser."]),
  av: about(z.optional(roles), `Vem som följde upp: en roll eller en lista av roller. ${ROLE_NOTE}`, ["EC", ["EC", "AC"]]),
});

const followUp = z.strictObject({
  text: about(z.optional(text), "Uppföljningen med planens egna ord.", ["Regelbunden månadsuppföljning EC & AC"]),
  intervall: about(
    z.optional(z.enum(RECURRING_INTERVALS)),
    "Hur ofta uppföljningen återkommer. regelbundet betyder återkommande utan angivet intervall: plan due har då inget datum att hålla den till.",
    ["månadsvis"],
  ),
  datum: about(z.optional(date), "En enstaka uppföljning, eller den första av en återkommande: ÅÅÅÅ-MM-DD.", ["2024-04-01"]),
  avstämning: about(z.optional(date), "En särskild avstämning av en återkommande uppföljning, ÅÅÅÅ-MM-DD; inte efter klart_senast.", [
    "2024-06-30",
  ]),
  av: about(z.optional(roles), `Vem som följer upp: en roll eller en lista av roller. ${ROLE_NOTE}`, [["EC", "AC"]]),
  logg: about(z.optional(z.array(loggedFollowUp)), "Gjorda uppföljningar, äldst först. plan followup lägger till här."),
});

const measure = z.strictObject({
  id: about(identifier, "Åtgärdens id, unikt i planen: små bokstäver, siffror och bindestreck.", ["ej-mer-tid"]),
  rubrik: about(text, "Åtgärdens rubrik i åtgärdsplanen.", ["Ej utföra mer tid än beviljad"]),
  beskrivning: about(z.optional(z.string()), "Åtgärden beskriven med planens ord.", ["om inte särskilda arbetsmiljöskäl föreligger"]),
  fokus: about(z.optional(z.boolean()), "true för en fokusåtgärd, som rapporten listar särskilt.", [true]),
  aktivitet: about(z.optional(text), "Tidsplanens kolumn Aktivitet, när den skiljer sig från rubriken.", ["Ej utföra mer tid än beviljad"]),
  åtgärd: about(z.optional(text), "Tidsplanens kolumn Åtgärd.", ["Bemanna efter beslut"]),
  status: z.optional(statusText),
  klart_senast: about(
    z.optional(z.union([text, z.int()])),
    "Klart senast: ett datum ÅÅÅÅ-MM-DD eller en period (Vt-24, Ht-24, Feb 24, Q2 2025, v. 12 2025, 2025, 2025-06). Förfaller periodens sista dag.",
    ["Vt-24", "2024-06-30", "Q2 2025"],
  ),
  ansvarig: about(z.optional(roles), `Vem som ansvarar: en roll eller en lista av roller. ${ROLE_NOTE}`, ["EC pers. ass", ["EC", "AC"]]),
  uppföljning: about(z.optional(followUp), "Hur och när åtgärden följs upp."),
});

const keyFigure = z.strictObject({
  id: about(identifier, "Nyckeltalets id, unikt i planen.", ["resultat"]),
  namn: about(text, "Nyckeltalets namn i rapportens tabeller och diagram.", ["Avdelningens resultat"]),
  enhet: about(z.optional(text), "Enheten för värdena; annars konfigurationens valuta.", ["mkr", "timmar"]),
  värden: about(
    z.record(z.string(), z.number()),
    'Period → värde. Perioder är år ("2021") eller svenska perioder ("Ht-24"); skriv dem inom citattecken.',
    [{ "2021": -9.5, "2022": -13.2 }],
  ),
  mål: about(z.optional(z.number()), "Målvärde.", [0]),
  källa: about(z.optional(text), "Varifrån värdena kommer.", ["Tjänsteskrivelse Handlingsplan personlig assistans, 2023"]),
});

const governingDocument = z.strictObject({
  typ_av_styrdokument: about(z.optional(text), "Typ av styrdokument.", ["Plan"]),
  beslutande_instans: about(z.optional(text), "Vem som beslutar planen.", ["Vård- och omsorgsnämnden"]),
  datum_för_beslut: about(z.optional(z.nullable(date)), "Beslutsdatum, ÅÅÅÅ-MM-DD; tomt medan planen är ett utkast.", ["2023-06-20"]),
  diarienummer: about(z.optional(z.nullable(text)), "Diarienummer: år.löpnummer NÄMND.", ["2023.027 VON"]),
  gäller_för: about(z.optional(text), "Vilken verksamhet planen gäller för.", ["Avdelningen för personlig assistans och stöd"]),
  giltighetstid: about(z.optional(text), '"Tills vidare" eller ett datum ÅÅÅÅ-MM-DD.', ["Tills vidare"]),
  revideras_senast: about(z.optional(z.nullable(date)), "När planen senast ska revideras, ÅÅÅÅ-MM-DD; plan due påminner.", ["2024-06-30"]),
  dokumentansvarig: about(z.optional(text), `Vem som ansvarar för dokumentet. ${ROLE_NOTE}`, ["AC Pers. assistans och stöd"]),
});

export const planSchema = z.strictObject({
  typ: about(
    z.optional(z.literal("handlingsplan")),
    "Dokumentets typ; handlingsplan är standard. Rapportdefinitioner har typ: återrapportering.",
    ["handlingsplan"],
  ),
  id: about(identifier, "Planens id, unikt bland alla filer: små bokstäver, siffror och bindestreck.", ["ansvar-81511"]),
  titel: about(text, "Planens titel.", ["Handlingsplan personlig assistans och stöd"]),
  ansvar: about(z.optional(z.string().check(z.regex(/^\d+$/))), 'Kostnadsställe (ansvar), siffror inom citattecken: "81511".', ["81511"]),
  enhet: about(z.optional(text), "Enhetens namn.", ["Korttidstillsyn"]),
  år: about(z.optional(z.int().check(z.gte(1900), z.lte(2200))), "Planens år.", [2025]),
  styrdokument: about(z.optional(governingDocument), "Styrdokumentets metadata, som i Word-originalet; varje nyckel är frivillig."),
  åtgärder: about(z.array(measure), "Planens åtgärder (åtgärdsplanen), var och en med sin rad i tidsplanen."),
  nyckeltal: about(z.optional(z.array(keyFigure)), "Nyckeltal för rapportens tabeller och diagram."),
  brödtext: about(z.optional(z.string()), "Planens löptext i Markdown (i en .md-plan är det filens brödtext i stället).", [
    "## 1. Inledning\n\nPlanen beskriver …\n",
  ]),
});

export type PlanFile = z.infer<typeof planSchema>;
export type MeasureFile = z.infer<typeof measure>;
export type FollowUpFile = z.infer<typeof followUp>;
export type LoggedFollowUpFile = z.infer<typeof loggedFollowUp>;
export type KeyFigureFile = z.infer<typeof keyFigure>;
