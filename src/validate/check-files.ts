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
import type { Plan, Position } from "../model/types.js";
import type { Lang } from "../text/lang.js";
import { quoteValue } from "../text/safe-text.js";
import { checkFile } from "./check-file.js";

export interface CheckOptions {
  paths: readonly string[];
  cwd: string;
  config: Config;
  lang: Lang;
  /**
   * Whether to return the valid plans and definitions (default yes). `plan check` only reports, and says no: the
   * models of 10,000 files would be some 300 MB held to the end for nothing.
   */
  keepDocuments?: boolean;
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
  const keep = options.keepDocuments ?? true;
  const result: CheckResult = { filesChecked: files.length, diagnostics: [], plans: [], definitions: [], validFiles: new Set() };
  const planIds: PlanId[] = [];
  for (const found of files) {
    const outcome = checkFile(found, options.config, options.lang);
    result.diagnostics.push(...outcome.diagnostics);
    if (!outcome.document) continue;
    result.validFiles.add(found.display);
    if (outcome.document.kind === "plan") {
      const { plan } = outcome.document;
      planIds.push({ id: plan.id, file: plan.file, at: plan.source.fields.id! });
      if (keep) result.plans.push(plan);
    } else if (keep) result.definitions.push(outcome.document.definition);
  }
  result.diagnostics.push(...uniquePlanIds(planIds, options.lang));
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

interface PlanId {
  id: string;
  file: string;
  at: Position;
}

/** Plan ids are unique across files; the later file (in path order) is the one reported. */
function uniquePlanIds(plans: readonly PlanId[], lang: Lang): Diagnostic[] {
  const first = new Map<string, PlanId>();
  const out: Diagnostic[] = [];
  for (const plan of plans) {
    const earlier = first.get(plan.id);
    if (!earlier) first.set(plan.id, plan);
    else out.push(diagnostic("plan-id-duplicate", plan.file, plan.at, lang, { value: quoteValue(plan.id), other: earlier.file }));
  }
  return out;
}
