/** The generated blocks that are one list, one paragraph or one small table: the smaller block placeholders. */
import type { ProseBlock, ReportModel } from "../../model/types.js";
import type { Block } from "../blocks.js";
import { overdueTable } from "./measures.js";

export function caseFacts(m: ReportModel): Block[] {
  const items: { label: string; value: string }[] = [
    { label: "Nämnd", value: m.committee },
    { label: "Datum", value: m.date },
  ];
  if (m.registrationNumber) items.push({ label: "Diarienummer", value: m.registrationNumber });
  // No § and no meeting: a tjänsteskrivelse is written before the meeting, which gives the paragraph.
  items.push({ label: "Återrapportering", value: m.period.text });
  return [{ kind: "facts", items }];
}

export function proseBlocks(blocks: readonly ProseBlock[]): Block[] {
  return blocks.map((b) =>
    b.kind === "paragraph" ? { kind: "paragraph", text: b.text } : { kind: "list", ordered: b.ordered, items: [...b.items] },
  );
}

export function orderedList(items: readonly string[]): Block[] {
  return items.length ? [{ kind: "list", ordered: true, items: [...items] }] : [];
}

export function bulletList(items: readonly string[]): Block[] {
  return items.length ? [{ kind: "list", ordered: false, items: [...items] }] : [];
}

/**
 * What was past due on the report date by a rule written in a plan, and, said as what it is rather than as
 * lateness, which unit plans have no follow-up recorded since the previous report-back.
 */
export function overdueBlocks(m: ReportModel): Block[] {
  const blocks: Block[] =
    m.overdue.length === 0
      ? [{ kind: "paragraph", text: `Inget var försenat den ${m.dateText}.` }]
      : [overdueTable(`Försenade uppföljningar och åtgärder den ${m.dateText}`, m.overdue)];
  const without = m.withoutFollowUp;
  if (without && without.plans.length > 0) {
    const which = without.plans.length === 1 ? "handlingsplan" : "handlingsplaner";
    blocks.push({
      kind: "paragraph",
      text: `Ingen uppföljning är registrerad sedan återrapporteringen i ${without.since.text} i följande ${which}:`,
    });
    blocks.push(...bulletList(without.plans));
  }
  return blocks;
}

export function roleLegend(m: ReportModel): Block[] {
  // A role written out ("Redovisningsekonom") is no abbreviation to explain.
  const roles = m.roles.filter((r) => r.code.toLowerCase() !== r.title.toLowerCase());
  if (roles.length === 0) return [];
  const entries = roles.map((r) => `${r.code} ${r.title.charAt(0).toLowerCase()}${r.title.slice(1)}`);
  return [{ kind: "paragraph", text: `Förkortningar: ${entries.join(", ")}.` }];
}

export function signatures(m: ReportModel): Block[] {
  return m.signatories.length ? [{ kind: "signatures", people: m.signatories.map((s) => ({ ...s })) }] : [];
}
