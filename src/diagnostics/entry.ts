/** The shape of a catalogue entry (codes-reading.ts, codes-content.ts): a message and a hint in each language. */
import type { Severity } from "./diagnostic.js";

export type Params = Record<string, string | number | undefined>;
export type Render = (p: Params) => string;

export interface Entry {
  severity: Severity;
  sv: Render;
  en: Render;
  hint?: { sv: Render; en: Render };
}
