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
  /**
   * The config's `befattningar`: each responsible person or post under one name, with the other spellings plans use
   * for it ("EC pers. ass": "EC pers.ass.", "Enhetschef pers ass"). When given, every role in a plan must be one of
   * them, and `plan due`/`status` show and filter by the name.
   */
  positions?: Position[];
  /** Status → whether the measure is done. */
  statuses: Record<string, "öppen" | "avslutad">;
  /** Days before a calendar event that its reminder (VALARM) goes off; 0 for none (`påminnelse_dagar`). */
  reminderDays: number;
  /** The config file this came from, if any. */
  file?: string;
}

export interface Position {
  name: string;
  spellings: string[];
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

/** Spellings compared as people read them: case, spaces and full stops aside ("EC pers.ass." is "EC pers. ass"). */
export function normalRole(role: string): string {
  return role
    .normalize("NFC")
    .toLowerCase()
    .replace(/[.\s]+/g, " ")
    .trim();
}

/** The position a written role is (its name), or undefined when the config lists none that matches. */
export function positionOf(config: Config, written: string): string | undefined {
  const wanted = normalRole(written);
  return config.positions?.find((p) => [p.name, ...p.spellings].some((spelling) => normalRole(spelling) === wanted))?.name;
}
