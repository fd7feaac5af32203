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
import { stringifyJson } from "../../text/safe-text.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext, DueFormatter } from "./context.js";
import { messageText, pathText } from "./texts.js";

export const DUE_JSON_VERSION = 1;

export const formatJson: DueFormatter = (items, ctx) => {
  const overdue = items.filter((item) => item.state === "overdue").length;
  const report = {
    version: DUE_JSON_VERSION,
    today: ctx.today,
    within: ctx.within,
    summary: { overdue, dueSoon: items.length - overdue },
    skippedFiles: [...ctx.skippedFiles],
    items: items.map((item) => itemJson(item, ctx)),
  };
  // stringifyJson is JSON.stringify(report, null, 2) with the characters a terminal or CI log would act on escaped.
  return `${stringifyJson(report)}\n`;
};

/** One item, its keys in the documented order; an optional key is absent rather than undefined. */
function itemJson(item: DueItem, ctx: DueFormatContext): Record<string, unknown> {
  return {
    kind: item.kind,
    state: item.state,
    due: item.due,
    daysOverdue: item.daysOverdue,
    planId: item.planId,
    planTitle: item.planTitle,
    file: item.file,
    line: item.line,
    column: item.column,
    path: pathText(item),
    ...(item.measureId !== undefined && { measureId: item.measureId }),
    ...(item.measureName !== undefined && { measureName: item.measureName }),
    ...(item.measureTitle !== undefined && { measureTitle: item.measureTitle }),
    ...(item.measureStatus !== undefined && { measureStatus: item.measureStatus }),
    responsible: item.responsible,
    ...(item.interval !== undefined && { interval: item.interval }),
    ...(item.lastFollowUp !== undefined && { lastFollowUp: item.lastFollowUp }),
    ...(item.undated !== undefined && { undated: item.undated }),
    ...(item.deadline !== undefined && { deadline: item.deadline }),
    ...(item.reportMonth !== undefined && { reportMonth: item.reportMonth }),
    ...(item.previousReportMonth !== undefined && { previousReportMonth: item.previousReportMonth }),
    ...(item.followUpText !== undefined && { followUpText: item.followUpText }),
    message: messageText(item, ctx.lang),
  };
}
