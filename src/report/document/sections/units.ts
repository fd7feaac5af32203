/** One section per reported plan (its measures and key figures), and the background key figures. */
import type { ReportModel, UnitReport } from "../../model/types.js";
import type { Block } from "../blocks.js";
import { keyFigureBlocks } from "./key-figures.js";
import { measuresTable } from "./measures.js";

export function unitSections(m: ReportModel, level: number): Block[] {
  return m.units.flatMap((unit): Block[] => [{ kind: "heading", level, text: unit.title }, ...planBlocks(unit, true, "Diarienummer")]);
}

/** The department's own plan: its measures and revision date; its key figures are shown under `nyckeltal`. */
export function departmentSection(m: ReportModel): Block[] {
  const plan = m.department;
  return plan ? planBlocks(plan, false, `${plan.title}, diarienummer`) : [];
}

/** The facts line ("Diarienummer 2023.027 VON. Revideras senast …"), the measures, and the key figures if asked. */
function planBlocks(plan: UnitReport, withKeyFigures: boolean, numberLabel: string): Block[] {
  const revision = plan.reviseBy && `Revideras senast ${plan.reviseBy}${plan.revisionPassed ? ", ett datum som har passerat" : ""}.`;
  const facts = [plan.registrationNumber && `${numberLabel} ${plan.registrationNumber}.`, revision].filter((s): s is string => Boolean(s));
  return [
    ...(facts.length ? [{ kind: "paragraph" as const, text: facts.join(" ") }] : []),
    plan.measures.length
      ? measuresTable(`Åtgärder i ${plan.title}`, plan.measures)
      : { kind: "paragraph", text: "Planen har inga åtgärder." },
    ...(withKeyFigures ? keyFigureBlocks(`Nyckeltal i ${plan.title}`, plan.keyFigures) : []),
  ];
}

export function backgroundFigures(m: ReportModel, level: number): Block[] {
  return m.background.flatMap((plan): Block[] => [
    { kind: "heading", level, text: plan.title },
    ...keyFigureBlocks(`Nyckeltal i ${plan.title}`, plan.keyFigures),
  ]);
}
