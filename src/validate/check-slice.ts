/** Checks a list of files one after the other, on whichever thread runs it; keeps what the job takes of each. */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../i18n.js";
import type { Take } from "../jobs/index.js";
import type { DiscoveredFile } from "../load/discover.js";
import { checkFile, planIdRecord, type PlanIdRecord } from "./check-file.js";

export interface SlicePart {
  diagnostics: Diagnostic[];
  ids: PlanIdRecord[];
  /** Display paths of the valid files. */
  validFiles: string[];
  /** What the job kept of the valid documents, in file order. */
  taken: unknown[];
}

export function checkSlice(files: readonly DiscoveredFile[], config: Config, lang: Lang, take?: Take): SlicePart {
  const part: SlicePart = { diagnostics: [], ids: [], validFiles: [], taken: [] };
  for (const file of files) {
    const outcome = checkFile(file, config, lang);
    part.diagnostics.push(...outcome.diagnostics);
    if (outcome.document) {
      part.validFiles.push(file.display);
      const kept = take?.(outcome.document);
      if (kept !== undefined) part.taken.push(kept);
    }
    const record = planIdRecord(outcome);
    if (record) part.ids.push(record);
  }
  return part;
}
