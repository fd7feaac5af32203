/**
 * The whole `plan check` pipeline without any output: discover → load → validate each file on its own →
 * cross-file rules → sorted diagnostics. `plan report` and `plan followup` start from `checkFiles`, which keeps every
 * valid document; `plan check` and `plan due` from `checkFilesWith`, which keeps only what their job takes of each
 * (nothing, or the due items) and spreads large runs over the machine's cores.
 */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/messages.js";
import { quoteValue } from "../diagnostics/safe-text.js";
import type { Lang } from "../i18n.js";
import { discoverFiles } from "../load/discover.js";
import { loadFileSync } from "../load/load-file.js";
import type { JobSpec } from "../jobs/index.js";
import type { PlanIdRecord } from "./check-file.js";
import { checkInWorkers } from "./check-parallel.js";
import { checkSlice } from "./check-slice.js";
import type { ValidDocument } from "./validate-document.js";

export interface CheckResult {
  filesChecked: number;
  documents: ValidDocument[];
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  paths: readonly string[];
  cwd: string;
  config: Config;
  lang: Lang;
}

export async function checkFiles(options: CheckOptions): Promise<CheckResult> {
  const files = await discoverFiles(options.paths, options.cwd);
  const documents: ValidDocument[] = [];
  const part = checkSlice(files, options.config, options.lang, (document) => void documents.push(document));
  const diagnostics = [...part.diagnostics, ...uniquePlanIds(part.ids, options.lang)];
  return { filesChecked: files.length, documents, diagnostics: sortDiagnostics(diagnostics) };
}

export interface JobCheckResult {
  filesChecked: number;
  diagnostics: Diagnostic[];
  /** The display paths of the valid files. */
  validFiles: Set<string>;
  /** What the job kept of each valid document (jobs/index.ts), in no particular order. */
  taken: unknown[];
}

/**
 * A check that keeps no documents, only what the job takes of each: nothing for `plan check`, the due items of each
 * plan for `plan due`. Large runs are spread over the machine's cores (check-parallel.ts).
 */
export async function checkFilesWith(options: CheckOptions, job: JobSpec): Promise<JobCheckResult> {
  const files = await discoverFiles(options.paths, options.cwd);
  const parts = await checkInWorkers(files, options.config, options.lang, job);
  const diagnostics = parts.flatMap((p) => p.diagnostics);
  diagnostics.push(...uniquePlanIds(parts.flatMap((p) => p.ids), options.lang));
  return {
    filesChecked: files.length,
    diagnostics: sortDiagnostics(diagnostics),
    validFiles: new Set(parts.flatMap((p) => p.validFiles)),
    taken: parts.flatMap((p) => p.taken),
  };
}

/** Plan ids are unique across files; the later file (in path order) is the one reported. */
function uniquePlanIds(records: readonly PlanIdRecord[], lang: Lang): Diagnostic[] {
  const sorted = [...records].sort((a, b) => (a.file.display < b.file.display ? -1 : a.file.display > b.file.display ? 1 : 0));
  const first = new Map<string, PlanIdRecord>();
  const out: Diagnostic[] = [];
  for (const record of sorted) {
    const earlier = first.get(record.id);
    if (!earlier) {
      first.set(record.id, record);
      continue;
    }
    // Positions are found again only for the rare duplicate, so nothing else needs to be kept per file.
    const loaded = loadFileSync(record.file, "exact");
    const at = loaded.ok ? loaded.file.locate(["id"]) : { line: 0, column: 0 };
    out.push(diagnostic("plan-id-duplicate", record.file.display, at, lang, { value: quoteValue(record.id), other: earlier.file.display }));
  }
  return out;
}
