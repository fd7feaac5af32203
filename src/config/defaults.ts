/** What differs between municipalities, with the vocabulary of the seed documents as the built-in default. */
export interface Config {
  organisation: string;
  committee: string;
  committeeShort: string;
  currency: string;
  lang: "sv" | "en";
  /** Report-back months, 1–12, ascending. */
  reportMonths: number[];
  /** Role code → full title. */
  roles: Record<string, string>;
  /** Status → whether the measure is done. */
  statuses: Record<string, "öppen" | "avslutad">;
  /** Days before a calendar event that its reminder (VALARM) goes off; 0 for none (`påminnelse_dagar`). */
  reminderDays: number;
  /** The config file this came from, if any. */
  file?: string;
}

export const DEFAULT_CONFIG: Config = {
  organisation: "Vård- och omsorgsförvaltningen",
  committee: "Vård- och omsorgsnämnden",
  committeeShort: "VON",
  currency: "mkr",
  lang: "sv",
  reportMonths: [5, 11],
  roles: {
    EC: "Enhetschef",
    AC: "Avdelningschef",
    FC: "Förvaltningschef",
    Redovisningsekonom: "Redovisningsekonom",
  },
  statuses: { "ej påbörjad": "öppen", pågår: "öppen", klar: "avslutad", avbruten: "avslutad" },
  reminderDays: 7,
};

/** The largest `påminnelse_dagar`: a year ahead. */
export const MAX_REMINDER_DAYS = 365;

export function isDone(config: Config, status: string | undefined): boolean {
  return status !== undefined && config.statuses[status] === "avslutad";
}
