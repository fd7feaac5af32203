/** Recurring follow-up intervals (`uppföljning.intervall`) and when the next follow-up falls due. */
import type { Lang, Texts } from "../text/lang.js";
import { addDays, addMonths, addYears, type IsoDate } from "./local-date.js";

export const RECURRING_INTERVALS = ["veckovis", "månadsvis", "kvartalsvis", "terminsvis", "halvårsvis", "årsvis", "regelbundet"] as const;

export type RecurringInterval = (typeof RECURRING_INTERVALS)[number];

/**
 * The next follow-up after one held on `last`. A term is counted as half a year: terms have no fixed
 * length, and the half-year keeps the rhythm of the school year.
 * `regelbundet` says only "regularly", so there is no date to compute.
 */
export function nextDueAfter(last: IsoDate, interval: RecurringInterval): IsoDate | undefined {
  switch (interval) {
    case "veckovis":
      return addDays(last, 7);
    case "månadsvis":
      return addMonths(last, 1);
    case "kvartalsvis":
      return addMonths(last, 3);
    case "terminsvis":
    case "halvårsvis":
      return addMonths(last, 6);
    case "årsvis":
      return addYears(last, 1);
    case "regelbundet":
      return undefined;
  }
}

const LABELS: Record<RecurringInterval, Texts> = {
  veckovis: { sv: "veckovis", en: "weekly" },
  månadsvis: { sv: "månadsvis", en: "monthly" },
  kvartalsvis: { sv: "kvartalsvis", en: "quarterly" },
  terminsvis: { sv: "terminsvis", en: "every term" },
  halvårsvis: { sv: "halvårsvis", en: "half-yearly" },
  årsvis: { sv: "årsvis", en: "yearly" },
  regelbundet: { sv: "regelbundet", en: "regularly" },
};

export function intervalLabel(interval: RecurringInterval, lang: Lang): string {
  return LABELS[interval][lang];
}
