/**
 * Report model → document (through the Markdown template) → Markdown text, and the PDF job for the same document.
 * Everything here is pure except the PDF adapter, which is imported only when a PDF is asked for.
 */
import { UsageError } from "../diagnostics/run-error.js";
import type { RenderedDocument } from "./document/blocks.js";
import { expandTemplate } from "./document/expand.js";
import { documentMeta } from "./document/meta.js";
import { PLACEHOLDER_NAMES } from "./document/placeholders.js";
import { parseTemplate, TemplateError } from "./document/template.js";
import { visibleDocument } from "./document/visible.js";
import { renderMarkdown } from "./markdown/render-markdown.js";
import type { ReportModel } from "./model/types.js";
import type { TemplateFile } from "./templates.js";

/** `templateName`: which template this is ("rapport", "protokollsutdrag"), for the kind of document it makes. */
export function renderDocument(
  model: ReportModel,
  template: TemplateFile,
  sourceDateEpoch?: string,
  templateName?: string,
): RenderedDocument {
  try {
    const nodes = parseTemplate(template.text, template.display, PLACEHOLDER_NAMES);
    // Every output renders this one document, so escaping invisible characters here covers all four formats.
    return visibleDocument({ meta: documentMeta(model, sourceDateEpoch, templateName), blocks: expandTemplate(nodes, model) });
  } catch (error) {
    // A template mistake is a mistake in the run's setup, not in the plans: exit 2, one line.
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
}

export function markdownOf(document: RenderedDocument): string {
  return renderMarkdown(document.blocks);
}
