/**
 * `--format table` (the default): for people at a terminal. One table per responsible role (as written, so that
 * "EC KTV" and "EC pers. ass" are different people), then per plan, the most overdue first.
 * An item with several roles is listed under each, so that everyone finds all of theirs in one place; the summary
 * counts each item once. Colour only when the CLI says so; every user-derived string is escaped.
 */
import { escapeControl, neutraliseLines } from "../../diagnostics/safe-text.js";
import type { OutputPiece } from "../../output/byte-batches.js";
import { styles } from "../../output/styles.js";
import { roleCode } from "../../validate/rules/roles.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { PlanTables } from "./plan-table.js";
import { RoleGroups } from "./role-groups.js";
import { noRoleText, summaryText } from "./texts.js";

export function* formatTable(items: readonly DueItem[], ctx: DueFormatContext): Generator<OutputPiece> {
  const c = styles(ctx.color);
  const tables = new PlanTables(ctx, c, items.length);
  const groups = new RoleGroups(ctx);
  // One pass over the items: a loop that runs once costs its own warm-up, however little it does.
  let overdue = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // An item under several roles is a row in each of their tables: its cells are worked out once.
    tables.addRow(item);
    groups.add(item, i);
    if (item.state === "overdue") overdue++;
  }
  for (const { role, plans } of groups.sorted()) {
    const title = ctx.roleTitles[roleCode(role)];
    const heading = role === "" ? noRoleText(ctx.lang) : title && title !== role ? `${role} (${title})` : role;
    yield lines([c.bold(c.underline(escapeControl(heading)))]);
    // The plans' tables are written into the output's batches as they are laid out, in pieces of a batch or so: a
    // piece ends after the table during which a batch was handed on, so a slow pipe is waited for as often as
    // with a piece per table, and the pieces are a tenth as many.
    let p = 0;
    while (p < plans.length) {
      const from = p;
      yield (out) => {
        const flushed = out.flushed;
        while (p < plans.length && out.flushed === flushed) {
          tables.write(out, items[plans[p]![0]!]!, plans[p]!);
          p++;
        }
      };
      // Each piece is to be written before the next is asked for (writeChunks does): else this would never end.
      if (p === from) throw new Error("formatTable: a piece was not written before the next was asked for");
    }
    yield "\n";
  }
  const summary = summaryText(overdue, items.length - overdue, ctx.today, ctx.within, ctx.lang);
  yield lines([(overdue > 0 ? c.red : items.length > 0 ? c.yellow : c.green)(c.bold(summary))]);
}

function lines(parts: readonly string[]): string {
  return `${neutraliseLines(parts.join("\n"))}\n`;
}
