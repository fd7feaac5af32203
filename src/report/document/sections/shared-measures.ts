/**
 * Measures that several units share (the same rubrik) shown once, as a matrix: a row per measure, a column per
 * unit, each cell that unit's status and last follow-up. Who is responsible and the next follow-up are a column
 * of their own when every unit says the same; where they differ, the measure stays in each unit's own table too,
 * so that nothing a plan says is lost.
 */
import type { MeasureRow, UnitReport } from "../../model/types.js";
import type { Block, Column } from "../blocks.js";
import { lastText, nextText, statusText } from "./measures.js";

export interface SharedMeasures {
  /** The matrix, or none when no measure is shared. */
  table?: Block;
  /** Per unit (by plan id), the titles of measures the matrix says all there is to say about. */
  covered: Map<string, Set<string>>;
}

export function sharedMeasures(units: readonly UnitReport[]): SharedMeasures {
  const byTitle = new Map<string, { unit: UnitReport; row: MeasureRow }[]>();
  for (const unit of units) for (const row of unit.measures) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), { unit, row }]);
  const shared = [...byTitle].filter(([, uses]) => new Set(uses.map((u) => u.unit.planId)).size > 1);
  const covered = new Map(units.map((unit) => [unit.planId, new Set<string>()]));
  if (shared.length === 0) return { covered };

  const columns: Column[] = [
    { title: "Åtgärd", align: "left", weight: 2 },
    { title: "Ansvarig och nästa uppföljning", align: "left", weight: 2 },
    ...units.map((unit): Column => ({ title: unit.shortName, align: "left", weight: 1.4 })),
  ];
  const rows = shared.map(([title, uses]) => {
    const common = new Set(uses.map(({ row }) => commonText(row)));
    const same = common.size === 1;
    if (same) for (const { unit } of uses) covered.get(unit.planId)!.add(title);
    const cells = units.map((unit) => {
      const use = uses.find((u) => u.unit.planId === unit.planId);
      if (!use) return "–";
      return `${statusText(use.row)}; ${use.row.last ? lastText(use.row) : "ingen registrerad"}`;
    });
    return [title, same ? [...common][0]! : "Olika per enhet, se enheternas tabeller", ...cells];
  });
  const caption = "Åtgärder som flera enheter har: per enhet status och senaste registrerade uppföljning";
  return { table: { kind: "table", caption, columns, rows }, covered };
}

function commonText(row: MeasureRow): string {
  return `${row.responsible.join(", ") || "–"}; ${nextText(row)}`;
}
