/**
 * `plan due --format table` as first written: plain loops, a string per cell, row and table (the reference box
 * table of test/output/reference-table.ts), each table neutralised as a whole. src/schedule/format/table.ts writes
 * cells laid out once as bytes and must give exactly this text (table-format.test.ts).
 */
import { Chalk } from "chalk";
import { escapeControl, neutraliseLines } from "../../src/diagnostics/safe-text.js";
import { roleMatches } from "../../src/schedule/filter.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { daysText, HEADERS, noRoleText, summaryText, whatText } from "../../src/schedule/format/texts.js";
import type { DueItem } from "../../src/schedule/types.js";
import { roleCode } from "../../src/validate/rules/roles.js";
import { type ReferenceCell, referenceTable } from "../output/reference-table.js";

export function referenceTableFormat(items: readonly DueItem[], ctx: DueFormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const groups = new Map<string, DueItem[]>();
  const normal = (role: string) => role.trim().replace(/\s+/g, " ");
  const wanted = (role: string) => ctx.roleFilter === undefined || roleMatches(role, ctx.roleFilter);
  for (const item of items) {
    const roles = item.responsible.length === 0 ? [""] : [...new Set(item.responsible.map(normal))];
    for (const role of roles.filter(wanted)) groups.set(role, [...(groups.get(role) ?? []), item]);
  }
  const order = Object.keys(ctx.roleTitles);
  const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
  let out = "";
  for (const [role, group] of [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const title = ctx.roleTitles[roleCode(role)];
    const heading = role === "" ? noRoleText(ctx.lang) : title && title !== role ? `${role} (${title})` : role;
    out += `${neutraliseLines(c.bold.underline(escapeControl(heading)))}\n`;
    const byPlan = new Map<string, DueItem[]>();
    for (const item of group) byPlan.set(item.file, [...(byPlan.get(item.file) ?? []), item]);
    for (const [file, rows] of byPlan) {
      const where = `(${escapeControl(file)})`;
      out += `${neutraliseLines(`${escapeControl(rows[0]!.planId)}: ${escapeControl(rows[0]!.planTitle)} ${ctx.color ? c.dim(where) : where}`)}\n`;
      out += `${neutraliseLines(table(rows, ctx, c))}\n`;
    }
    out += "\n";
  }
  const overdue = items.filter((i) => i.state === "overdue").length;
  const summary = summaryText(overdue, items.length - overdue, ctx.today, ctx.within, ctx.lang);
  return `${out}${neutraliseLines(overdue > 0 ? c.red.bold(summary) : items.length > 0 ? c.yellow.bold(summary) : c.green.bold(summary))}\n`;
}

function table(items: readonly DueItem[], ctx: DueFormatContext, c: InstanceType<typeof Chalk>): string {
  const h = HEADERS[ctx.lang];
  const style = (text: string, s: (t: string) => string): ReferenceCell => (ctx.color ? { text, style: s } : text);
  const rows = items.map((item) => [
    escapeControl(item.measureName ?? "–"),
    item.kind === "deadline" ? escapeControl(whatText(item, ctx.lang)) : whatText(item, ctx.lang),
    item.due,
    style(daysText(item.daysOverdue, ctx.lang), item.state === "overdue" ? (t) => c.red(t) : (t) => c.yellow(t)),
    String(ctx.locate(item).line),
  ]);
  const head = [h.measure, h.what, h.due, h.days, h.line].map((text) => style(text, (t) => c.bold(t)));
  return referenceTable(rows, head, [34, 38, null, null, null]);
}
