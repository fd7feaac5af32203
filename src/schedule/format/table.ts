/**
 * `--format table` (the default): for people at a terminal. One table per responsible role (as written, so that
 * "EC KTV" and "EC pers. ass" are different people), then per plan, the most overdue first.
 * An item with several roles is listed under each, so that everyone finds all of theirs in one place; the summary
 * counts each item once. Colour only when the CLI says so; every user-derived string is escaped.
 *
 * Unlike the other formats it reads the compact plans themselves (table-rows.ts) rather than a sorted list of items.
 */
import { escapeControl, neutraliseLines } from "../../text/safe-text.js";
import type { OutputPiece } from "../../output/byte-batches.js";
import { styles } from "../../text/styles.js";
import { roleCode } from "../../validate/rules/roles.js";
import type { DuePlan } from "../compact/item-view.js";
import { inFileOrder } from "../compact/order.js";
import type { DueFormatContext } from "./context.js";
import { PlanTables } from "./plan-table.js";
import { TableRows } from "./table-rows.js";
import { noRoleText, summaryText } from "./texts.js";

export function* formatTable(plans: readonly DuePlan[], ctx: DueFormatContext): Generator<OutputPiece> {
  const c = styles(ctx.color);
  let count = 0;
  for (const plan of plans) count += plan.itemCount();
  const tables = new PlanTables(ctx, c, count);
  const rows = new TableRows(tables, ctx);
  // File by file, in path order; the plans of a file listed twice (rare) together.
  const ordered = inFileOrder(plans);
  for (let p = 0; p < ordered.length; ) {
    let last = p + 1;
    while (last < ordered.length && ordered[last]!.file === ordered[p]!.file) last++;
    rows.addFile(last === p + 1 ? [ordered[p]!] : ordered.slice(p, last));
    p = last;
  }
  for (const { role, plans: tablesOfRole } of rows.sorted()) {
    const title = ctx.roleTitles[roleCode(role)];
    const heading = role === "" ? noRoleText(ctx.lang) : title && title !== role ? `${role} (${title})` : role;
    yield lines([c.bold(c.underline(escapeControl(heading)))]);
    // The plans' tables are written into the output's batches as they are laid out, in pieces of a batch or so: a
    // piece ends after the table during which a batch was handed on, so a slow pipe is waited for as often as
    // with a piece per table, and the pieces are a tenth as many.
    let p = 0;
    while (p < tablesOfRole.length) {
      const from = p;
      yield (out) => {
        const flushed = out.flushed;
        while (p < tablesOfRole.length && out.flushed === flushed) {
          tables.write(out, tablesOfRole[p]!.plan, tablesOfRole[p]!.rows);
          p++;
        }
      };
      // Each piece is to be written before the next is asked for (writeChunks does): else this would never end.
      if (p === from) throw new Error("formatTable: a piece was not written before the next was asked for");
    }
    yield "\n";
  }
  const { overdue, total } = rows;
  const summary = summaryText(overdue, total - overdue, ctx.today, ctx.within, ctx.lang);
  yield lines([(overdue > 0 ? c.red : total > 0 ? c.yellow : c.green)(c.bold(summary))]);
}

function lines(parts: readonly string[]): string {
  return `${neutraliseLines(parts.join("\n"))}\n`;
}
