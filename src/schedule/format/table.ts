/**
 * `--format table` (the default): for people at a terminal. One table per responsible role (as written, so that
 * "EC KTV" and "EC pers. ass" are different people), then per plan, the most overdue first.
 * An item with several roles is listed under each, so that everyone finds all of theirs in one place; the summary
 * counts each item once. Colour only when the CLI says so; every user-derived string is escaped.
 */
import { Chalk } from "chalk";
import { escapeControl, neutraliseLines } from "../../diagnostics/safe-text.js";
import type { OutputPiece } from "../../output/byte-batches.js";
import { roleCode } from "../../validate/rules/roles.js";
import { roleMatches } from "../filter.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { PlanTables } from "./plan-table.js";
import { noRoleText, summaryText } from "./texts.js";

export function* formatTable(items: readonly DueItem[], ctx: DueFormatContext): Generator<OutputPiece> {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const tables = new PlanTables(ctx, c);
  // An item under several roles is a row in each of their tables: its cells are worked out once.
  const cells = tables.cellsOf(items);
  for (const [role, group] of roleGroups(items, ctx)) {
    const code = roleCode(role);
    const title = ctx.roleTitles[code];
    const heading = role === "" ? noRoleText(ctx.lang) : title && title !== role ? `${role} (${title})` : role;
    yield lines([c.bold.underline(escapeControl(heading))]);
    // Each plan's table is written into the output's batches as it is laid out, a plan at a time.
    for (const rows of byFile(group, items)) yield (out) => tables.write(out, items[rows[0]!]!, rows, cells);
    yield "\n";
  }
  let overdue = 0;
  for (const item of items) if (item.state === "overdue") overdue++;
  const summary = summaryText(overdue, items.length - overdue, ctx.today, ctx.within, ctx.lang);
  yield lines([overdue > 0 ? c.red.bold(summary) : items.length > 0 ? c.yellow.bold(summary) : c.green.bold(summary)]);
}

function lines(parts: readonly string[]): string {
  return `${neutraliseLines(parts.join("\n"))}\n`;
}

/**
 * Items (their indexes) by written role, in the config's role order, then alphabetically; "" collects items with no
 * role.
 */
function roleGroups(items: readonly DueItem[], ctx: DueFormatContext): [string, number[]][] {
  const groups = new Map<string, number[]>();
  // The same few roles are written on thousands of items: each spelling is normalised and filtered once, and each
  // list of roles (compact items share one array per distinct list) is turned into its groups once.
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
  const groupsOf = new Map<readonly string[], string[]>();
  const rolesOf = (written: readonly string[]): string[] => {
    if (written.length === 0) return ctx.roleFilter === undefined || roleMatches("", ctx.roleFilter) ? [""] : [];
    // Once under each role, however often it is written.
    const roles: string[] = [];
    for (const r of written) {
      const role = roleOf(r);
      if (role !== null && !roles.includes(role)) roles.push(role);
    }
    return roles;
  };
  for (let i = 0; i < items.length; i++) {
    const written = items[i]!.responsible;
    let roles = groupsOf.get(written);
    if (roles === undefined) groupsOf.set(written, (roles = rolesOf(written)));
    for (let r = 0; r < roles.length; r++) {
      const group = groups.get(roles[r]!);
      if (group) group.push(i);
      else groups.set(roles[r]!, [i]);
    }
  }
  const order = Object.keys(ctx.roleTitles);
  const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A group's items by plan file, in the order the files first appear. */
function byFile(group: readonly number[], items: readonly DueItem[]): Iterable<number[]> {
  const byPlan = new Map<string, number[]>();
  for (const i of group) {
    const file = items[i]!.file;
    const rows = byPlan.get(file);
    if (rows) rows.push(i);
    else byPlan.set(file, [i]);
  }
  return byPlan.values();
}
