/**
 * The Tidsplan's cells as plan values: a status or a deadline period, roles, and a follow-up. Words are kept as
 * written; only what the text states is parsed (a date, an interval word, the roles it names).
 */
import { parsePeriod } from "../dates/period.js";
import type { ImportedFollowUp } from "./types.js";

export type StatusCell = { status: string } | { deadline: string } | { unknown: string };

/** A status the config knows, or a period such as `Vt-24` or `Feb 24` (a deadline), or neither. */
export function readStatusCell(cell: string, statuses: readonly string[]): StatusCell {
  const known = statuses.find((status) => status.toLowerCase() === cell.toLowerCase());
  if (known) return { status: known };
  if (parsePeriod(cell).ok) return { deadline: cell };
  return { unknown: cell };
}

/**
 * Roles written one after the other ("AC pers. ass AC BMSS") are split where a role code of the config starts a
 * word; a code broken by a hyphen at a line end in Word ("Redovisnings-ekonom") is still that code.
 */
export function splitRoles(cell: string, codes: readonly string[]): string[] {
  const roles: string[][] = [];
  // Separators between roles ("EC, AC", "AC & EC", "EC/AC") are not part of either.
  for (const word of cell.split(/[\s,&/;]+/).filter(Boolean)) {
    const code = roleCode(word, codes);
    if (code || roles.length === 0) roles.push([code ?? word]);
    else roles.at(-1)?.push(word);
  }
  return roles.map((words) => words.join(" "));
}

function roleCode(word: string, codes: readonly string[]): string | undefined {
  const plain = word.replace(/[-,&]/g, "");
  return codes.find((code) => code === word || (plain.length > 3 && code === plain));
}

/** Interval words, the specific ones first: "Regelbunden månadsuppföljning" is monthly, not just regular. */
const INTERVAL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/vecko|varje vecka/i, "veckovis"],
  [/månads|varje månad/i, "månadsvis"],
  [/kvartal/i, "kvartalsvis"],
  [/termin/i, "terminsvis"],
  [/halvår/i, "halvårsvis"],
  [/årsvis|årlig|varje år/i, "årsvis"],
  [/regelbund/i, "regelbundet"],
];

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

export interface FollowUpCell {
  followUp: ImportedFollowUp;
  /** More than one date in the text: only the first is used. */
  severalDates: boolean;
}

/**
 * "Regelbunden månadsuppföljning EC & AC" → monthly, by EC and AC; "2024-04-01 EC" → on that date, by EC;
 * "Regelbunden uppföljning med särskild avstämning 2024-06-30" → regular, with a checkpoint on that date;
 * "Regelbundet EC följs upp av AC" → regular, by AC (the one who follows up, not the one followed up).
 */
export function readFollowUpCell(cell: string, codes: readonly string[]): FollowUpCell {
  const followUp: ImportedFollowUp = { text: cell };
  const interval = INTERVAL_WORDS.find(([pattern]) => pattern.test(cell))?.[1];
  const dates = cell.match(ISO_DATE) ?? [];
  if (interval) followUp.intervall = interval;
  if (dates[0]) {
    if (interval || /avstämning/i.test(cell)) followUp.avstämning = dates[0];
    else followUp.datum = dates[0];
  }
  const by = /följs upp av (.+)$/i.exec(cell)?.[1] ?? cell;
  const roles = by
    .split(/[\s,&/]+/)
    .map((word) => roleCode(word, codes))
    .filter((code): code is string => code !== undefined);
  if (roles.length > 0) followUp.av = [...new Set(roles)];
  return { followUp, severalDates: dates.length > 1 };
}
