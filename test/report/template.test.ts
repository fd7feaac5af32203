import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expandTemplate } from "../../src/report/document/expand.js";
import { PLACEHOLDER_NAMES } from "../../src/report/document/placeholders.js";
import { parseTemplate, TemplateError } from "../../src/report/document/template.js";
import { markdownOf } from "../../src/report/render.js";
import { runCli } from "../helpers/run-cli.js";
import { fixtureReport, projectCopy } from "./helpers.js";

const parse = (text: string) => parseTemplate(text, "mall.md", PLACEHOLDER_NAMES);

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
    const project = await projectCopy("report-basic");
    try {
      await mkdir(join(project.dir, "mallar"));
      await writeFile(join(project.dir, "mallar", "rapport.md"), "# {{titel}}\n\n{{fokus}}\n");
      const run = await runCli(["report", "--period", "2025-05", "--mallar", "mallar", "--out", "ut"], { cwd: project.dir });
      expect(run.exitCode).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^plan: mallar\/rapport\.md:3: okänd platshållare \{\{fokus\}\}\. Menade du \{\{fokusåtgärder\}\}\? Giltiga: \{\{titel\}\}/,
      );
      expect(existsSync(join(project.dir, "ut"))).toBe(false);
    } finally {
      await project.remove();
    }
  });
});

describe("templates stay inside the project", () => {
  let project: { dir: string; remove: () => Promise<void> };
  let outside: string;
  beforeEach(async () => {
    project = await projectCopy("report-basic");
    outside = await mkdtemp(join(tmpdir(), "plan-mall-utanfor-"));
    await writeFile(join(outside, "rapport.md"), "# {{titel}}\n");
    await writeFile(join(outside, "rapport.typ"), '#read("/etc/passwd")\n');
  });
  afterEach(async () => {
    await project.remove();
    await rm(outside, { recursive: true, force: true });
  });
  const report = (...args: string[]) => runCli(["report", "--period", "2025-05", "--out", "ut", ...args], { cwd: project.dir });

  it.each([["absolute"], ["relative"]])("refuses a --mallar folder outside the project (%s path), writing nothing", async (kind) => {
    const given = kind === "absolute" ? outside : relative(project.dir, outside);
    const run = await report("--mallar", given);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`plan: --mallar pekar utanför projektet (${project.dir}): ${given}. Mallarna ska ligga i projektets mapp.\n`);
    expect(existsSync(join(project.dir, "ut"))).toBe(false);
  });

  it("refuses a template that is a symlink out of the project, in English with --lang en", async () => {
    await mkdir(join(project.dir, "templates"));
    await symlink(join(outside, "rapport.typ"), join(project.dir, "templates", "rapport.typ"));
    const run = await report("--format", "pdf", "--lang", "en");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `plan: templates/rapport.typ: the template points outside the project (${project.dir}); put it in the project's folder.\n`,
    );
  });

  it("refuses a --mallar folder that is a symlink out of the project", async () => {
    await symlink(outside, join(project.dir, "mallar"));
    const run = await report("--mallar", "mallar");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^plan: --mallar pekar utanför projektet .*: mallar\. Mallarna ska ligga i projektets mapp\.\n$/);
  });

  it("refuses a --mall name that is a path", async () => {
    const run = await report("--mall", "../../rapport");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^plan: Ogiltigt mallnamn för --mall: "\.\.\/\.\.\/rapport"/);
  });

  it("uses a --mallar folder inside the project", async () => {
    await mkdir(join(project.dir, "mallar"));
    await writeFile(join(project.dir, "mallar", "rapport.md"), "# {{titel}}\n\nEgen mall.\n");
    const run = await report("--mallar", "mallar", "--format", "md");
    expect(run.exitCode).toBe(0);
    expect(await readFile(join(project.dir, "ut", "aterrapportering-2025-05.md"), "utf8")).toContain("Egen mall.");
  });
});
