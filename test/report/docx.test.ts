/**
 * The DOCX, read back as Word would be read by a person: with mammoth (the document's own structure: headings,
 * lists, tables) and, for the running header, from the package's XML.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function reportDocx(cwd: string): Promise<{ html: string; warnings: string[]; header: string }> {
  const out = await mkdtemp(join(tmpdir(), "plan-rapport-docx-"));
  made.push(out);
  const run = await runCli(["report", "--period", "2025-05", "--format", "docx", "--out", out], { cwd });
  expect(run.exitCode).toBe(0);
  const bytes = await readFile(join(out, "aterrapportering-2025-05.docx"));
  const { value, messages } = await mammoth.convertToHtml({ buffer: bytes });
  const zip = await JSZip.loadAsync(bytes);
  const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const header = (await Promise.all(headers.map((name) => zip.file(name)!.async("string")))).join("");
  return { html: value, warnings: messages.map((m) => m.message), header };
}

describe("the DOCX report", () => {
  let html: string;
  let warnings: string[];
  let header: string;
  beforeAll(async () => {
    ({ html, warnings, header } = await reportDocx(REPO));
  });

  it("is a Word document mammoth reads without a warning", () => {
    expect(warnings).toEqual([]);
  });

  it("has the title and every section as Word headings, in the memo's order", () => {
    expect(html).toContain("<h1>Återrapportering av handlingsplaner, LSS personlig assistans och stöd</h1>");
    const sections = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(sections).toEqual([
      "Ärendebeskrivning",
      "Förvaltningens yttrande",
      "Uppföljning per enhet",
      "Avdelningens handlingsplan",
      "Försenade uppföljningar och åtgärder",
      "Ekonomisk utveckling",
      // No Ekonomisk bedömning: the May definition has none (§ 26 quotes none), and an empty heading is left out.
      "Förslag till beslut",
      "Beslutsunderlag",
    ]);
  });

  it("holds the measures and key figures as Word tables with header rows, and the proposal as a numbered list", () => {
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain("<th><p><strong>Åtgärd</strong></p></th>");
    expect(html).toContain("Sänka sjukfrånvaron");
    expect(html).toContain("Översyn av dubbla beslut inom kortidsvistelse");
    expect(html).toContain("<td><p>−13,2</p></td>");
    expect(html).toMatch(/<ol><li>Vård- och omsorgsnämnden godkänner återrapporteringen\..*?<\/li><li>Reviderade handlingsplaner/);
  });

  it("carries Dnr, date and page numbers in the running header", () => {
    expect(header).toContain("Dnr: 2025.019 VON");
    expect(header).toContain("Datum: 2025-04-29");
    expect(header).toMatch(/PAGE/);
    expect(header).toMatch(/NUMPAGES/);
  });

  it("writes plan text as text, never as Word fields or markup", async () => {
    const hostile = await reportDocx(fixture("report-escaping"));
    expect(hostile.html).toContain('#read("/etc/passwd")');
    expect(hostile.html).not.toContain("<script");
  });
});
