/** One section per reported plan (its measures and key figures), and the background key figures. */
import type { ReportModel, UnitReport } from "../../model/types.js";
import type { Block } from "../blocks.js";
import { keyFigureBlocks } from "./key-figures.js";
import { measuresTable } from "./measures.js";
import { sharedMeasures } from "./shared-measures.js";

/**
 * The measures several units share as one matrix, then a section per unit with the rest of what its plan says; a
 * unit whose plan says nothing beyond the matrix has no section of its own (its column is in the matrix).
 */
export function unitSections(m: ReportModel, level: number): Block[] {
  const shared = sharedMeasures(m.units);
  return [
    ...(shared.table ? [shared.table] : []),
    ...m.units.flatMap((unit): Block[] => {
      const covered = shared.covered.get(unit.planId)!;
      const own = { ...unit, measures: unit.measures.filter((row) => !covered.has(row.title)) };
      const blocks = planBlocks(own, { keyFigures: true, numberLabel: "Diarienummer", inMatrix: covered.size > 0 });
      return blocks.length ? [{ kind: "heading", level, text: unit.title }, ...blocks] : [];
    }),
  ];
}

/** The department's own plan: its measures and revision date; its key figures are shown under `nyckeltal`. */
export function departmentSection(m: ReportModel): Block[] {
  const plan = m.department;
  return plan ? planBlocks(plan, { keyFigures: false, numberLabel: `${plan.title}, diarienummer`, inMatrix: false }) : [];
}

interface PlanBlockOptions {
  keyFigures: boolean;
  /** How the registration number is introduced: "Diarienummer", "<titel>, diarienummer". */
  numberLabel: string;
  /** Some of the plan's measures are in the matrix of shared measures: no "has no measures" when none is left. */
  inMatrix: boolean;
}

/** The facts line ("Diarienummer 2023.027 VON. Revideras senast …"), the measures, and the key figures if asked. */
function planBlocks(plan: UnitReport, options: PlanBlockOptions): Block[] {
  const revision = plan.reviseBy && `Revideras senast ${plan.reviseBy}${plan.revisionPassed ? ", ett datum som har passerat" : ""}.`;
  const facts = [plan.registrationNumber && `${options.numberLabel} ${plan.registrationNumber}.`, revision].filter((s): s is string =>
    Boolean(s),
  );
  const measures: Block[] = plan.measures.length
    ? [measuresTable(`Åtgärder i ${plan.title}`, plan.measures)]
    : options.inMatrix
      ? []
      : [{ kind: "paragraph", text: "Planen har inga åtgärder." }];
  return [
    ...(facts.length ? [{ kind: "paragraph" as const, text: facts.join(" ") }] : []),
    ...measures,
    ...(options.keyFigures ? keyFigureBlocks(`Nyckeltal i ${plan.title}`, plan.keyFigures) : []),
  ];
}

export function backgroundFigures(m: ReportModel, level: number): Block[] {
  return m.background.flatMap((plan): Block[] => [
    { kind: "heading", level, text: plan.title },
    ...keyFigureBlocks(`Nyckeltal i ${plan.title}`, plan.keyFigures),
  ]);
}
