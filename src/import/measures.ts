/**
 * The measures: each Åtgärdsplan bullet is one (its bold lead the heading, the rest the description), and each
 * Tidsplan row adds what it says to the bullet it names. A row that names no bullet becomes a measure of its own,
 * and is warned about; nothing of a row is left out: what has no key is kept as a note.
 */
import type { Block } from "./blocks.js";
import { readFollowUpCell, readStatusCell, splitRoles } from "./cells.js";
import { matchRows } from "./match.js";
import type { TimetableRow } from "./timetable.js";
import type { ImportedMeasure, ImportWarning } from "./types.js";

export interface Vocabulary {
  roles: readonly string[];
  statuses: readonly string[];
}

export function buildMeasures(
  bullets: readonly Extract<Block, { kind: "item" }>[],
  rows: readonly TimetableRow[],
  vocabulary: Vocabulary,
  warnings: ImportWarning[],
): ImportedMeasure[] {
  const measures: ImportedMeasure[] = bullets.map((bullet) => {
    const rubrik = (bullet.lead ?? bullet.text).trim();
    const rest = bullet.lead ? bullet.text.replace(/^[,.:;–-]\s*/, "").trim() : "";
    return { id: "", rubrik, ...(rest ? { beskrivning: rest } : {}), notes: [] };
  });
  const names = rows.map((row) => ({ activity: row.values.aktivitet ?? "", action: row.values.åtgärd ?? "" }));
  const candidates = measures.map((measure) => ({ lead: measure.rubrik, text: measure.beskrivning ?? "" }));
  matchRows(names, candidates).forEach((index, r) => {
    const row = rows[r]!;
    let measure = index === undefined ? undefined : measures[index];
    if (!measure) {
      const rubrik = row.values.aktivitet ?? row.values.åtgärd ?? row.extra[0]?.value ?? "";
      measure = { id: "", rubrik, notes: [] };
      measures.push(measure);
      warnings.push({ code: "row-unmatched", at: row.at, params: { activity: rubrik } });
    }
    applyRow(measure, row, vocabulary, warnings);
  });
  assignIds(measures);
  return measures;
}

function applyRow(measure: ImportedMeasure, row: TimetableRow, vocabulary: Vocabulary, warnings: ImportWarning[]): void {
  const { aktivitet, åtgärd, status, ansvarig, uppföljning, klart_senast } = row.values;
  if (aktivitet && aktivitet !== measure.rubrik) measure.aktivitet = aktivitet;
  if (åtgärd) measure.åtgärd = åtgärd;
  if (status) {
    const read = readStatusCell(status, vocabulary.statuses);
    if ("status" in read) measure.status = read.status;
    else if ("deadline" in read) measure.klart_senast = read.deadline;
    else {
      measure.status = read.unknown;
      warnings.push({ code: "status-unknown", at: row.at, params: { status: read.unknown } });
    }
  }
  if (klart_senast) measure.klart_senast = klart_senast;
  if (ansvarig) {
    measure.ansvarig = splitRoles(ansvarig, vocabulary.roles);
    if (measure.ansvarig.join(" ") !== ansvarig) {
      measure.notes.push(`Ansvarig i originalet: ${ansvarig}`);
      warnings.push({ code: "roles-rewritten", at: row.at, params: { text: ansvarig, roles: measure.ansvarig.join(", ") } });
    }
  }
  if (uppföljning) {
    const read = readFollowUpCell(uppföljning, vocabulary.roles);
    measure.uppföljning = read.followUp;
    if (read.severalDates) warnings.push({ code: "followup-several-dates", at: row.at, params: { text: uppföljning } });
  }
  for (const { column, value } of row.extra) measure.notes.push(`${column} (kolumn i originalets tidsplan): ${value}`);
}

/** Ids from the first words of each heading, unique within the plan: a suggestion to shorten, not a fact. */
function assignIds(measures: ImportedMeasure[]): void {
  const used = new Set<string>();
  for (const measure of measures) {
    const base = slug(measure.rubrik, 4) || "atgard";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    measure.id = id;
  }
}

/** Lower case, å/ä/ö kept (ids allow them), other accents dropped, words joined by hyphens. */
export function slug(text: string, maxWords = Infinity): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9åäö\s-]/gu, (c) => c.normalize("NFD").replace(/\p{M}/gu, ""))
    .split(/[^a-z0-9åäö]+/u)
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}
