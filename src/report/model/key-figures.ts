/** Key figures with their values in time order and formatted the Swedish way, plus the text a chart stands for. */
import { parsePeriod } from "../../dates/period.js";
import type { KeyFigure } from "../../model/types.js";
import { formatNumber } from "../format/numbers.js";
import type { KeyFigureModel, KeyFigureValue } from "./types.js";

export function keyFigureModels(figures: readonly KeyFigure[], currency: string): KeyFigureModel[] {
  return figures.map((k) => {
    const unit = k.unit ?? currency;
    const values = inTimeOrder(k.values).map(({ period, value }) => ({ period, value, text: formatNumber(value) }));
    const target: KeyFigureValue | undefined =
      k.target === undefined ? undefined : { period: "Mål", value: k.target, text: formatNumber(k.target) };
    return {
      id: k.id,
      name: k.name,
      unit,
      values,
      ...(target && { target }),
      ...(k.sourceNote !== undefined && { source: k.sourceNote }),
      description: describe(k.name, unit, values, target),
    };
  });
}

/** Periods sort by the day they start (`Ht-24` after `2024`'s spring); ties and unparsable ones keep their order. */
function inTimeOrder(values: readonly { period: string; value: number }[]): { period: string; value: number }[] {
  const start = (period: string) => {
    const parsed = parsePeriod(period);
    return parsed.ok ? parsed.range.start : "9999";
  };
  return values
    .map((v, i) => ({ v, i, key: start(v.period) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map(({ v }) => v);
}

/** "Avdelningens resultat, mkr: 2021 −9,5; 2022 −13,2. Mål 0." The alt text of the chart, and its summary. */
function describe(name: string, unit: string, values: readonly KeyFigureValue[], target?: KeyFigureValue): string {
  const list = values.map((v) => `${v.period} ${v.text}`).join("; ");
  const goal = target ? ` Mål ${target.text}.` : "";
  return `${name}, ${unit}: ${list || "inga värden"}.${goal}`;
}
