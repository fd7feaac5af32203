import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandTemplate } from "../../src/report/document/expand.js";
import { PLACEHOLDER_NAMES } from "../../src/report/document/placeholders.js";
import { parseTemplate, TemplateError } from "../../src/report/document/template.js";
import { markdownOf } from "../../src/report/render.js";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../helpers/temp-dirs.js";
import { fixtureReport } from "./helpers.js";

const tempDir = tempDirs("all");

const parse = (text: string) => parseTemplate(text, "mall.md", PLACEHOLDER_NAMES);

async function templateDir(markdown: string): Promise<string> {
  const dir = await tempDir("plan-mall-");
  await writeFile(join(dir, "rapport.md"), markdown);
  return dir;
}

describe("report templates", () => {
  it("rejects an unknown placeholder with its line, a suggestion and the valid ones", () => {
    const error = (() => {
      try {
        parse("# {{titel}}\n\n{{fokus_åtgärder}}\n");
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.message).toMatch(
      /^mall\.md:3: okänd platshållare \{\{fokus_åtgärder\}\}\. Menade du \{\{fokusåtgärder\}\}\? Giltiga: \{\{titel\}\}, /,
    );
    for (const name of [...PLACEHOLDER_NAMES.inline, ...PLACEHOLDER_NAMES.block]) expect(error.message).toContain(`{{${name}}}`);
  });

  it("wants a block placeholder on a line of its own, and every {{ closed", () => {
    expect(() => parse("Se {{enheter}} nedan.")).toThrow("mall.md:1: {{enheter}} ska stå ensam på en egen rad.");
    expect(() => parse("# {{titel}\n")).toThrow("mall.md:1: en platshållare är inte stängd");
    expect(() => parse("<!-- aldrig stängd\n# Rubrik\n")).toThrow("avslutas aldrig");
  });

  it("drops comments, and a line whose placeholder has no value", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 11);
    const nodes = parse("<!-- en\nkommentar -->\n# {{titel}}\n\nParagraf {{paragraf}}.\n\n- Datum {{datum}}\n- Dnr {{diarienummer}}\n");
    expect(expandTemplate(nodes, model)).toEqual([
      { kind: "heading", level: 1, text: "Återrapportering november" },
      { kind: "list", ordered: false, items: ["Datum 2025-10-30"] },
    ]);
  });

  it("drops a heading with nothing under it, and an introduction to an empty list", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 11);
    const nodes = parse("# T\n\n## Underskrifter\n\nSkrivelsen undertecknas av:\n\n{{underskrifter}}\n\n## Fokus\n\n{{fokusåtgärder}}\n");
    expect(expandTemplate(nodes, model)).toEqual([
      { kind: "heading", level: 1, text: "T" },
      { kind: "heading", level: 2, text: "Fokus" },
      { kind: "list", ordered: false, items: ["Sänka sjukfrånvaron", "Optimera bemanningen"] },
    ]);
  });

  it("places generated headings one level below the template heading, and keeps headings unique", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    const blocks = expandTemplate(parse("# A\n\n### Enheter:\n\n{{enheter}}\n\n## Enheter\n"), model);
    const headings = blocks.flatMap((b) => (b.kind === "heading" ? [`${b.level} ${b.text}`] : []));
    expect(headings).toEqual(["1 A", "3 Enheter", "4 Handlingsplan 2025 ansvar 81511", "4 Handlingsplan 2025 Korttidstillsyn"]);
  });

  it("follows the municipality's own order and wording", async () => {
    const text = "# {{titel}}\n\n## Underlag\n\n{{beslutsunderlag}}\n\n## Kommunens förslag\n\n{{förslag_till_beslut}}\n";
    const { document } = await fixtureReport("report-basic", 2025, 5, { text, display: "rapport.md" });
    const md = markdownOf(document);
    expect(md.indexOf("## Underlag")).toBeLessThan(md.indexOf("## Kommunens förslag"));
    expect(md).not.toContain("## Beredning");
  });

  it("makes plan report fail with exit 2 and one line for an unknown placeholder, writing nothing", async () => {
    const dir = await templateDir("# {{titel}}\n\n{{fokus}}\n");
    const out = await tempDir("plan-ut-");
    const run = await runCli(["report", "--period", "2025-05", "--mallar", dir, "--out", out], { cwd: fixture("report-basic") });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^plan: .*rapport\.md:3: okänd platshållare \{\{fokus\}\}\. Menade du \{\{fokusåtgärder\}\}\? Giltiga: \{\{titel\}\}/,
    );
    expect(await readdir(out)).toEqual([]);
  });
});
