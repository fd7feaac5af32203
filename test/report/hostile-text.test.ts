/**
 * Hostile text in every text field a report shows (titles, measure names, comments, responsible roles, key-figure
 * labels and units, decisions, signatories, prose, the config's names), written to all four formats by the real
 * command, and read back the way each is read: the Markdown through a CommonMark/GFM parser and the HTML in
 * Chromium (as DOM text), the DOCX with mammoth, the PDF with pdfjs, and the Typst data as JSON. Each value must
 * come out as the text it is, and no output may gain an element, a link or a script from it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { micromark } from "micromark";
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from "micromark-extension-gfm-autolink-literal";
import { gfmTable, gfmTableHtml } from "micromark-extension-gfm-table";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typstData } from "../../src/report/pdf/typst-data.js";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { builtinTemplate, fixtureReport, readPdf } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TAIL =
  '#eval("1") #read("/etc/passwd") ] $x$ @ref <label> \\ \\\\ [x](javascript:alert(1)) <script>alert(1)</script> | <img src=x onerror=alert(1)>';

type Output = "md" | "html" | "docx" | "pdf" | "typst";
const EVERYWHERE: Output[] = ["md", "html", "docx", "pdf", "typst"];

/** The fixture's values as written in report-hostile/, and the outputs that show each. */
const FIELDS: [string, string, Output[]][] = [
  ["report title", `Rapport ${TAIL}`, EVERYWHERE],
  ["plan title", `Plan ${TAIL}`, EVERYWHERE],
  ["measure name", `# Åtgärd ${TAIL}`, EVERYWHERE],
  ["comment", `--- Kommentar ${TAIL}`, EVERYWHERE],
  ["responsible", 'EC #eval("1") <img src=x onerror=alert(1)> | ] \\ $x$ @ref <label>', EVERYWHERE],
  ["followed up by", "AC [x](javascript:alert(1)) <script>alert(1)</script>", EVERYWHERE],
  ["key-figure label", 'Nyckeltal #eval("1") ] $x$ @ref <label> \\ | <img src=x onerror=alert(1)>', EVERYWHERE],
  ["key-figure unit", "$ <b>", EVERYWHERE],
  ["decision", `# Beslut ${TAIL}`, EVERYWHERE],
  ["signatory's name", 'Namn #eval("1") <img src=x onerror=alert(1)> \\\\', EVERYWHERE],
  ["signatory's title", "Titel ] $x$ @ref <label> [x](javascript:alert(1))", EVERYWHERE],
  ["prose paragraph", `--- Stycke ${TAIL}`, EVERYWHERE],
  ["prose list item", `# Punkt ${TAIL}`, EVERYWHERE],
  ["role title (config)", 'ollen <script>alert(1)</script> | ] \\ #read("/etc/passwd")', EVERYWHERE],
  ["committee (config)", "ämnden $x$ @ref <label> [x](javascript:alert(1))", EVERYWHERE],
  // The organisation is in the running header: the HTML masthead, the PDF's header and metadata.
  ["organisation (config)", 'Förvaltningen #eval("1") <img src=x onerror=alert(1)>', ["html", "pdf", "typst"]],
];

/** Whitespace (a wrapped line, a table cell's break) and soft hyphens are layout, not text. */
const bare = (text: string) => text.replace(/[\s\u00ad]+/g, "");

let browser: Browser;
let page: Page;
let out: string;
const texts: Partial<Record<Output, string>> = {};
/** Elements and attributes that data must never create, per HTML-ish output. */
const active: Partial<Record<"md" | "html", string[]>> = {};

async function domOf(html: string): Promise<{ text: string; active: string[] }> {
  await page.setContent(html);
  return page.evaluate(() => {
    const found = [...document.querySelectorAll("script, img, iframe, a, object, embed, math, label")].map((e) => e.tagName);
    for (const e of document.querySelectorAll("*")) {
      for (const a of e.attributes) if (a.name.startsWith("on") || a.value.includes("javascript:")) found.push(`${e.tagName}@${a.name}`);
    }
    return { text: document.body.textContent ?? "", active: found };
  });
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "plan-rapport-fientlig-"));
  const run = await runCli(["report", "--period", "2025-05", "--out", out], { cwd: fixture("report-hostile") });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  const file = (ext: string) => join(out, `aterrapportering-2025-05.${ext}`);

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  page = await browser.newPage();
  const md = await readFile(file("md"), "utf8");
  // Raw HTML allowed and bare URLs linked, as the most permissive GFM renderer would: escaping must hold anyway.
  const mdHtml = micromark(md, {
    allowDangerousHtml: true,
    extensions: [gfmTable(), gfmAutolinkLiteral()],
    htmlExtensions: [gfmTableHtml(), gfmAutolinkLiteralHtml()],
  });
  const fromMd = await domOf(mdHtml);
  texts.md = fromMd.text;
  active.md = fromMd.active;
  const fromHtml = await domOf(await readFile(file("html"), "utf8"));
  texts.html = fromHtml.text;
  active.html = fromHtml.active;
  texts.docx = (await mammoth.extractRawText({ buffer: await readFile(file("docx")) })).value;
  texts.pdf = (await readPdf(await readFile(file("pdf")))).text;
  const { document } = await fixtureReport("report-hostile", 2025, 5);
  texts.typst = collectStrings(JSON.parse(typstData(document))).join("\n");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(out, { recursive: true, force: true });
});

function collectStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(collectStrings);
  return [];
}

describe("hostile plan text in every field of the report", () => {
  const cases = FIELDS.flatMap(([field, value, outputs]) => outputs.map((output) => [output, field, value] as const));

  it.each(cases)("%s shows the %s as written", (output, _field, value) => {
    expect(bare(texts[output] ?? "")).toContain(bare(value));
  });

  it.each(["md", "html"] as const)("%s gains no element, link, script or event handler from the data", (output) => {
    expect(active[output]).toEqual([]);
  });

  it("gives the Typst template the text only as JSON strings, which it never evaluates", async () => {
    const template = (await builtinTemplate("rapport.typ")).text;
    expect(template.split("\n").filter((line) => !line.trimStart().startsWith("//"))).not.toContainEqual(expect.stringMatching(/\beval\(/));
    // Exactly the text, not escaped for Typst: escaping is the JSON's business, and json() undoes it.
    expect(texts.typst).toContain(`Plan ${TAIL}`);
  });

  it("reads nothing the template did not ask for: no file content and no evaluation result in the PDF", () => {
    expect(texts.pdf).not.toContain("root:");
    expect(bare(texts.pdf ?? "")).toContain(bare('#eval("1")'));
  });
});
