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
import { jsonString as q, stringifyJson } from "../../text/safe-text.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { messageText, pathText } from "./texts.js";

export const DUE_JSON_VERSION = 1;

export function* formatJson(items: readonly DueItem[], ctx: DueFormatContext): Generator<string> {
  let overdue = 0;
  for (const item of items) if (item.state === "overdue") overdue++;
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
  for (let i = 0; i < items.length; i++) yield `${itemJson(items[i]!, ctx)}${i < items.length - 1 ? "," : ""}\n`;
  yield "  ]\n}\n";
}

/**
 * One item as stringifyJson writes it inside the report (four spaces in), in a fixed key order and without the
 * optional keys that are absent; written directly, since building an object per item to stringify cost several
 * times more. Every string goes through jsonString, so escaping is the same.
 */
function itemJson(item: DueItem, ctx: DueFormatContext): string {
  const at = ctx.locate(item);
  let json =
    `    {\n      "kind": ${q(item.kind)},\n      "state": ${q(item.state)},\n      "due": ${q(item.due)},\n` +
    `      "daysOverdue": ${item.daysOverdue},\n      "planId": ${q(item.planId)},\n      "planTitle": ${q(item.planTitle)},\n` +
    `      "file": ${q(item.file)},\n      "line": ${at.line},\n      "column": ${at.column},\n      "path": ${q(pathText(item))},\n`;
  json += optional("measureId", item.measureId);
  json += optional("measureName", item.measureName);
  json += optional("measureTitle", item.measureTitle);
  json += optional("measureStatus", item.measureStatus);
  json += `      "responsible": ${list(item.responsible)},\n`;
  json += optional("interval", item.interval);
  json += optional("lastFollowUp", item.lastFollowUp);
  json += optional("undated", item.undated);
  json += optional("deadline", item.deadline);
  json += optional("reportMonth", item.reportMonth);
  json += optional("previousReportMonth", item.previousReportMonth);
  json += optional("followUpText", item.followUpText);
  json += `      "message": ${q(messageText(item, ctx.lang))}\n    }`;
  return json;
}

function optional(key: string, value: string | true | undefined): string {
  return value === undefined ? "" : `      "${key}": ${value === true ? "true" : q(value)},\n`;
}

/** A list of strings as JSON.stringify indents it at this depth. */
function list(values: readonly string[]): string {
  if (values.length === 0) return "[]";
  let json = "[";
  for (let i = 0; i < values.length; i++) json += `${i > 0 ? "," : ""}\n        ${q(values[i]!)}`;
  return `${json}\n      ]`;
}
