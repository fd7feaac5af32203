/** Shared by the report tests: build a fixture's report in-process, and read a PDF back with pdfjs. */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { loadConfig } from "../../src/config/load-config.js";
import type { RenderedDocument } from "../../src/report/document/blocks.js";
import { buildReport } from "../../src/report/model/build-report.js";
import type { ReportModel } from "../../src/report/model/types.js";
import { renderDocument } from "../../src/report/render.js";
import { findDefinition, resolvePlans } from "../../src/report/select.js";
import { builtinTemplateDir, MARKDOWN_TEMPLATE, type TemplateFile, type TYPST_TEMPLATE } from "../../src/report/templates.js";
import { checkFiles } from "../../src/validate/check-files.js";
import { fixture } from "../helpers/paths.js";

export interface FixtureReport {
  model: ReportModel;
  document: RenderedDocument;
}

/** The report of a fixture, dated by its definition (or 2025-10-30), or at `date` when given. */
export async function fixtureReport(
  name: string,
  year: number,
  month: number,
  template?: TemplateFile,
  date?: string,
): Promise<FixtureReport> {
  const cwd = fixture(name);
  const config = await loadConfig(cwd);
  const checked = await checkFiles({ paths: ["plans"], cwd, config, lang: "sv" });
  if (checked.diagnostics.some((d) => d.severity === "error")) throw new Error(JSON.stringify(checked.diagnostics));
  const definition = findDefinition(checked.definitions, { period: { year, month } }, "sv");
  const { plans, background, department } = resolvePlans(definition, checked.plans, "sv");
  const dateSource = date === undefined && definition.date ? "definition" : "option";
  const model = buildReport({
    definition,
    plans,
    background,
    ...(department && { department }),
    config,
    date: date ?? definition.date ?? "2025-10-30",
    dateSource,
  });
  return { model, document: renderDocument(model, template ?? (await builtinTemplate(MARKDOWN_TEMPLATE))) };
}

export async function builtinTemplate(name: typeof MARKDOWN_TEMPLATE | typeof TYPST_TEMPLATE): Promise<TemplateFile> {
  return { text: await readFile(join(builtinTemplateDir(), name), "utf8"), display: `templates/${name}` };
}

export interface PdfFacts {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
  xmp: Record<string, unknown>;
  marked: boolean;
  roles: string[];
  alts: string[];
}

/** The text of every page (lines joined as pdfjs reports them), the metadata and the tag structure. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const roles = new Set<string>();
  const alts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    collectRoles(await page.getStructTree(), roles, alts);
  }
  const meta = await doc.getMetadata();
  const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
  return {
    pages,
    text: pages.join("\n"),
    info: meta.info as Record<string, unknown>,
    xmp: (meta.metadata?.getAll() ?? {}) as Record<string, unknown>,
    marked: mark?.Marked === true,
    roles: [...roles].sort(),
    alts,
  };
}

function collectRoles(node: unknown, roles: Set<string>, alts: string[]): void {
  if (!node || typeof node !== "object") return;
  const n = node as { role?: string; alt?: string; children?: unknown[] };
  if (n.role) roles.add(n.role);
  if (n.alt) alts.push(n.alt);
  for (const child of n.children ?? []) collectRoles(child, roles, alts);
}

/** Lines as a reader sees them: pdfjs splits table cells and wrapped lines; spaces are normalised for matching. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** A copy of a fixture project in a temporary folder, for tests that add templates to it; `remove` deletes it. */
export async function projectCopy(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "plan-projekt-"));
  await cp(fixture(name), dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
