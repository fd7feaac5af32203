/**
 * The whole `plan check` pipeline without any output: discover → load → validate each file on its own →
 * cross-file rules → sorted diagnostics. `plan report` and `plan followup` start from `checkFiles`, which keeps every
 * valid document; `plan due` from `checkFilesEach`, which hands each one over and keeps none; `plan check` itself
 * uses `checkFilesLean`, which keeps only diagnostics and plan ids and spreads large runs over the machine's cores.
 */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/messages.js";
import { quoteValue } from "../diagnostics/safe-text.js";
import type { Lang } from "../i18n.js";
import { discoverFiles } from "../load/discover.js";
import { loadFileSync } from "../load/load-file.js";
import { checkFile, planIdRecord, type PlanIdRecord } from "./check-file.js";
import { checkInWorkers } from "./check-parallel.js";
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
  const documents: ValidDocument[] = [];
  const result = await checkFilesEach(options, (document) => documents.push(document));
  return { filesChecked: result.filesChecked, documents, diagnostics: result.diagnostics };
}

export interface StreamedCheckResult {
  filesChecked: number;
  diagnostics: Diagnostic[];
  /** The display paths of the files that were valid (and handed to `take`). */
  validFiles: Set<string>;
}

/**
 * `checkFiles` without keeping the documents: each valid one goes to `take` as soon as its file is checked, so a
 * command that needs little of each (plan due) holds one plan at a time rather than ten thousand.
 */
export async function checkFilesEach(options: CheckOptions, take: (document: ValidDocument) => void): Promise<StreamedCheckResult> {
  const files = await discoverFiles(options.paths, options.cwd);
  const diagnostics: Diagnostic[] = [];
  const ids: PlanIdRecord[] = [];
  const validFiles = new Set<string>();
  for (const file of files) {
    const outcome = checkFile(file, options.config, options.lang);
    diagnostics.push(...outcome.diagnostics);
    if (outcome.document) {
      validFiles.add(file.display);
      take(outcome.document);
    }
    const record = planIdRecord(outcome);
    if (record) ids.push(record);
  }
  diagnostics.push(...uniquePlanIds(ids, options.lang));
  return { filesChecked: files.length, diagnostics: sortDiagnostics(diagnostics), validFiles };
}

export interface LeanCheckResult {
  filesChecked: number;
  diagnostics: Diagnostic[];
}

export async function checkFilesLean(options: CheckOptions): Promise<LeanCheckResult> {
  const files = await discoverFiles(options.paths, options.cwd);
  const parts = await checkInWorkers(files, options.config, options.lang, (slice) => {
    const diagnostics: Diagnostic[] = [];
    const ids: PlanIdRecord[] = [];
    for (const file of slice) {
      const outcome = checkFile(file, options.config, options.lang);
      diagnostics.push(...outcome.diagnostics);
      const record = planIdRecord(outcome);
      if (record) ids.push(record);
    }
    return { diagnostics, ids };
  });
  const diagnostics = parts.flatMap((p) => p.diagnostics);
  diagnostics.push(...uniquePlanIds(parts.flatMap((p) => p.ids), options.lang));
  return { filesChecked: files.length, diagnostics: sortDiagnostics(diagnostics) };
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
