import { lint } from "markdownlint/promise";
import { describe, expect, it } from "vitest";
import { escapeCell, wrap } from "../../src/report/markdown/escape.js";
import { markdownOf } from "../../src/report/render.js";
import { fixtureReport } from "./helpers.js";

async function lintErrors(text: string): Promise<string> {
  const result = await lint({ strings: { report: text } });
  return result.toString();
}

/** The cells of a GFM table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("the Markdown report", () => {
  it("matches the snapshot", async () => {
    const { document } = await fixtureReport("report-basic", 2025, 5);
    await expect(markdownOf(document)).toMatchFileSnapshot("__snapshots__/report-basic.md");
  });

  it("shows a measure several units share once, and keeps it in each unit's table where their plans differ", async () => {
    const md = markdownOf((await fixtureReport("report-basic", 2025, 5)).document);
    const matrix = md.slice(md.indexOf("Åtgärder som flera enheter har"), md.indexOf("### Handlingsplan 2025 ansvar 81511"));
    expect(matrix).toContain("| Åtgärd | Ansvarig och nästa uppföljning | ansvar 81511 | Korttidstillsyn |");
    expect(matrix).toContain("| Sänka sjukfrånvaron | Olika per enhet, se enheternas tabeller |");
    expect(matrix).not.toContain("Optimera bemanningen"); // only Korttidstillsyn has it
    // EC with a monthly follow-up by AC in one plan, quarterly in the other: each unit's table still says so.
    expect(md).toContain(
      "| Sänka sjukfrånvaron | pågår, klart senast Ht-25 | EC | 2025-04-25, pågår: Sjukfrånvaron 7,9 % i april. | 2025-05-25 (månadsvis, AC) |",
    );
    expect(md).toContain("| Sänka sjukfrånvaron | pågår | EC | 2025-04-01: Oförändrat. | 2025-07-01 (kvartalsvis, AC) |");
  });

  it.each([
    ["report-basic", 2025, 5],
    ["report-basic", 2025, 11],
    ["report-escaping", 2025, 5],
  ])("passes markdownlint's default rules: %s %i-%i", async (name, year, month) => {
    const { document } = await fixtureReport(name, year, month);
    expect(await lintErrors(markdownOf(document))).toBe("");
  });

  it("is byte-identical from run to run", async () => {
    const first = markdownOf((await fixtureReport("report-basic", 2025, 5)).document);
    const second = markdownOf((await fixtureReport("report-basic", 2025, 5)).document);
    expect(second).toBe(first);
  });

  describe("plan text is text, never Markdown, HTML or a link", async () => {
    const md = markdownOf((await fixtureReport("report-escaping", 2025, 5)).document);

    it("lets no raw HTML and no javascript: link through", () => {
      expect(md).not.toMatch(/(?<!\\)<(script|b)\b/);
      expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
      expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
      expect(md).toContain("\\[länk\\](javascript:alert(1))");
      expect(md).toContain("\\&amp;");
    });

    it("escapes emphasis, code, math, strikethrough and backslashes", () => {
      expect(md).toContain("Kostnad \\$5 + \\$6 = \\*11\\* \\_kr\\_ \\`kod\\` \\~\\~struken\\~\\~ \\\\ snedstreck");
      expect(md).toContain('\\#read("/etc/passwd")');
      expect(md).toContain('\\#include "rapport.json" och \\#while true {}');
    });

    it("keeps what would start a list, heading or quote from doing so", () => {
      // In a table cell no block syntax applies; the cell is escaped as inline text.
      expect(md).toContain("| - 1. \\# \\> = + inte en lista |");
      expect(md).toContain("- 1986\\. Ett år i början av en punkt");
    });

    it("keeps bare URLs and addresses from becoming links", () => {
      expect(md).toContain("https\\://example.com/x och www\\.example.se eller skriv till a\\@example.se");
    });

    it("keeps a table intact when a cell holds | and a newline", () => {
      const tables = md.split("\n\n").filter((part) => part.startsWith("| "));
      expect(tables.join("\n")).toContain("| A \\| B \\*fet\\* (mkr) | −1,5 | 2 |");
      for (const table of tables) {
        const [head, ...rows] = table.split("\n");
        for (const row of rows) expect(cells(row)).toHaveLength(cells(head!).length);
      }
      expect(md).toContain("Rad ett \\| kolumn? Rad två med");
    });
  });

  it("escapes a cell and flattens its line breaks", () => {
    expect(escapeCell("a | b\nc")).toBe("a \\| b c");
  });

  it("escapes what would start a block where a wrapped line begins", () => {
    const lines = wrap(`${"ord ".repeat(20)}- inte en lista 2. inte heller`, "", "", 80);
    expect(lines[1]).toBe("\\- inte en lista 2. inte heller");
    const numbered = wrap(`${"ord ".repeat(20)}1986. var ett år`, "", "", 80);
    expect(numbered[1]).toBe("1986\\. var ett år");
  });
});
