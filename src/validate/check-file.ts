/**
 * One file through load, validation and the model: its diagnostics, and the plan or report definition it holds when
 * it is valid. The parsed document lives only here: findings and the model take their positions from it, and it
 * is dropped when the file is done, so a run over many files holds their models, never their documents.
 */
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnostic, WHOLE_FILE } from "../diagnostics/messages.js";
import type { DiscoveredFile } from "../load/discover.js";
import { type LoadedFile, type LoadResult, loadFileSync } from "../load/load-file.js";
import { planFromFile } from "../model/from-file.js";
import { definitionFromFile, type ReportDefinition } from "../model/report-definition.js";
import type { Plan } from "../model/types.js";
import type { PlanFile } from "../schema/plan-schema.js";
import type { ReportDefinitionFile } from "../schema/report-schema.js";
import type { Lang } from "../text/lang.js";
import { escapeControl } from "../text/safe-text.js";
import { planKind } from "./document-kinds.js";
import { numberNotationFindings, withoutExplained } from "./number-notation.js";
import { validateDocument } from "./validate-document.js";

export type CheckedDocument = { kind: "plan"; plan: Plan } | { kind: "report"; definition: ReportDefinition };

export interface FileOutcome {
  document?: CheckedDocument;
  diagnostics: Diagnostic[];
}

export function checkFile(found: DiscoveredFile, config: Config, lang: Lang): FileOutcome {
  return checkLoaded(found, () => loadFileSync(found), config, lang);
}

/** The same for a loaded file (`plan followup` checks the text it is about to write). */
export function checkLoaded(found: DiscoveredFile, load: () => LoadResult, config: Config, lang: Lang): FileOutcome {
  try {
    const loaded = load();
    if (!loaded.ok) {
      return { diagnostics: capped(loaded.problems, lang, (p) => diagnostic(p.code, found.display, p.at ?? WHOLE_FILE, lang, p.params)) };
    }
    const file = loaded.file;
    const result = validateDocument(file.data, config, lang);
    const notation = numberNotationFindings(file.numbers);
    const findings = [...notation, ...withoutExplained(result.findings, notation)];
    // Only the findings shown are located: locating 60,000 of them would cost more than the whole check.
    const diagnostics = capped(findings, lang, (f) => diagnostic(f.code, file.display, file.locate(f.path, f.on), lang, f.params));
    return result.ok && notation.length === 0 ? { document: documentOf(result.typ, result.data, file), diagnostics } : { diagnostics };
  } catch (error) {
    // Whatever goes wrong with one file is that file's finding; the other files are still checked.
    const reason = escapeControl(error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { diagnostics: [diagnostic("internal-error", found.display, WHOLE_FILE, lang, { reason })] };
  }
}

/** Findings shown per file; the rest are counted in one `findings-truncated`, placed where the first of them is. */
export const MAX_FINDINGS_PER_FILE = 100;

function capped<T>(list: readonly T[], lang: Lang, toDiagnostic: (item: T) => Diagnostic): Diagnostic[] {
  const shown = list.slice(0, MAX_FINDINGS_PER_FILE).map(toDiagnostic);
  const next = list[MAX_FINDINGS_PER_FILE];
  if (next === undefined) return shown;
  const { file, line, column } = toDiagnostic(next);
  return [...shown, diagnostic("findings-truncated", file, { line, column }, lang, { count: list.length - MAX_FINDINGS_PER_FILE })];
}

function documentOf(typ: string, data: unknown, file: LoadedFile): CheckedDocument {
  return typ === planKind.typ
    ? { kind: "plan", plan: planFromFile(data as PlanFile, file) }
    : { kind: "report", definition: definitionFromFile(data as ReportDefinitionFile, file) };
}
