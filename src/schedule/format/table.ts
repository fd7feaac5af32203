/**
 * `--format table` (the default): for people at a terminal. One section per responsible role (role-groups.ts), then
 * per plan a heading and a cli-table3 table of its items. An item with several roles is listed under each, so that
 * everyone finds all of theirs in one place; the summary counts each item once. Colour only when the CLI says so;
 * every user-derived string is escaped, and no line of the output can be read as a workflow command.
 */
import Table from "cli-table3";
import { escapeControl, neutraliseLines } from "../../text/safe-text.js";
import { type Styles, styles } from "../../text/styles.js";
import { roleCode } from "../../validate/rules/roles.js";
import type { DueFormatContext, DueFormatter } from "./context.js";
import { type PlanGroup, roleGroups } from "./role-groups.js";
import { dueText, HEADERS, noRoleText, summaryText, whatText, whenText } from "./texts.js";

/** Åtgärd and Vad are wrapped to these widths (padding included); the other columns fit their cells. */
const MEASURE_WIDTH = 34;
const WHAT_WIDTH = 38;

export const formatTable: DueFormatter = (items, ctx) => {
  const c = styles(ctx.color);
  const sections: string[] = [];
  for (const { role, plans } of roleGroups(items, Object.keys(ctx.roleTitles), ctx.roleFilter, ctx.roleFilterExact)) {
    const lines = [c.bold(c.underline(escapeControl(roleHeading(role, ctx))))];
    for (const plan of plans) lines.push(planHeading(plan, c), planTable(plan, ctx, c));
    sections.push(`${lines.join("\n")}\n\n`);
  }
  const overdue = items.filter((item) => item.state === "overdue").length;
  const summary = c.bold(summaryText(overdue, items.length - overdue, ctx.today, ctx.within, ctx.lang));
  sections.push(`${overdue > 0 ? c.red(summary) : items.length > 0 ? c.yellow(summary) : c.green(summary)}\n`);
  return neutraliseLines(sections.join(""));
};

/** "EC KTV (Enhetschef)": the role as written and its title from the config, when that says more. */
function roleHeading(role: string, ctx: DueFormatContext): string {
  if (role === "") return noRoleText(ctx.lang);
  const title = ctx.roleTitles[roleCode(role)];
  return title && title !== role ? `${role} (${title})` : role;
}

function planHeading(plan: PlanGroup, c: Styles): string {
  return `${escapeControl(plan.planId)}: ${escapeControl(plan.planTitle)} ${c.dim(`(${escapeControl(plan.file)})`)}`;
}

function planTable(plan: PlanGroup, ctx: DueFormatContext, c: Styles): string {
  const h = HEADERS[ctx.lang];
  const table = new Table({
    head: [h.measure, h.what, h.due, h.days, h.line].map((text) => c.bold(text)),
    colWidths: [MEASURE_WIDTH, WHAT_WIDTH, null, null, null],
    wordWrap: true,
    // No colours of cli-table3's own: the head is bold only with colour, the borders never coloured.
    style: { head: [], border: [] },
  });
  for (const item of plan.items) {
    const days = whenText(item, ctx.lang);
    table.push([
      breakLongWords(escapeControl(item.measureName ?? "–"), MEASURE_WIDTH - 2),
      breakLongWords(escapeControl(whatText(item, ctx.lang)), WHAT_WIDTH - 2),
      dueText(item),
      item.state === "overdue" ? c.red(days) : c.yellow(days),
      String(item.line),
    ]);
  }
  return table.toString();
}

/** Characters that take one column: Latin, Greek, Cyrillic, common punctuation, each with its combining marks. */
const NARROW = /^[\x20-\x7e\u00a0-\u052f\u2010-\u2027]\p{M}*$/u;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * cli-table3 wraps at spaces and cuts a word longer than the column with "…": such a word is broken onto lines of
 * its own here, so that every character is shown. A character that is not surely narrow is counted as two columns
 * per code point, never less than the terminal gives it, so a piece always fits.
 */
export function breakLongWords(text: string, room: number): string {
  return text
    .split(/(\s+)/)
    .map((word, i) => (i % 2 === 1 || word.length <= room / 2 ? word : breakWord(word, room)))
    .join("");
}

function breakWord(word: string, room: number): string {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const { segment } of GRAPHEMES.segment(word)) {
    const width = NARROW.test(segment) ? 1 : 2 * [...segment.replace(/\p{M}/gu, "")].length;
    if (used + width > room && line !== "") {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += segment;
    used += width;
  }
  lines.push(line);
  return lines.join("\n");
}
