/**
 * The pure core of `plan followup`: the text of a plan file in, the text with one more recorded follow-up out,
 * or the reason it cannot be done without touching anything else in the file.
 */
import type { FileFormat } from "../load/load-file.js";
import { splitRawText, withYaml, yamlOf } from "./raw-text.js";
import { type FollowUpChange, spliceFollowUp } from "./splice.js";
import { expectedData, sameData } from "./verify.js";

export type RecordResult = { ok: true; text: string } | { ok: false; reason: string };

/** `decoded` is the file as read (BOM and line endings included); so is the result. */
export function recordFollowUp(decoded: string, format: FileFormat, change: FollowUpChange): RecordResult {
  const raw = splitRawText(decoded, format);
  if (!raw) return { ok: false, reason: "front matter hittades inte" };
  const yaml = yamlOf(raw);
  const spliced = spliceFollowUp(yaml, raw.eol, change);
  if (!spliced.ok) return spliced;
  if (!sameData(spliced.yaml, expectedData(yaml, change))) {
    return { ok: false, reason: "uppföljningen kunde inte föras in utan att ändra något annat i filen" };
  }
  return { ok: true, text: withYaml(raw, spliced.yaml) };
}
