/**
 * `--format github`: a workflow command per item, which GitHub Actions shows as an annotation on the line of the
 * follow-up (or deadline, or revision date) in the plan file. Overdue items are warnings, items due soon notices.
 * Escaping is the `plan check` formatter's own, so nothing in a file can start a command of its own.
 */
import { escapeData, escapeProperty } from "../../diagnostics/format-github.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";
import { messageText, stateText } from "./texts.js";

export function* formatGithub(items: readonly DueItem[], ctx: DueFormatContext): Generator<string> {
  // A plan's file and the two titles recur on every item: each escaped once.
  const titles = {
    overdue: escapeProperty(`plan due: ${stateText("overdue", ctx.lang)}`),
    "due-soon": escapeProperty(`plan due: ${stateText("due-soon", ctx.lang)}`),
  };
  const files = new Map<string, string>();
  for (const item of items) {
    const at = ctx.locate(item);
    let file = files.get(item.file);
    if (file === undefined) {
      file = escapeProperty(item.file);
      files.set(item.file, file);
    }
    let props = `file=${file}`;
    if (at.line > 0) {
      props += `,line=${at.line}`;
      if (at.column > 0) props += `,col=${at.column}`;
    }
    const level = item.state === "overdue" ? "warning" : "notice";
    yield `::${level} ${props},title=${titles[item.state]}::${escapeData(messageText(item, ctx.lang))}\n`;
  }
}
