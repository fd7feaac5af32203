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
      return { diagnostics: loaded.problems.map((p) => diagnostic(p.code, found.display, p.at ?? WHOLE_FILE, lang, p.params)) };
    }
    const file = loaded.file;
    const result = validateDocument(file.data, config, lang);
    const diagnostics = result.findings.map((f) => diagnostic(f.code, file.display, file.locate(f.path, f.on), lang, f.params));
    return result.ok ? { document: documentOf(result.typ, result.data, file), diagnostics } : { diagnostics };
  } catch (error) {
    // Whatever goes wrong with one file is that file's finding; the other files are still checked.
    const reason = escapeControl(error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { diagnostics: [diagnostic("internal-error", found.display, WHOLE_FILE, lang, { reason })] };
  }
}

function documentOf(typ: string, data: unknown, file: LoadedFile): CheckedDocument {
  return typ === planKind.typ
    ? { kind: "plan", plan: planFromFile(data as PlanFile, file) }
    : { kind: "report", definition: definitionFromFile(data as ReportDefinitionFile, file) };
}
