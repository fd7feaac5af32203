/** The codes of what a plan or report definition says: the schema, the vocabulary, dates, ids and references. */
import type { Entry, Params } from "./entry.js";

const didYouMean = {
  sv: (p: Params) => (p.suggestion ? `Menade du ${p.suggestion}?` : `Giltiga värden: ${p.valid}.`),
  en: (p: Params) => (p.suggestion ? `Did you mean ${p.suggestion}?` : `Valid values: ${p.valid}.`),
};

export const CONTENT_CODES = {
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
        p.decomposed
          ? "Texten är skriven i uppdelad Unicode (NFD, t.ex. a + ¨ i stället för ä); spara filen som NFC eller skriv om tecknen."
          : p.field === "ansvar"
            ? 'Ansvar är bara siffror, inom citattecken: ansvar: "81511".'
            : "Id skrivs med små bokstäver, siffror och bindestreck, t.ex. ansvar-81511.",
      en: (p) =>
        p.decomposed
          ? "The text is in decomposed Unicode (NFD, e.g. a + ¨ instead of ä); save the file as NFC or retype the letters."
          : p.field === "ansvar"
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
  "followup-never-due": {
    severity: "warning",
    sv: () => "Uppföljningen är regelbunden men säger inte hur ofta eller när: plan due kan aldrig visa den som förfallen.",
    en: () => "The follow-up is regular but says neither how often nor when: plan due can never show it as due.",
    hint: {
      sv: () => "Skriv ett intervall (månadsvis, kvartalsvis, …), ett datum eller en avstämning.",
      en: () => "Write an interval (månadsvis, kvartalsvis, …), a datum or an avstämning.",
    },
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
  "number-notation": {
    severity: "error",
    sv: (p) => `${p.key}: ${p.value} läses som talet ${p.read}.`,
    en: (p) => `${p.key}: ${p.value} is read as the number ${p.read}.`,
    hint: {
      sv: (p) =>
        p.kind === "date"
          ? "Skriv datumet som 2025-12-31 och ett år med fyra siffror, t.ex. 2025."
          : "Skriv talet med vanliga siffror, t.ex. 1500 eller 0.25, eller sätt text inom citattecken.",
      en: (p) =>
        p.kind === "date"
          ? "Write the date as 2025-12-31 and a year as four digits, e.g. 2025."
          : "Write the number in plain digits, e.g. 1500 or 0.25, or put text in quotes.",
    },
  },
  "findings-truncated": {
    severity: "error",
    sv: (p) => `Ytterligare ${p.count} fel i filen visas inte.`,
    en: (p) => `${p.count} more problems in the file are not shown.`,
    hint: { sv: () => "Rätta felen ovan och kör plan check igen.", en: () => "Fix the problems above and run plan check again." },
  },
  "internal-error": {
    severity: "error",
    sv: (p) => `Filen kunde inte kontrolleras: ${p.reason}`,
    en: (p) => `The file could not be checked: ${p.reason}`,
  },
} satisfies Record<string, Entry>;
