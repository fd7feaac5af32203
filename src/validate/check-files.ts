/**
 * The whole `plan check` pipeline without any output: discover → load → validate each file on its own →
 * cross-file rules → sorted diagnostics. `plan due`, `plan report` and `plan status` start from the same result.
 */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import { diagnostic, WHOLE_FILE } from "../diagnostics/messages.js";
import { escapeControl, quoteValue } from "../diagnostics/safe-text.js";
import type { Lang } from "../i18n.js";
import { discoverFiles, type DiscoveredFile } from "../load/discover.js";
import { loadFile, loadText, type LoadedFile } from "../load/load-file.js";
import type { ReadProblem } from "../load/read-text.js";
import type { Finding } from "./finding.js";
import { validateDocument, type ValidDocument } from "./validate-document.js";

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
  const results = await mapLimit(files, 16, (file) => checkOne(file, options));
  const documents = results.flatMap((r) => (r.document ? [r.document] : []));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  diagnostics.push(...uniquePlanIds(documents, options.lang));
  return { filesChecked: files.length, documents, diagnostics: sortDiagnostics(diagnostics) };
}

interface FileOutcome {
  document?: ValidDocument;
  diagnostics: Diagnostic[];
}

async function checkOne(found: DiscoveredFile, { config, lang }: CheckOptions): Promise<FileOutcome> {
  try {
    const loaded = await loadFile(found);
    if (!loaded.ok) return { diagnostics: problemDiagnostics(loaded.problems, found.display, lang) };
    let file = loaded.file;
    let result = validateDocument(file, config, lang);
    if (file.parsedBy === "fast" && result.findings.length > 0) {
      // Findings are reported from the exact parse only, so both paths always print the same diagnostics.
      const exact = loadText(found, file.text, "exact");
      if (!exact.ok) return { diagnostics: problemDiagnostics(exact.problems, found.display, lang) };
      file = exact.file;
      result = validateDocument(file, config, lang);
    }
    const diagnostics = result.findings.map((f) => findingDiagnostic(f, file, lang));
    return result.ok ? { document: result.document, diagnostics } : { diagnostics };
  } catch (error) {
    // Whatever goes wrong with one file is that file's finding; the other files are still checked.
    const reason = escapeControl(error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { diagnostics: [diagnostic("internal-error", found.display, WHOLE_FILE, lang, { reason })] };
  }
}

function problemDiagnostics(problems: readonly ReadProblem[], file: string, lang: Lang): Diagnostic[] {
  return problems.map((p) => diagnostic(p.code, file, p.at ?? WHOLE_FILE, lang, p.params));
}

export function findingDiagnostic(finding: Finding, file: LoadedFile, lang: Lang): Diagnostic {
  return diagnostic(finding.code, file.display, file.locate(finding.path, finding.on), lang, finding.params);
}

function uniquePlanIds(documents: readonly ValidDocument[], lang: Lang): Diagnostic[] {
  const first = new Map<string, ValidDocument>();
  const out: Diagnostic[] = [];
  for (const doc of documents) {
    const id = (doc.data as { id?: unknown }).id;
    if (typeof id !== "string") continue;
    const earlier = first.get(id);
    if (!earlier) first.set(id, doc);
    else out.push(diagnostic("plan-id-duplicate", doc.file.display, doc.file.locate(["id"]), lang, { value: quoteValue(id), other: earlier.file.display }));
  }
  return out;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
