/**
 * `--format table` (the default): for people at a terminal. One table per responsible role (as written, so that
 * "EC KTV" and "EC pers. ass" are different people), then per plan, the most overdue first.
 * An item with several roles is listed under each, so that everyone finds all of theirs in one place; the summary
 * counts each item once. Colour only when the CLI says so; every user-derived string is escaped.
 */
import { Chalk, type ChalkInstance } from "chalk";
import { escapeControl, neutraliseLines } from "../../diagnostics/safe-text.js";
import { renderTable } from "../../output/text-table.js";
import { roleCode } from "../../validate/rules/roles.js";
import { roleMatches } from "../filter.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { daysText, HEADERS, noRoleText, summaryText, whatText } from "./texts.js";

export function* formatTable(items: readonly DueItem[], ctx: DueFormatContext): Generator<string> {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  for (const [role, group] of roleGroups(items, ctx)) {
    const code = roleCode(role);
    const title = ctx.roleTitles[code];
    const heading = role === "" ? noRoleText(ctx.lang) : title && title !== role ? `${role} (${title})` : role;
    yield lines([c.bold.underline(escapeControl(heading))]);
    for (const plan of renderPlans(group, ctx, c)) yield lines(plan);
    yield "\n";
  }
  const overdue = items.filter((i) => i.state === "overdue").length;
  const summary = summaryText(overdue, items.length - overdue, ctx.today, ctx.within, ctx.lang);
  yield lines([overdue > 0 ? c.red.bold(summary) : items.length > 0 ? c.yellow.bold(summary) : c.green.bold(summary)]);
}

function lines(parts: readonly string[]): string {
  return `${neutraliseLines(parts.join("\n"))}\n`;
}

/** Items by written role, in the config's role order, then alphabetically; "" collects items with no role. */
function roleGroups(items: readonly DueItem[], ctx: DueFormatContext): [string, DueItem[]][] {
  const groups = new Map<string, DueItem[]>();
  for (const item of items) {
    const roles = item.responsible.length ? [...new Set(item.responsible.map((r) => r.trim().replace(/\s+/g, " ")))] : [""];
    for (const role of roles) {
      if (ctx.roleFilter !== undefined && !roleMatches(role, ctx.roleFilter)) continue;
      const group = groups.get(role) ?? [];
      group.push(item);
      groups.set(role, group);
    }
  }
  const order = Object.keys(ctx.roleTitles);
  const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Per plan: its heading line and its table. */
function* renderPlans(items: readonly DueItem[], ctx: DueFormatContext, c: ChalkInstance): Generator<string[]> {
  const byPlan = new Map<string, DueItem[]>();
  for (const item of items) {
    const rows = byPlan.get(item.file);
    if (rows) rows.push(item);
    else byPlan.set(item.file, [item]);
  }
  for (const [file, rows] of byPlan) {
    const first = rows[0]!;
    yield [`${escapeControl(first.planId)}: ${escapeControl(first.planTitle)} ${c.dim(`(${escapeControl(file)})`)}`, renderItems(rows, ctx, c)];
  }
}

function renderItems(items: readonly DueItem[], ctx: DueFormatContext, c: ChalkInstance): string {
  const h = HEADERS[ctx.lang];
  const bold = (text: string) => c.bold(text);
  const rows = items.map((item) => {
    const days = daysText(item.daysOverdue, ctx.lang);
    return [
      escapeControl(item.measureName ?? "–"),
      escapeControl(whatText(item, ctx.lang)),
      item.due,
      { text: days, style: (text: string) => (item.state === "overdue" ? c.red(text) : c.yellow(text)) },
      String(ctx.locate(item).line),
    ];
  });
  return renderTable(rows, {
    head: [h.measure, h.what, h.due, h.days, h.line].map((text) => ({ text, style: bold })),
    widths: [34, 38, null, null, null],
  });
}
