/** Plans for the schedule tests, written as the YAML a user writes and built through the real loader and model. */
import { DEFAULT_CONFIG, isDone } from "../../src/config/defaults.js";
import { loadText } from "../../src/load/load-file.js";
import { planFromFile } from "../../src/model/from-file.js";
import type { Plan } from "../../src/model/types.js";
import { dueItems } from "../../src/schedule/due-items.js";
import type { DueItem, ScheduleOptions } from "../../src/schedule/types.js";
import type { PlanFile } from "../../src/schema/plan-schema.js";
import { validateDocument } from "../../src/validate/validate-document.js";

/** A valid plan from YAML; throws with the findings when the YAML is not a valid plan. */
export function planOf(yaml: string, file = "plans/test.yaml"): Plan {
  const loaded = loadText({ absolute: `/x/${file}`, display: file }, yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const result = validateDocument(loaded.file.data, DEFAULT_CONFIG, "sv");
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return planFromFile(result.data as PlanFile, loaded.file);
}

/** One measure in an otherwise minimal plan; `extra` is more plan-level YAML. */
export function measurePlan(measureYaml: string, extra = ""): Plan {
  const indented = measureYaml
    .trim()
    .split("\n")
    .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
    .join("\n");
  return planOf(`id: test\ntitel: Test\n${extra}åtgärder:\n${indented}\n`);
}

export function options(today: string, more: Partial<ScheduleOptions> = {}): ScheduleOptions {
  return { today, within: 14, reportMonths: [5, 11], isDone: (s) => isDone(DEFAULT_CONFIG, s), ...more };
}

export function due(plans: Plan | Plan[], today: string, more: Partial<ScheduleOptions> = {}): DueItem[] {
  return dueItems(Array.isArray(plans) ? plans : [plans], options(today, more));
}

/** The short form the tests compare: kind, due date, state and days. */
export function brief(items: readonly DueItem[]): string[] {
  return items.map((i) => `${i.kind} ${i.due} ${i.state} ${i.daysOverdue}`);
}
