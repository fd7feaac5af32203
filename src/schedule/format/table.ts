/**
 * `--format table` (the default): for people at a terminal. One table per responsible role (as written, so that
 * "EC KTV" and "EC pers. ass" are different people), then per plan, the most overdue first.
 * An item with several roles is listed under each, so that everyone finds all of theirs in one place; the summary
 * counts each item once. Colour only when the CLI says so; every user-derived string is escaped.
 */
import { Chalk, type ChalkInstance } from "chalk";
import { escapeControl, neutraliseLines } from "../../diagnostics/safe-text.js";
import { type Cell, renderTable } from "../../output/text-table.js";
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
    for (const plan of renderPlans(group, ctx, c)) yield plan;
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
  // The same few roles are written on thousands of items: each spelling is normalised and filtered once.
  const normalised = new Map<string, string | null>();
  const roleOf = (written: string): string | null => {
    let role = normalised.get(written);
    if (role === undefined) {
      role = written.trim().replace(/\s+/g, " ");
      if (ctx.roleFilter !== undefined && !roleMatches(role, ctx.roleFilter)) role = null;
      normalised.set(written, role);
    }
    return role;
  };
  const add = (role: string, item: DueItem) => {
    const group = groups.get(role);
    if (group) group.push(item);
    else groups.set(role, [item]);
  };
  for (const item of items) {
    const written = item.responsible;
    if (written.length === 0) {
      if (ctx.roleFilter === undefined || roleMatches("", ctx.roleFilter)) add("", item);
    } else if (written.length === 1) {
      const role = roleOf(written[0]!);
      if (role !== null) add(role, item);
    } else {
      // Once under each role, however often it is written.
      const seen = new Set<string>();
      for (const r of written) {
        const role = roleOf(r);
        if (role === null || seen.has(role)) continue;
        seen.add(role);
        add(role, item);
      }
    }
  }
  const order = Object.keys(ctx.roleTitles);
  const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Per plan: its heading line and its table, as whole lines. */
function* renderPlans(items: readonly DueItem[], ctx: DueFormatContext, c: ChalkInstance): Generator<string> {
  const byPlan = new Map<string, DueItem[]>();
  for (const item of items) {
    const rows = byPlan.get(item.file);
    if (rows) rows.push(item);
    else byPlan.set(item.file, [item]);
  }
  for (const [file, rows] of byPlan) {
    const first = rows[0]!;
    const where = `(${escapeControl(file)})`;
    const heading = `${escapeControl(first.planId)}: ${escapeControl(first.planTitle)} ${ctx.color ? c.dim(where) : where}`;
    // Neutralised apart (no line joins them), and the table, one flat string, handed on as it is.
    yield `${neutraliseLines(heading)}\n`;
    yield neutraliseLines(renderItems(rows, ctx, c));
    yield "\n";
  }
}

function renderItems(items: readonly DueItem[], ctx: DueFormatContext, c: ChalkInstance): string {
  const h = HEADERS[ctx.lang];
  const head = [h.measure, h.what, h.due, h.days, h.line];
  // Without colour every style is the identity: plain cells spare the renderer a call per cell.
  const color = ctx.color;
  const bold = (text: string) => c.bold(text);
  const red = (text: string) => c.red(text);
  const yellow = (text: string) => c.yellow(text);
  const rows: Cell[][] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const days = daysText(item.daysOverdue, ctx.lang);
    rows[i] = [
      escapeControl(item.measureName ?? "–"),
      // Only a deadline's own wording comes from the file; the rest are our words and dates that were checked.
      item.kind === "deadline" ? escapeControl(whatText(item, ctx.lang)) : whatText(item, ctx.lang),
      item.due,
      color ? { text: days, style: item.state === "overdue" ? red : yellow } : days,
      String(ctx.locate(item).line),
    ];
  }
  return renderTable(rows, {
    head: color ? head.map((text) => ({ text, style: bold })) : head,
    widths: [34, 38, null, null, null],
  });
}
