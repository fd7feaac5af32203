/**
 * Control, bidi and invisible characters never reach a report: a right-to-left override in a title is shown as
 * `\u{202e}` (as `plan due` shows it), and NUL or ESC appear in no output. The model is changed in-process, past
 * validation, because the renderers must hold even when a value reaches them that `plan check` would refuse.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { docxOf } from "../../src/report/docx/render-docx.js";
import { htmlOf } from "../../src/report/html/render-html.js";
import { compilePdf } from "../../src/report/pdf/compile-pdf.js";
import { markdownOf, renderDocument } from "../../src/report/render.js";
import { builtinTemplate, fixtureReport, readPdf } from "./helpers.js";

const RLO = "\u202e";
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

describe("control and invisible characters in a report", async () => {
  const { model } = await fixtureReport("report-basic", 2025, 5);
  const title = `Plan ${RLO}gnirts med NUL \u0000, ESC \u001b[31m och ett osynligt\u200bmellanslag`;
  const unit = model.units[0]!;
  const changed = {
    ...model,
    title,
    units: [
      {
        ...unit,
        title: `Enhet \u2066isolerad\u2069 \u0085 \u009b2J`,
        measures: unit.measures.map((m, i) => (i ? m : { ...m, title: `Åtgärd\r\nrad två\u0007` })),
      },
      ...model.units.slice(1),
    ],
  };
  const document = renderDocument(changed, await builtinTemplate("rapport.md"));
  const md = markdownOf(document);
  const html = htmlOf(document);
  const zip = await JSZip.loadAsync(await docxOf(document));
  const docx = (await Promise.all(Object.values(zip.files).map((f) => f.async("string")))).join("\n");
  const compiled = await compilePdf({ template: await builtinTemplate("rapport.typ"), document, timestamp: 0, timeoutMs: 60_000 });
  const pdf = compiled.ok ? (await readPdf(compiled.pdf)).text : `failed: ${compiled.ok || compiled.message}`;
  const outputs = { md, html, docx, pdf };

  it.each(Object.keys(outputs))("%s has no raw control, bidi or invisible character", (name) => {
    expect(outputs[name as keyof typeof outputs]).not.toMatch(RAW);
  });

  it.each(Object.keys(outputs))("%s shows the override and the controls as visible escapes", (name) => {
    const text = outputs[name as keyof typeof outputs];
    for (const visible of [
      "\\u{202e}gnirts",
      "\\x00",
      "\\x1b[31m",
      "osynligt\\u{200b}mellanslag",
      "\\u{2066}isolerad\\u{2069}",
      "\\x9b2J",
    ]) {
      // The Markdown escapes the backslash and [ of an escape once more, as for any text.
      const shown = name === "md" ? visible.replace(/[\\[]/g, (c) => `\\${c}`) : visible;
      expect(text).toContain(shown);
    }
  });

  it("keeps a line break in a measure name a line break, and a PDF is made at all", () => {
    expect(compiled.ok).toBe(true);
    expect(md).toContain("Åtgärd rad två\\\\x07");
    expect(html).toContain("Åtgärd\nrad två\\x07");
  });
});
