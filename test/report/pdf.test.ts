import { describe, expect, it } from "vitest";
import { creationTimestamp, documentMeta } from "../../src/report/document/meta.js";
import { compilePdf, type PdfJob } from "../../src/report/pdf/compile-pdf.js";
import { builtinTemplate, type FixtureReport, fixtureReport, readPdf, squash } from "./helpers.js";

async function pdfOf(report: FixtureReport, overrides: Partial<PdfJob> = {}): Promise<Uint8Array> {
  const result = await compilePdf({
    template: await builtinTemplate("rapport.typ"),
    document: report.document,
    timestamp: creationTimestamp(report.document.meta),
    timeoutMs: 60_000,
    ...overrides,
  });
  if (!result.ok) throw new Error(result.message);
  return result.pdf;
}

describe("the PDF report", async () => {
  const basic = await fixtureReport("report-basic", 2025, 5);
  const bytes = await pdfOf(basic);
  const pdf = await readPdf(bytes);
  const text = squash(pdf.text);

  it("has the memo's header on every page: committee, date, diarienummer, Sida x (n)", () => {
    const total = pdf.pages.length;
    expect(total).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => {
      const p = squash(page);
      expect(p).toContain("Vård- och omsorgsförvaltningen");
      expect(p).toContain("Till: Vård- och omsorgsnämnden");
      expect(p).toContain(`Sida ${i + 1} (${total})`);
      expect(p).toContain("Datum: 2025-04-29");
      expect(p).toContain("Dnr: 2025.019 VON");
    });
  });

  it("says what the report says, in the order of a tjänsteskrivelse: the proposal last, then the signatures", () => {
    const inOrder = [
      "Återrapportering av handlingsplaner, LSS personlig assistans och stöd",
      "Ärendebeskrivning",
      "Förvaltningens yttrande",
      "Uppföljning per enhet",
      "Handlingsplan 2025 ansvar 81511",
      "Åtgärd Status Ansvarig Senaste uppföljning Nästa uppföljning",
      "Försenade uppföljningar och åtgärder",
      "Ekonomisk utveckling",
      "Ekonomisk bedömning",
      "Förslag till beslut",
      "1. Vård- och omsorgsnämnden godkänner återrapporteringen. Uppdraget från den 19 november 2024, § 80 VON anses därmed avslutat.",
      "2. Återrapportering ska ske i november 2025.",
      "Beslutsunderlag",
      "Handlingsplan 2025 Korttidstillsyn",
      "Lenita Petersson Tf. förvaltningschef",
    ];
    let at = -1;
    for (const phrase of inOrder) {
      const found = text.indexOf(phrase, at + 1);
      expect(found, phrase).toBeGreaterThan(at);
      at = found;
    }
  });

  it("carries no § and does not list itself: the meeting gives the paragraph, the minutes list the memo", () => {
    expect(text).not.toContain("§ 26");
    expect(text).not.toContain("Tjänsteskrivelse -");
  });

  it("shows each measure's status, last follow-up and next, as of the report date", () => {
    expect(text).toContain("Sänka sjukfrånvaron pågår, klart senast Ht-25 EC 2025-04-25, pågår: Sjukfrånvaron 7,9 % i april.");
    expect(text).toContain("2025-05-25 (månadsvis, AC)");
    expect(text).toContain("2025-03-01 (AC), försenad");
    expect(text).not.toContain("Efter rapportdatum");
  });

  it("draws the key figures as charts with Swedish numbers, and tables them", () => {
    expect(text).toContain("Diagram 1: Sjukfrånvaro (%)");
    expect(text).toContain("2023 9,1 %");
    expect(text).toContain("Avdelningens resultat (mkr) −9,5 −13,2");
    expect(text).toContain("Kostnad för övertid (kr) 3 200 000 4 834 175,5");
  });

  it("is tagged, in Swedish, titled, authored and identified as PDF/A-2a", () => {
    expect(pdf.marked).toBe(true);
    expect(pdf.info.Language).toBe("sv");
    expect(pdf.info.Title).toBe("Återrapportering av handlingsplaner, LSS personlig assistans och stöd");
    expect(pdf.info.Author).toBe("Vård- och omsorgsförvaltningen");
    expect(pdf.xmp["pdfaid:part"]).toBe("2");
    expect(pdf.xmp["pdfaid:conformance"]).toBe("A");
    expect(pdf.xmp["dc:language"]).toBe("sv");
    expect(pdf.info.CreationDate).toBe("D:20250429000000Z");
  });

  it("tags headings, tables with header cells and figures with alt text", () => {
    expect(pdf.roles).toEqual(expect.arrayContaining(["H1", "H2", "H3", "Table", "TH", "TD", "Figure", "L", "LI"]));
    expect(pdf.alts).toContain("Stapeldiagram. Sjukfrånvaro, %: 2023 9,1; 2024 8,6; 2025 7,9. Mål 6,5.");
  });

  it("is byte-identical from run to run", async () => {
    const again = await pdfOf(await fixtureReport("report-basic", 2025, 5));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("takes its creation date from SOURCE_DATE_EPOCH when set", async () => {
    const meta = documentMeta(basic.model, "1746000000");
    const dated = await readPdf(await pdfOf({ ...basic, document: { ...basic.document, meta } }, { timestamp: creationTimestamp(meta) }));
    expect(dated.info.CreationDate).toBe("D:20250430080000Z");
  });

  it("also meets Typst's PDF/UA-1 checks (alt text, tags), though it is written as PDF/A-2a", async () => {
    const ua = await readPdf(await pdfOf(basic, { standard: "ua-1" }));
    expect(ua.xmp["pdfuaid:part"]).toBe("1");
  });
});

describe("plan text in the PDF is data, never markup", async () => {
  const report = await fixtureReport("report-escaping", 2025, 5);
  const pdf = await readPdf(await pdfOf(report));
  const text = squash(pdf.text);

  it.each([
    "Rapport #set page(fill: red) $x$",
    '#read("/etc/passwd") <script>alert(1)</script> | *fet* _kursiv_',
    '#include "rapport.json" och #while true {}',
    "<script>alert(1)</script> <b>fet</b> &amp; [länk] (javascript:alert(1))",
    "Kostnad $5 + $6 = *11* _kr_ `kod` ~~struken~~ \\ snedstreck",
    "- 1. # > = + inte en lista",
    "Namn \\ med snedstreck #strong[titel]",
    "A | B *fet* (mkr) −1,5 2",
  ])("shows %s as written", (phrase) => {
    expect(text).toContain(phrase);
  });

  it("passes Typst's PDF/UA-1 checks with hostile text too", async () => {
    const ua = await readPdf(await pdfOf(report, { standard: "ua-1" }));
    expect(ua.xmp["pdfuaid:part"]).toBe("1");
  });

  it("keeps a newline inside a table cell as a line break in that cell", () => {
    expect(pdf.text).toMatch(/Rad ett \|\s*\n?\s*kolumn\?\s*\n\s*Rad två med \*stjärnor\* och/);
    expect(text).not.toContain("root:");
  });
});

describe("the Typst sandbox", async () => {
  const report = await fixtureReport("report-basic", 2025, 5);
  const compile = (source: string, timeoutMs = 30_000) =>
    compilePdf({ template: { text: source, display: "mall.typ" }, document: report.document, timestamp: 0, timeoutMs });

  it("stops a compile that runs too long, with a clear error", async () => {
    const result = await compile("#for i in range(20000) { for j in range(20000) { } }", 1500);
    expect(result).toEqual({ ok: false, reason: "timeout", message: "PDF-kompileringen avbröts efter 1.5 s; kontrollera mall.typ." });
  });

  it("refuses a template that imports a package", async () => {
    const result = await compile('#let d = json("rapport.json")\n#import "@preview/cetz:0.3.0"\n');
    expect(result).toMatchObject({
      ok: false,
      reason: "template",
      message: expect.stringMatching(/^mall\.typ:2: mallen får inte hämta Typst-paket/),
    });
  });

  it("lets the template see only its own folder", async () => {
    const result = await compile('#read("/etc/passwd")');
    expect(result).toMatchObject({ ok: false, reason: "template", message: expect.stringMatching(/^mall\.typ:1: Typst: file not found/) });
    const up = await compile('#read("../../package.json")');
    expect(up).toMatchObject({ ok: false, reason: "template" });
  });

  it("reports a syntax error in the template with its line", async () => {
    const result = await compile("= Rubrik\n#let x = \n");
    expect(result).toMatchObject({ ok: false, reason: "template", message: "mall.typ:2: Typst: expected expression" });
  });
});
