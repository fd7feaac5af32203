/**
 * `--format json`: for programs. Stable and versioned; a change that breaks a reader bumps `version`.
 *
 *   {
 *     "version": 1, "today": "2024-05-01", "within": 14,
 *     "summary": { "overdue": 5, "dueSoon": 1 },
 *     "skippedFiles": ["plans/trasig.yaml"],
 *     "items": [
 *       { "kind", "state", "due", "daysOverdue", "planId", "planTitle", "file", "line", "column", "path",
 *         "measureId"?, "measureName"?, "measureTitle"?, "measureStatus"?, "responsible": [],
 *         "interval"?, "lastFollowUp"?, "undated"?, "deadline"?, "reportMonth"?, "previousReportMonth"?, "followUpText"?, "message" }
 *     ]
 *   }
 *
 * Items are sorted by due date, then file and position. Optional keys are absent rather than null.
 * docs/due-and-followup.md describes every field.
 */
import { stringifyJson } from "../../diagnostics/safe-text.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { messageText, pathText } from "./texts.js";

export const DUE_JSON_VERSION = 1;

export function* formatJson(items: readonly DueItem[], ctx: DueFormatContext): Generator<string> {
  const overdue = items.filter((i) => i.state === "overdue").length;
  const report = {
    version: DUE_JSON_VERSION,
    today: ctx.today,
    within: ctx.within,
    summary: { overdue, dueSoon: items.length - overdue },
    skippedFiles: [...ctx.skippedFiles],
  };
  if (items.length === 0) {
    yield `${stringifyJson({ ...report, items: [] })}\n`;
    return;
  }
  // The text JSON.stringify(…, null, 2) gives for the whole report, written an item at a time.
  yield `${stringifyJson(report).slice(0, -2)},\n  "items": [\n`;
  for (let i = 0; i < items.length; i++) {
    const item = stringifyJson(toJson(items[i]!, ctx)).replaceAll("\n", "\n    ");
    yield `    ${item}${i < items.length - 1 ? "," : ""}\n`;
  }
  yield "  ]\n}\n";
}

/** A fixed key order, whatever order the item was built in. */
function toJson(item: DueItem, ctx: DueFormatContext) {
  const at = ctx.locate(item);
  const optional = <K extends keyof DueItem>(key: K) => (item[key] === undefined ? {} : { [key]: item[key] });
  return {
    kind: item.kind,
    state: item.state,
    due: item.due,
    daysOverdue: item.daysOverdue,
    planId: item.planId,
    planTitle: item.planTitle,
    file: item.file,
    line: at.line,
    column: at.column,
    path: pathText(item),
    ...optional("measureId"),
    ...optional("measureName"),
    ...optional("measureTitle"),
    ...optional("measureStatus"),
    responsible: item.responsible,
    ...optional("interval"),
    ...optional("lastFollowUp"),
    ...optional("undated"),
    ...optional("deadline"),
    ...optional("reportMonth"),
    ...optional("previousReportMonth"),
    ...optional("followUpText"),
    message: messageText(item, ctx.lang),
  };
}
