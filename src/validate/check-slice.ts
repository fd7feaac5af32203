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

/**
 * The index of the next file this thread is to check, or -1 when there are none left. Threads that share a list
 * claim from one counter (check-parallel.ts), so whichever is faster checks more.
 */
export type Claim = () => number;

/** Every file, in order, for a thread that checks them all. */
export function inTurn(count: number): Claim {
  let next = 0;
  return () => (next < count ? next++ : -1);
}

/** How many files' worth of taken results a worker holds before handing them over. */
export const FLUSH_EVERY = 200;

/**
 * `flush`, when given, receives what was taken every FLUSH_EVERY files and the part keeps only the rest: a worker
 * posts its results as it goes, so its heap never holds them all (serialised messages are far smaller).
 */
export function checkSlice(
  files: readonly DiscoveredFile[],
  config: Config,
  lang: Lang,
  take?: Take,
  flush?: (taken: unknown[]) => void,
  claim: Claim = inTurn(files.length),
): SlicePart {
  const part: SlicePart = { diagnostics: [], ids: [], validFiles: [], taken: [] };
  // A job points at values of the documents it takes (plan due's items): record where they start while reading.
  const parse = take ? "located" : "fast";
  for (let n = 0, index = claim(); index !== -1; n++, index = claim()) {
    if (flush && n > 0 && n % FLUSH_EVERY === 0 && part.taken.length > 0) {
      flush(part.taken);
      part.taken = [];
    }
    const file = files[index]!;
    const outcome = checkFile(file, config, lang, parse);
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
