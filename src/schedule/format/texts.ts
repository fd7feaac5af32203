/** The words of `plan due` output, in Swedish and English. Every user-facing string of the formats comes from here. */
import { intervalLabel } from "../../dates/interval.js";
import { SWEDISH_MONTHS } from "../../dates/local-date.js";
import { formatPath } from "../../diagnostics/finding.js";
import type { Lang } from "../../text/lang.js";
import type { DueItem, DueState } from "../types.js";

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "5 dagar sen", "i dag", "om 3 dagar". */
export function daysText(daysOverdue: number, lang: Lang): string {
  const n = Math.abs(daysOverdue);
  if (lang === "sv") {
    const days = `${n} ${n === 1 ? "dag" : "dagar"}`;
    return daysOverdue > 0 ? `${days} sen` : daysOverdue === 0 ? "i dag" : `om ${days}`;
  }
  const days = `${n} ${n === 1 ? "day" : "days"}`;
  return daysOverdue > 0 ? `${days} late` : daysOverdue === 0 ? "today" : `in ${days}`;
}

/** The due column of an item: its date, or a dash for a follow-up with no date to count from. */
export function dueText(item: DueItem): string {
  return item.undated ? "–" : item.due;
}

/** The days column: "5 dagar sen", "i dag", "om 3 dagar", or "utan datum" (never "i dag" day after day). */
export function whenText(item: DueItem, lang: Lang): string {
  if (item.undated) return lang === "sv" ? "utan datum" : "no date";
  return daysText(item.daysOverdue, lang);
}

export function stateText(state: DueState, lang: Lang): string {
  if (lang === "sv") return state === "overdue" ? "försenad" : "snart";
  return state === "overdue" ? "overdue" : "due soon";
}

/** "maj 2024" from "2024-05". */
export function monthText(yearMonth: string, lang: Lang): string {
  const month = Number(yearMonth.slice(5, 7)) - 1;
  const name = lang === "sv" ? SWEDISH_MONTHS[month] : ENGLISH_MONTHS[month];
  return `${name} ${yearMonth.slice(0, 4)}`;
}

/** What is due, in a few words: "Uppföljning, månadsvis, senast 2024-03-15", "Klart senast Vt-24". */
export function whatText(item: DueItem, lang: Lang): string {
  const sv = lang === "sv";
  switch (item.kind) {
    case "followup-date":
      return sv ? "Uppföljning" : "Follow-up";
    case "followup-recurring": {
      const every = intervalLabel(item.interval!, lang);
      const last = item.lastFollowUp
        ? sv
          ? `senast ${item.lastFollowUp}`
          : `last ${item.lastFollowUp}`
        : sv
          ? "ingen gjord"
          : "none recorded";
      return sv ? `Uppföljning ${every} (${last})` : `Follow-up ${every} (${last})`;
    }
    case "checkpoint":
      return sv ? "Avstämning" : "Checkpoint";
    case "deadline":
      return sv ? `Klart senast ${item.deadline}` : `Deadline ${item.deadline}`;
    case "revision":
      return sv ? "Planen ska revideras" : "Plan due for revision";
    case "report-back": {
      const month = monthText(item.reportMonth!, lang);
      const previous = monthText(item.previousReportMonth!, lang);
      return sv ? `Återrapportering ${month}: ingen uppföljning efter ${previous}` : `Report-back ${month}: no follow-up after ${previous}`;
    }
  }
}

/** One sentence for annotations and JSON: "Införa raster (avdelningen-pa): Uppföljning, förföll 2024-04-01 (30 dagar sen); ansvarig EC." */
export function messageText(item: DueItem, lang: Lang): string {
  const sv = lang === "sv";
  const subject = item.measureName ? `${item.measureName} (${item.planId})` : item.planId;
  const verb = item.daysOverdue > 0 ? (sv ? "förföll" : "was due") : sv ? "förfaller" : "due";
  const who = item.responsible.length ? `; ${sv ? "ansvarig" : "responsible"} ${item.responsible.join(", ")}` : "";
  if (item.undated) {
    const why = sv
      ? "inget datum att räkna från: ange uppföljning.datum eller för in den första uppföljningen"
      : "no date to count from: give uppföljning.datum or record the first follow-up";
    return `${subject}: ${whatText(item, lang)}, ${why}${who}.`;
  }
  return `${subject}: ${whatText(item, lang)}, ${verb} ${item.due} (${daysText(item.daysOverdue, lang)})${who}.`;
}

export function pathText(item: DueItem): string {
  return formatPath(item.path);
}

export const HEADERS: Record<Lang, { plan: string; measure: string; what: string; due: string; days: string; line: string }> = {
  sv: { plan: "Plan", measure: "Åtgärd", what: "Vad", due: "Förfaller", days: "Läge", line: "Rad" },
  en: { plan: "Plan", measure: "Measure", what: "What", due: "Due", days: "Status", line: "Line" },
};

export function summaryText(overdue: number, dueSoon: number, today: string, within: number, lang: Lang): string {
  if (lang === "sv") {
    const window = `per ${today}, inom ${within} ${within === 1 ? "dag" : "dagar"}`;
    if (overdue + dueSoon === 0) return `Inget försenat eller snart förfallande (${window}).`;
    return `${overdue} ${overdue === 1 ? "försenad" : "försenade"}, ${dueSoon} snart förfallande (${window}).`;
  }
  const window = `as of ${today}, within ${within} ${within === 1 ? "day" : "days"}`;
  if (overdue + dueSoon === 0) return `Nothing overdue or due soon (${window}).`;
  return `${overdue} overdue, ${dueSoon} due soon (${window}).`;
}

export function noRoleText(lang: Lang): string {
  return lang === "sv" ? "Ingen ansvarig angiven" : "No one responsible given";
}
