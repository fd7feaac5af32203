/** What changed since the previous report-back, per unit, in sentences a committee reads; units without change last. */
import type { ChangesModel, ReportModel, UnitChanges } from "../../model/types.js";
import type { Block } from "../blocks.js";

const SOURCE_TEXT: Record<ChangesModel["source"], string> = {
  git: "Jämförelsen bygger på planfilernas historik i git och på deras uppföljningsloggar.",
  "no-git": "Git finns inte på datorn som tog fram rapporten; jämförelsen bygger bara på uppföljningsloggarna.",
  "not-a-repository": "Planfilerna ligger inte i ett git-arkiv; jämförelsen bygger bara på uppföljningsloggarna.",
};

export function changeBlocks(m: ReportModel, level: number): Block[] {
  const changes = m.changes;
  if (!changes) return [];
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: `Sedan förra återrapporteringen, den ${changes.sinceText} (${changes.sinceFile}), till den ${m.dateText}. ${SOURCE_TEXT[changes.source]}`,
    },
  ];
  const unchanged: string[] = [];
  for (const unit of changes.units) {
    const items = unitItems(unit);
    if (items.length === 0) unchanged.push(unit.title);
    else blocks.push({ kind: "heading", level, text: unit.title }, { kind: "list", ordered: false, items });
  }
  if (unchanged.length) blocks.push({ kind: "paragraph", text: `Inga förändringar registrerade i: ${unchanged.join(", ")}.` });
  const unknown = changes.source === "git" ? changes.units.filter((unit) => !unit.known).map((unit) => unit.title) : [];
  if (unknown.length) {
    const text = `Planfilernas historik i git når inte tillbaka till den ${changes.sinceText} för: ${unknown.join(", ")}; där bygger jämförelsen bara på loggen.`;
    blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

function unitItems(unit: UnitChanges): string[] {
  const items = unit.followUps.map((f) => {
    const status = f.status ? `, ${f.status}` : "";
    const comment = f.comment ? `: ${f.comment}` : "";
    return `Uppföljning ${f.date} av ${f.measure}${status}${comment}`;
  });
  items.push(...unit.statuses.map((s) => `Status ändrad för ${s.measure}: ${s.from} → ${s.to}`));
  items.push(...unit.added.map((title) => `Ny åtgärd: ${title}`));
  items.push(...unit.removed.map((title) => `Åtgärd borttagen: ${title}`));
  if (unit.revisedTo) items.push(`Planen har reviderats; revideras nu senast ${unit.revisedTo}`);
  return items;
}
