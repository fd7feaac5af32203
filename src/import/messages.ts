/** What `plan import` says, in both languages: the warnings about kept text and the reasons a file is refused. */
import type { Lang } from "../text/lang.js";
import type { SourceProblem } from "./read-source.js";
import type { ImportWarning } from "./types.js";

type Params = Record<string, string>;

const WARNINGS: Record<ImportWarning["code"], Record<Lang, (p: Params) => string>> = {
  "metadata-unknown": {
    sv: (p) => `uppgiften "${p.label}" har ingen nyckel i planformatet; den står som kommentar under styrdokument`,
    en: (p) => `the format has no key for "${p.label}"; it is kept as a comment under styrdokument`,
  },
  "metadata-not-date": {
    sv: (p) => `"${p.value}" under ${p.label} är inget datum ÅÅÅÅ-MM-DD; värdet står som kommentar, fyll i datumet`,
    en: (p) => `"${p.value}" under ${p.label} is not a date YYYY-MM-DD; it is kept as a comment, fill in the date`,
  },
  "contents-kept": {
    sv: () => "innehållsförteckningen står som kommentar överst (den följer av rubrikerna)",
    en: () => "the table of contents is kept as a comment at the top (the headings give it)",
  },
  "block-kept": {
    sv: (p) => `"${p.text}" hör inte till något avsnitt; texten står som kommentar överst`,
    en: (p) => `"${p.text}" belongs to no section; it is kept as a comment at the top`,
  },
  "timetable-no-header": {
    sv: () => "tidsplanen saknar rubrikrad; kolumnerna lästes som Aktivitet, Åtgärd, Status, Ansvarig, Uppföljning",
    en: () => "the timetable has no header row; its columns were read as Aktivitet, Åtgärd, Status, Ansvarig, Uppföljning",
  },
  "column-unknown": {
    sv: (p) => `kolumnen "${p.column}" i tidsplanen har ingen nyckel i planformatet; värdena står som kommentarer`,
    en: (p) => `the format has no key for the timetable column "${p.column}"; its values are kept as comments`,
  },
  "row-unmatched": {
    sv: (p) => `raden "${p.activity}" i tidsplanen hör inte till någon punkt i åtgärdsplanen; den blev en egen åtgärd`,
    en: (p) => `the timetable row "${p.activity}" matches no bullet of the Åtgärdsplan; it became a measure of its own`,
  },
  "status-unknown": {
    sv: (p) => `statusen "${p.status}" finns inte i konfigurationen och är ingen period; den står som den skrevs`,
    en: (p) => `the status "${p.status}" is not in the config and is not a period; it is kept as written`,
  },
  "roles-rewritten": {
    sv: (p) => `ansvarig "${p.text}" lästes som ${p.roles}; originalet står som kommentar`,
    en: (p) => `responsible "${p.text}" was read as ${p.roles}; the original is kept as a comment`,
  },
  "followup-several-dates": {
    sv: (p) => `uppföljningen "${p.text}" har flera datum; bara det första fördes in`,
    en: (p) => `the follow-up "${p.text}" has several dates; only the first was used`,
  },
  "no-measures-heading": {
    sv: () => "hittade inget avsnitt Åtgärdsplan eller Tidsplan; kontrollera att åtgärderna kom med",
    en: () => "found no section Åtgärdsplan or Tidsplan; check that the measures came along",
  },
  "encoding-guessed": {
    sv: () => "filen är inte UTF-8 och lästes som Windows-1252; kontrollera å, ä och ö",
    en: () => "the file is not UTF-8 and was read as Windows-1252; check å, ä and ö",
  },
};

export function warningText(warning: ImportWarning, lang: Lang): string {
  return WARNINGS[warning.code][lang](warning.params);
}

const MIB = 1024 * 1024;

export function problemText(problem: SourceProblem, file: string, lang: Lang): string {
  const sv = lang === "sv";
  switch (problem.code) {
    case "source-missing":
      return sv ? `${file} finns inte.` : `${file} does not exist.`;
    case "source-not-file":
      return sv ? `${file} är ingen fil.` : `${file} is not a file.`;
    case "source-unreadable":
      return sv ? `${file} kunde inte läsas (${problem.reason}).` : `${file} could not be read (${problem.reason}).`;
    case "source-too-large":
      return sv
        ? `${file} är större än ${problem.max / MIB} MiB och läses inte; är det rätt fil?`
        : `${file} is larger than ${problem.max / MIB} MiB and is not read; is it the right file?`;
    case "source-old-word":
      return sv
        ? `${file} är i Words gamla format (.doc); öppna den i Word och spara som .docx, och importera den filen.`
        : `${file} is in Word's old format (.doc); open it in Word, save it as .docx and import that file.`;
    case "source-not-zip":
      return sv
        ? `${file} är ingen Word-fil: en .docx är ett zip-arkiv, och den här är det inte. Spara den som .docx i Word, eller som text.`
        : `${file} is not a Word file: a .docx is a zip archive and this is not one. Save it as .docx in Word, or as text.`;
    case "source-not-docx":
      return sv
        ? `${file} är ett zip-arkiv men inget Word-dokument (${problem.reason.slice(0, 80)}).`
        : `${file} is a zip archive but not a Word document (${problem.reason.slice(0, 80)}).`;
    case "source-unpacks-too-large":
      return sv
        ? `${file} packas upp till mer än ${problem.max / MIB} MiB text och läses inte; är det rätt fil?`
        : `${file} unpacks to more than ${problem.max / MIB} MiB of text and is not read; is it the right file?`;
    case "source-too-many-measures":
      return sv
        ? `${file} har ${problem.count} punkter eller tidsplansrader, fler än ${problem.max}; en handlingsplan har färre. Är det rätt fil?`
        : `${file} has ${problem.count} bullets or timetable rows, more than ${problem.max}; an action plan has fewer. Is it the right file?`;
    case "source-binary":
      return sv
        ? `${file} är varken ett Word-dokument (.docx) eller text (UTF-8, UTF-16 med BOM eller Windows-1252).`
        : `${file} is neither a Word document (.docx) nor text (UTF-8, UTF-16 with a BOM or Windows-1252).`;
  }
}
