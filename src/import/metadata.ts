/**
 * The metadata block as `styrdokument`: each label becomes its key ("Revideras senast" → `revideras_senast`). A
 * label the format has no key for, or a date that is not written as one, is kept as a comment and warned about.
 */
import { suggest } from "../text/suggest.js";
import type { MetadataEntry } from "./sections.js";
import type { ImportWarning } from "./types.js";

const KEYS = [
  "typ_av_styrdokument",
  "beslutande_instans",
  "datum_för_beslut",
  "diarienummer",
  "gäller_för",
  "giltighetstid",
  "revideras_senast",
  "dokumentansvarig",
] as const;

const DATE_KEYS = new Set<string>(["datum_för_beslut", "revideras_senast"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface GoverningDocument {
  values: Record<string, string | null>;
  notes: string[];
}

export function readGoverningDocument(entries: readonly MetadataEntry[], warnings: ImportWarning[]): GoverningDocument {
  const result: GoverningDocument = { values: {}, notes: [] };
  for (const entry of entries) {
    const written = entry.label.toLowerCase().replace(/\s+/g, "_");
    const key = KEYS.find((k) => k === written) ?? suggest(written, KEYS);
    if (!key || key in result.values) {
      result.notes.push(`${entry.label}: ${entry.value}`);
      warnings.push({ code: "metadata-unknown", at: entry.at, params: { label: entry.label } });
      continue;
    }
    if (DATE_KEYS.has(key) && entry.value !== "" && !ISO_DATE.test(entry.value)) {
      result.values[key] = null;
      result.notes.push(`${entry.label}: ${entry.value}`);
      warnings.push({ code: "metadata-not-date", at: entry.at, params: { label: entry.label, value: entry.value } });
      continue;
    }
    result.values[key] = entry.value === "" ? null : entry.value;
  }
  return result;
}
