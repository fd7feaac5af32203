/**
 * The placeholders a template may use, each mapped to what it takes from the report model. Inline ones give a
 * piece of text (or nothing, when the report does not know it: the line that uses it is then left out); block
 * ones stand alone on a line and give generated blocks, whose headings sit one level below the template heading
 * above them. docs/report.md lists them all.
 */
import type { ReportModel } from "../model/types.js";
import type { Block } from "./blocks.js";
import { changeBlocks } from "./sections/changes.js";
import { bulletList, caseFacts, orderedList, overdueBlocks, proseBlocks, roleLegend, signatures } from "./sections/simple.js";
import { backgroundFigures, departmentSection, unitSections } from "./sections/units.js";

type InlineValue = (m: ReportModel) => string | undefined;
type BlockExpander = (m: ReportModel, level: number) => Block[];

export const INLINE_PLACEHOLDERS: Readonly<Record<string, InlineValue>> = {
  titel: (m) => m.title,
  förvaltning: (m) => m.organisation,
  nämnd: (m) => m.committee,
  /** The committee's name inside a sentence: "… i vård- och omsorgsnämnden". */
  nämnd_i_text: (m) => m.committee.charAt(0).toLowerCase() + m.committee.slice(1),
  nämnd_förkortning: (m) => m.committeeShort,
  datum: (m) => m.date,
  datum_text: (m) => m.dateText,
  period: (m) => m.period.text,
  nästa_återrapportering: (m) => m.nextReport.text,
  diarienummer: (m) => m.registrationNumber,
  paragraf: (m) => (m.paragraph === undefined ? undefined : `§ ${m.paragraph}`),
  sammanträde: (m) => m.meetingDate,
  uppdraget: (m) => m.orderedBy?.text,
  utkast: (m) => (m.draft ? "Utkast" : undefined),
  /** Said when files with errors were left out (plan report without --strict). */
  utelämnat: (m) =>
    m.leftOut.files.length === 0
      ? undefined
      : `Filer med fel som inte kom med i rapporten: ${m.leftOut.files.join(", ")}.${m.leftOut.plans.length ? ` Planer som därför saknas: ${m.leftOut.plans.join(", ")}.` : ""}`,
  /** Said when the definition gives no date, so that nobody takes the report's date for a decided one. */
  datum_anmärkning: (m) =>
    m.dateSource === "definition"
      ? undefined
      : `Rapportdefinitionen anger inget datum. Rapporten avser läget den ${m.dateText}, ${m.dateSource === "period" ? "periodens sista dag" : "det datum som angavs när den togs fram"}.`,
};

export const BLOCK_PLACEHOLDERS: Readonly<Record<string, BlockExpander>> = {
  ärendeuppgifter: (m) => caseFacts(m),
  förslag_till_beslut: (m) => orderedList(m.proposals),
  ärendebeskrivning: (m) => proseBlocks(m.prose.ärendebeskrivning),
  beredning: (m) => proseBlocks(m.prose.beredning),
  ekonomisk_bedömning: (m) => proseBlocks(m.prose.ekonomisk_bedömning),
  fokusåtgärder: (m) => bulletList(m.focusMeasures),
  enheter: unitSections,
  förändringar: changeBlocks,
  avdelningens_plan: (m) => departmentSection(m),
  nyckeltal: backgroundFigures,
  försenat: (m) => overdueBlocks(m),
  förkortningar: (m) => roleLegend(m),
  beslutsunderlag: (m) => bulletList(m.basis),
  /** The minutes' Beslutsunderlag: the memo first, then the plans. */
  beslutsunderlag_med_skrivelsen: (m) => bulletList([`Tjänsteskrivelse - ${m.title}`, ...m.basis]),
  underskrifter: (m) => signatures(m),
};

export const PLACEHOLDER_NAMES = {
  inline: Object.keys(INLINE_PLACEHOLDERS),
  block: Object.keys(BLOCK_PLACEHOLDERS),
};
