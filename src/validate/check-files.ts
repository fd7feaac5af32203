/**
 * The whole `plan check` pipeline without any output: discover → each file through check-file.ts → cross-file
 * rules → sorted diagnostics, with the valid plans and report definitions for the commands that go on from there
 * (`plan due`, `plan report`, `plan followup`).
 */
import type { Config } from "../config/defaults.js";
import { type Diagnostic, sortDiagnostics } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/messages.js";
import { discoverFiles } from "../load/discover.js";
import type { ReportDefinition } from "../model/report-definition.js";
import type { Plan } from "../model/types.js";
import type { Lang } from "../text/lang.js";
import { quoteValue } from "../text/safe-text.js";
import { checkFile } from "./check-file.js";

export interface CheckOptions {
  paths: readonly string[];
  cwd: string;
  config: Config;
  lang: Lang;
}

export interface CheckResult {
  filesChecked: number;
  diagnostics: Diagnostic[];
  /** The valid plans and report definitions, in path order. */
  plans: Plan[];
  definitions: ReportDefinition[];
  /** The display paths of the valid files. */
  validFiles: Set<string>;
}

export async function checkFiles(options: CheckOptions): Promise<CheckResult> {
  const files = await discoverFiles(options.paths, options.cwd);
  const result: CheckResult = { filesChecked: files.length, diagnostics: [], plans: [], definitions: [], validFiles: new Set() };
  for (const found of files) {
    const outcome = checkFile(found, options.config, options.lang);
    result.diagnostics.push(...outcome.diagnostics);
    if (!outcome.document) continue;
    result.validFiles.add(found.display);
    if (outcome.document.kind === "plan") result.plans.push(outcome.document.plan);
    else result.definitions.push(outcome.document.definition);
  }
  result.diagnostics.push(...uniquePlanIds(result.plans, options.lang));
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

/** Plan ids are unique across files; the later file (in path order) is the one reported. */
function uniquePlanIds(plans: readonly Plan[], lang: Lang): Diagnostic[] {
  const first = new Map<string, Plan>();
  const out: Diagnostic[] = [];
  for (const plan of plans) {
    const earlier = first.get(plan.id);
    if (!earlier) first.set(plan.id, plan);
    else {
      const params = { value: quoteValue(plan.id), other: earlier.file };
      out.push(diagnostic("plan-id-duplicate", plan.file, plan.source.fields.id!, lang, params));
    }
  }
  return out;
}
