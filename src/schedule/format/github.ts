/**
 * `--format github`: a workflow command per item, which GitHub Actions shows as an annotation on the line of the
 * follow-up (or deadline, or revision date) in the plan file. Overdue items are warnings, items due soon notices.
 * Escaping is the `plan check` formatter's own, so nothing in a file can start a command of its own.
 */
import { escapeData, escapeProperty } from "../../diagnostics/format-github.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext, DueFormatter } from "./context.js";
import { messageText, stateText } from "./texts.js";

export const formatGithub: DueFormatter = (items, ctx) => items.map((item) => command(item, ctx)).join("");

function command(item: DueItem, ctx: DueFormatContext): string {
  let props = `file=${escapeProperty(item.file)}`;
  if (item.line > 0) {
    props += `,line=${item.line}`;
    if (item.column > 0) props += `,col=${item.column}`;
  }
  const level = item.state === "overdue" ? "warning" : "notice";
  const title = escapeProperty(`plan due: ${stateText(item.state, ctx.lang)}`);
  return `::${level} ${props},title=${title}::${escapeData(messageText(item, ctx.lang))}\n`;
}
