/** One section per reported plan (its measures and key figures), and the background key figures. */
import type { ReportModel } from "../../model/types.js";
import type { Block } from "../blocks.js";
import { keyFigureBlocks } from "./key-figures.js";
import { measuresTable } from "./measures.js";

export function unitSections(m: ReportModel, level: number): Block[] {
  return m.units.flatMap((unit): Block[] => {
    const facts = [
      unit.registrationNumber && `Diarienummer ${unit.registrationNumber}.`,
      unit.reviseBy && `Revideras senast ${unit.reviseBy}.`,
    ].filter((s): s is string => Boolean(s));
    return [
      { kind: "heading", level, text: unit.title },
      ...(facts.length ? [{ kind: "paragraph" as const, text: facts.join(" ") }] : []),
      unit.measures.length
        ? measuresTable(`Åtgärder i ${unit.title}`, unit.measures)
        : { kind: "paragraph", text: "Planen har inga åtgärder." },
      ...keyFigureBlocks(`Nyckeltal i ${unit.title}`, unit.keyFigures),
    ];
  });
}

export function backgroundFigures(m: ReportModel, level: number): Block[] {
  return m.background.flatMap((plan): Block[] => [
    { kind: "heading", level, text: plan.title },
    ...keyFigureBlocks(`Nyckeltal i ${plan.title}`, plan.keyFigures),
  ]);
}
