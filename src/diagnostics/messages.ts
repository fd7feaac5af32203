/**
 * The diagnostic catalogue: every code `plan check` can report, with its message and hint in Swedish and English.
 * Codes never change once released (docs/diagnostics.md lists them). A message says what is wrong; the hint says
 * what to do. Neither contains the location: the formatter prints that.
 */
import type { Lang } from "../text/lang.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { YAML_ERROR_TEXTS } from "./yaml-errors.js";

export type Params = Record<string, string | number | undefined>;
type Render = (p: Params) => string;

interface Entry {
  severity: Severity;
  sv: Render;
  en: Render;
  hint?: { sv: Render; en: Render };
}

const didYouMean = {
  sv: (p: Params) => (p.suggestion ? `Menade du ${p.suggestion}?` : `Giltiga värden: ${p.valid}.`),
  en: (p: Params) => (p.suggestion ? `Did you mean ${p.suggestion}?` : `Valid values: ${p.valid}.`),
};

export const CATALOGUE = {
  "file-not-regular": {
    severity: "error",
    sv: (p) => `Inte en vanlig fil (${p.kind}); den läses inte.`,
    en: (p) => `Not a regular file (${p.kind}); it is not read.`,
    hint: { sv: () => "Ange en plan-fil (.md, .yaml eller .yml).", en: () => "Give a plan file (.md, .yaml or .yml)." },
  },
  "file-broken-link": {
    severity: "error",
    sv: () => "Symbolisk länk som pekar på en fil som inte finns.",
    en: () => "Symbolic link to a file that does not exist.",
    hint: { sv: () => "Ta bort länken eller rätta målet.", en: () => "Remove the link or fix its target." },
  },
  "file-link-loop": {
    severity: "error",
    sv: () => "Symboliska länkar som pekar på varandra i en slinga.",
    en: () => "Symbolic links that point at each other in a loop.",
    hint: { sv: () => "Ta bort en av länkarna.", en: () => "Remove one of the links." },
  },
  "file-unreadable": {
    severity: "error",
    sv: (p) => `Filen kunde inte läsas: ${p.reason}.`,
    en: (p) => `The file could not be read: ${p.reason}.`,
  },
  "file-too-large": {
    severity: "error",
    sv: (p) => `Filen är ${p.size} byte; största tillåtna storlek är ${p.max} byte.`,
    en: (p) => `The file is ${p.size} bytes; the largest allowed is ${p.max} bytes.`,
    hint: { sv: () => "Dela upp planen i flera filer.", en: () => "Split the plan into several files." },
  },
  "file-empty": {
    severity: "error",
    sv: () => "Filen är tom.",
    en: () => "The file is empty.",
    hint: { sv: () => "Skapa innehållet med `plan new`.", en: () => "Create its content with `plan new`." },
  },
  "file-binary": {
    severity: "error",
    sv: () => "Filen är binär, inte text.",
    en: () => "The file is binary, not text.",
    hint: { sv: () => "En plan är en textfil (.md, .yaml eller .yml).", en: () => "A plan is a text file (.md, .yaml or .yml)." },
  },
  "file-encoding": {
    severity: "error",
    sv: (p) => (p.guess ? `Texten är inte UTF-8 (den ser ut att vara ${p.guess}).` : "Texten är inte UTF-8."),
    en: (p) => (p.guess ? `The text is not UTF-8 (it looks like ${p.guess}).` : "The text is not UTF-8."),
    hint: { sv: () => "Spara filen som UTF-8 i din editor.", en: () => "Save the file as UTF-8 in your editor." },
  },
  "file-control-char": {
    severity: "error",
    sv: (p) => `Otillåtet styrtecken ${p.char} i texten.`,
    en: (p) => `Control character ${p.char} in the text.`,
    hint: { sv: () => "Ta bort tecknet; det syns ofta inte i editorn.", en: () => "Remove it; editors often hide it." },
  },
  "front-matter-missing": {
    severity: "error",
    sv: () => "Front matter saknas: rad 1 ska vara exakt `---`.",
    en: () => "Front matter is missing: line 1 must be exactly `---`.",
    hint: {
      sv: () => "Börja filen med `---`, metadata i YAML och en avslutande rad `---`.",
      en: () => "Start the file with `---`, the metadata in YAML and a closing line `---`.",
    },
  },
  "front-matter-language": {
    severity: "error",
    sv: (p) => `Front matter på språket ${p.language} stöds inte; bara YAML.`,
    en: (p) => `Front matter in ${p.language} is not supported; only YAML.`,
    hint: { sv: () => "Skriv rad 1 som exakt `---`.", en: () => "Write line 1 as exactly `---`." },
  },
  "front-matter-not-closed": {
    severity: "error",
    sv: () => "Front matter avslutas aldrig med en rad `---`.",
    en: () => "The front matter is never closed by a line `---`.",
    hint: { sv: () => "Lägg till en rad `---` efter metadata.", en: () => "Add a line `---` after the metadata." },
  },
  "document-not-mapping": {
    severity: "error",
    sv: (p) => `Innehållet ska vara nycklar och värden (en mappning), inte ${p.found}.`,
    en: (p) => `The content must be keys and values (a mapping), not ${p.found}.`,
    hint: { sv: () => "Se docs/format.md för ett exempel.", en: () => "See docs/format.md for an example." },
  },
  "yaml-syntax": {
    severity: "error",
    sv: (p) => `YAML-syntaxfel: ${YAML_ERROR_TEXTS[String(p.yamlKey)]?.sv ?? p.detail} (${p.yamlCode}).`,
    en: (p) => `YAML syntax error: ${YAML_ERROR_TEXTS[String(p.yamlKey)]?.en ?? p.detail} (${p.yamlCode}).`,
    hint: {
      sv: () => "Kontrollera indrag (mellanslag, inte tabb), kolon och citattecken.",
      en: () => "Check indentation (spaces, not tabs), colons and quotes.",
    },
  },
  "yaml-duplicate-key": {
    severity: "error",
    sv: (p) => `Nyckeln ${p.key} förekommer flera gånger.`,
    en: (p) => `The key ${p.key} occurs more than once.`,
    hint: { sv: () => "Ta bort eller slå ihop dubbletten.", en: () => "Remove or merge the duplicate." },
  },
  "yaml-multiple-documents": {
    severity: "error",
    sv: () => "Filen innehåller flera YAML-dokument.",
    en: () => "The file holds more than one YAML document.",
    hint: { sv: () => "En plan per fil; ta bort `---` mitt i filen.", en: () => "One plan per file; remove the `---` inside it." },
  },
  "yaml-alias": {
    severity: "error",
    sv: () => "YAML-ankare och alias (`&` och `*`) används inte i planer.",
    en: () => "YAML anchors and aliases (`&` and `*`) are not used in plans.",
    hint: { sv: () => "Skriv ut värdet där det behövs.", en: () => "Write the value out where it is needed." },
  },
  "yaml-tag": {
    severity: "error",
    sv: (p) => `YAML-taggen ${p.tag} används inte i planer.`,
    en: (p) => `The YAML tag ${p.tag} is not used in plans.`,
    hint: { sv: () => "Ta bort taggen; sätt text inom citattecken.", en: () => "Remove the tag; quote text instead." },
  },
  "yaml-too-deep": {
    severity: "error",
    sv: (p) => `Strukturen är för djupt nästlad (mer än ${p.max} nivåer).`,
    en: (p) => `The structure is nested too deeply (more than ${p.max} levels).`,
  },
  "schema-required": {
    severity: "error",
    sv: (p) => `Nyckeln ${p.key} saknas.`,
    en: (p) => `The key ${p.key} is missing.`,
    hint: { sv: () => "Se docs/format.md.", en: () => "See docs/format.md." },
  },
  "schema-type": {
    severity: "error",
    sv: (p) => `${p.key}: förväntade ${p.expected}, fick ${p.received}.`,
    en: (p) => `${p.key}: expected ${p.expected}, received ${p.received}.`,
    hint: {
      sv: (p) => (p.quote ? 'Sätt värdet inom citattecken, t.ex. "81511".' : "Se docs/format.md."),
      en: (p) => (p.quote ? 'Put the value in quotes, e.g. "81511".' : "See docs/format.md."),
    },
  },
  "schema-value": {
    severity: "error",
    sv: (p) => `${p.key}: ogiltigt värde ${p.value}.`,
    en: (p) => `${p.key}: invalid value ${p.value}.`,
    hint: didYouMean,
  },
  "schema-empty": {
    severity: "error",
    sv: (p) => `${p.key} får inte vara tom.`,
    en: (p) => `${p.key} must not be empty.`,
    hint: { sv: () => "Fyll i ett värde eller ta bort nyckeln.", en: () => "Fill in a value or remove the key." },
  },
  "schema-format": {
    severity: "error",
    sv: (p) => `${p.key}: ${p.value} har fel form.`,
    en: (p) => `${p.key}: ${p.value} has the wrong form.`,
    hint: {
      sv: (p) =>
        p.field === "ansvar"
          ? 'Ansvar är bara siffror, inom citattecken: ansvar: "81511".'
          : "Id skrivs med små bokstäver, siffror och bindestreck, t.ex. ansvar-81511.",
      en: (p) =>
        p.field === "ansvar"
          ? 'A cost centre is digits only, in quotes: ansvar: "81511".'
          : "Ids use lowercase letters, digits and hyphens, e.g. ansvar-81511.",
    },
  },
  "key-unknown": {
    severity: "error",
    sv: (p) => `Okänd nyckel ${p.key}.`,
    en: (p) => `Unknown key ${p.key}.`,
    hint: didYouMean,
  },
  "date-invalid": {
    severity: "error",
    sv: (p) => `${p.key}: ${p.value} är inget giltigt datum.`,
    en: (p) => `${p.key}: ${p.value} is not a valid date.`,
    hint: {
      sv: () => "Skriv datum som ÅÅÅÅ-MM-DD med en dag som finns i kalendern.",
      en: () => "Write dates as YYYY-MM-DD with a day that exists in the calendar.",
    },
  },
  "period-invalid": {
    severity: "error",
    sv: (p) => `${p.key}: ${p.value} är varken ett datum eller en period.`,
    en: (p) => `${p.key}: ${p.value} is neither a date nor a period.`,
    hint: {
      sv: () => "Exempel: 2025-06-30, Vt-24, Ht 2025, Feb 24, Q2 2025, v. 12 2025.",
      en: () => "Examples: 2025-06-30, Vt-24, Ht 2025, Feb 24, Q2 2025, v. 12 2025.",
    },
  },
  "role-unknown": {
    severity: "error",
    sv: (p) => `Okänd roll ${p.value}.`,
    en: (p) => `Unknown role ${p.value}.`,
    hint: didYouMean,
  },
  "status-unknown": {
    severity: "error",
    sv: (p) => `Okänd status ${p.value}.`,
    en: (p) => `Unknown status ${p.value}.`,
    hint: didYouMean,
  },
  "measure-id-duplicate": {
    severity: "error",
    sv: (p) => `Åtgärds-id ${p.value} används redan av åtgärd nr ${Number(p.firstIndex) + 1}.`,
    en: (p) => `Measure id ${p.value} is already used by measure no. ${Number(p.firstIndex) + 1}.`,
    hint: { sv: () => "Ge varje åtgärd ett eget id.", en: () => "Give each measure its own id." },
  },
  "plan-id-duplicate": {
    severity: "error",
    sv: (p) => `Plan-id ${p.value} används redan i ${p.other}.`,
    en: (p) => `Plan id ${p.value} is already used in ${p.other}.`,
    hint: { sv: () => "Ge varje plan ett eget id.", en: () => "Give each plan its own id." },
  },
  "diarienummer-format": {
    severity: "error",
    sv: (p) => `Diarienumret ${p.value} har fel form.`,
    en: (p) => `The registration number ${p.value} is malformed.`,
    hint: {
      sv: () => "Skriv år.löpnummer och nämnd, t.ex. 2023.027 VON.",
      en: () => "Write year.sequence and committee, e.g. 2023.027 VON.",
    },
  },
  "checkpoint-after-deadline": {
    severity: "error",
    sv: (p) => `Avstämningen ${p.value} ligger efter sista dag för åtgärden (${p.deadline}).`,
    en: (p) => `The checkpoint ${p.value} falls after the measure's deadline (${p.deadline}).`,
    hint: { sv: () => "Flytta avstämningen eller deadline.", en: () => "Move the checkpoint or the deadline." },
  },
  "document-type-unknown": {
    severity: "error",
    sv: (p) => `Okänd dokumenttyp ${p.value}.`,
    en: (p) => `Unknown document type ${p.value}.`,
    hint: didYouMean,
  },
  "report-period-invalid": {
    severity: "error",
    sv: (p) => `Perioden ${p.value} är ingen månad.`,
    en: (p) => `The period ${p.value} is not a month.`,
    hint: {
      sv: () => "Skriv återrapporteringens månad, t.ex. period: 2025-05 eller period: maj 2025.",
      en: () => "Write the report-back month, e.g. period: 2025-05 or period: maj 2025.",
    },
  },
  "report-period-unscheduled": {
    severity: "warning",
    sv: (p) => `Perioden ${p.value} är ingen av återrapporteringsmånaderna i konfigurationen.`,
    en: (p) => `The period ${p.value} is not one of the report-back months in the config.`,
    hint: {
      sv: () => "Kontrollera månaden, eller lägg till den under återrapportering i plan.config.yaml.",
      en: () => "Check the month, or add it under återrapportering in plan.config.yaml.",
    },
  },
  "report-token-unknown": {
    severity: "error",
    sv: (p) => `Okänt fält ${p.value} i texten.`,
    en: (p) => `Unknown field ${p.value} in the text.`,
    hint: didYouMean,
  },
  "report-plan-duplicate": {
    severity: "error",
    sv: (p) => `Planen ${p.value} står flera gånger under ${p.key}.`,
    en: (p) => `The plan ${p.value} is listed more than once under ${p.key}.`,
    hint: { sv: () => "Ta bort dubbletten.", en: () => "Remove the duplicate." },
  },
  "report-plan-unknown": {
    severity: "error",
    sv: (p) => `Det finns ingen plan med id ${p.value}.`,
    en: (p) => `There is no plan with id ${p.value}.`,
    hint: didYouMean,
  },
  "report-section-unknown": {
    severity: "error",
    sv: (p) => `Okänt avsnitt ${p.value} i rapportdefinitionen.`,
    en: (p) => `Unknown section ${p.value} in the report definition.`,
    hint: {
      sv: (p) => `Avsnitten heter ${p.valid}.`,
      en: (p) => `The sections are ${p.valid}.`,
    },
  },
  "internal-error": {
    severity: "error",
    sv: (p) => `Filen kunde inte kontrolleras: ${p.reason}`,
    en: (p) => `The file could not be checked: ${p.reason}`,
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof CATALOGUE;

export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const WHOLE_FILE: Location = { line: 0, column: 0 };

/** Builds a diagnostic from the catalogue; the only place message text is chosen. */
export function diagnostic(code: DiagnosticCode, file: string, at: Location, lang: Lang, params: Params = {}): Diagnostic {
  const entry: Entry = CATALOGUE[code];
  const hint = entry.hint?.[lang](params);
  return {
    code,
    severity: entry.severity,
    message: entry[lang](params),
    ...(hint ? { hint } : {}),
    file,
    ...at,
  };
}
