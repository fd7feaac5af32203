/** One file through load and validation. Any failure, of whatever kind, becomes that file's diagnostic. */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnostic, WHOLE_FILE } from "../diagnostics/messages.js";
import { escapeControl } from "../diagnostics/safe-text.js";
import type { Lang } from "../i18n.js";
import type { DiscoveredFile } from "../load/discover.js";
import { loadFileSync, loadText, type LoadedFile } from "../load/load-file.js";
import type { ReadProblem } from "../load/read-text.js";
import type { Finding } from "./finding.js";
import { validateDocument, type ValidDocument } from "./validate-document.js";

export interface FileOutcome {
  document?: ValidDocument;
  diagnostics: Diagnostic[];
}

/** `parse`: "located" when the caller will ask for many positions of a valid file (plan due's items). */
export function checkFile(found: DiscoveredFile, config: Config, lang: Lang, parse: "fast" | "located" = "fast"): FileOutcome {
  try {
    const loaded = loadFileSync(found, parse);
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

/** What the cross-file rules need to know of a valid file, small enough to keep for 10,000 files. */
export interface PlanIdRecord {
  id: string;
  file: DiscoveredFile;
}

export function planIdRecord(outcome: FileOutcome): PlanIdRecord | undefined {
  const id = (outcome.document?.data as { id?: unknown } | undefined)?.id;
  const file = outcome.document?.file;
  if (typeof id !== "string" || !file) return undefined;
  // A copy: the id read from the file is a slice of the file's whole text, and would keep it alive for the run.
  return { id: `${id} `.slice(0, -1), file: { absolute: file.absolute, display: file.display } };
}
