/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core, checked with axe-core against
 * WCAG 2.1 A and AA, and read the way a screen reader would (headings, table headers, the charts' names).
 * .ci/run installs Chromium; CHROMIUM_PATH points elsewhere.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const made: string[] = [];

async function reportHtml(cwd: string): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "plan-rapport-html-"));
  made.push(out);
  const run = await runCli(["report", "--period", "2025-05", "--format", "html", "--out", out], { cwd });
  expect(run.exitCode).toBe(0);
  return join(out, "aterrapportering-2025-05.html");
}

let browser: Browser;
let page: Page;
let file: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  file = await reportHtml(REPO);
  await page.goto(pathToFileURL(file).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the HTML report", () => {
  it("has no WCAG 2.1 A or AA violation that axe-core finds", async () => {
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }),
    );
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
  });

  it("is Swedish, one file with no script or outside resource, and says what it is", async () => {
    const html = await readFile(file, "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(await page.title()).toBe("Återrapportering av handlingsplaner, LSS personlig assistans och stöd");
    expect(await page.locator("header").textContent()).toContain("Dnr: 2025.019 VON");
  });

  it("has real headings, table captions and header cells, and charts with a text alternative", async () => {
    expect(await page.locator("h1").allInnerTexts()).toEqual(["Återrapportering av handlingsplaner, LSS personlig assistans och stöd"]);
    expect(await page.locator("h2").allInnerTexts()).toContain("Förslag till beslut");
    const matrix = page.locator("table", { has: page.locator("caption", { hasText: "Åtgärder som flera enheter har" }) });
    expect(await matrix.locator("thead th").allInnerTexts()).toContain("Korttidstillsyn");
    expect(await matrix.locator("tbody th[scope=row]").allInnerTexts()).toContain("Sänka sjukfrånvaron");
    const charts = page.locator("svg[role=img]");
    expect(await charts.count()).toBe(3);
    expect(await charts.first().getAttribute("aria-label")).toMatch(/^Stapeldiagram\. Avdelningens resultat.*2021.*−9,5.*2022.*−13,2/);
  });

  it("prints: the print style sheet keeps table headers and avoids breaking tables", async () => {
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const html = await readFile(file, "utf8");
    expect(html).toContain("@media print");
  });

  it("writes plan text as text, never as markup", async () => {
    const hostile = await reportHtml(fixture("report-escaping"));
    const html = await readFile(hostile, "utf8");
    // For a person to look at, only after a failure: a passing run leaves nothing in the temp folder.
    onTestFailed(() => writeFile(join(tmpdir(), "plan-html-escaping-last.html"), html));
    const other = await browser.newPage();
    await other.goto(pathToFileURL(hostile).href);
    expect(await other.locator("script, img, iframe, a").count()).toBe(0);
    expect(await other.locator("body").textContent()).toContain('#read("/etc/passwd")');
    await other.close();
  });
});
