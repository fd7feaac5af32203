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
  for (const item of items) {
    const at = ctx.locate(item);
    const props = [`file=${escapeProperty(item.file)}`];
    if (at.line > 0) {
      props.push(`line=${at.line}`);
      if (at.column > 0) props.push(`col=${at.column}`);
    }
    props.push(`title=${escapeProperty(`plan due: ${stateText(item.state, ctx.lang)}`)}`);
    const level = item.state === "overdue" ? "warning" : "notice";
    yield `::${level} ${props.join(",")}::${escapeData(messageText(item, ctx.lang))}\n`;
  }
}
