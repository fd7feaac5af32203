/** Key figures as a table (both outputs) and one bar chart per figure (the PDF draws it; Markdown has the table). */
import { parsePeriod } from "../../../dates/period.js";
import type { KeyFigureModel } from "../../model/types.js";
import type { Block } from "../blocks.js";

export function keyFigureBlocks(caption: string, figures: readonly KeyFigureModel[]): Block[] {
  if (figures.length === 0) return [];
  const periods = periodColumns(figures);
  const withTarget = figures.some((f) => f.target);
  const table: Block = {
    kind: "table",
    caption,
    columns: [
      { title: "Nyckeltal", align: "left", weight: 1 },
      ...periods.map((p) => ({ title: p, align: "right" as const })),
      ...(withTarget ? [{ title: "Mål", align: "right" as const }] : []),
    ],
    rows: figures.map((f) => [
      `${f.name} (${f.unit})`,
      ...periods.map((p) => f.values.find((v) => v.period === p)?.text ?? "–"),
      ...(withTarget ? [f.target?.text ?? "–"] : []),
    ]),
  };
  const charts: Block[] = figures
    .filter((f) => f.values.length > 0)
    .map((f) => ({
      kind: "chart",
      caption: `${f.name} (${f.unit})`,
      unit: f.unit,
      alt: `Stapeldiagram. ${f.description}`,
      bars: [
        ...f.values.map((v) => ({ label: v.period, value: v.value, text: v.text })),
        ...(f.target ? [{ label: "Mål", value: f.target.value, text: f.target.text, target: true }] : []),
      ],
    }));
  const sources = [...new Set(figures.flatMap((f) => (f.source ? [f.source] : [])))];
  const source: Block[] = sources.length ? [{ kind: "paragraph", text: `Källa: ${sources.join("; ").replace(/\.$/, "")}.` }] : [];
  return [...charts, table, ...source];
}

/** Every period any figure has, in time order (the day each starts), each once. */
function periodColumns(figures: readonly KeyFigureModel[]): string[] {
  const all = [...new Set(figures.flatMap((f) => f.values.map((v) => v.period)))];
  const start = (p: string) => {
    const parsed = parsePeriod(p);
    return parsed.ok ? parsed.range.start : "9999";
  };
  return all
    .map((p, i) => ({ p, i, key: start(p) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.p);
}
