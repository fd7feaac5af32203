/**
 * `plan import`: seed 003 (a Word plan, as text and as a real .docx made by pandoc) becomes a plan equivalent to the
 * shipped department plan, keeps every line of its source, passes `plan check`, and refuses what it cannot read.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const SEED_TEXT = fixture("import", "handlingsplan-pa.txt");
const SEED_DOCX = fixture("import", "handlingsplan-pa.docx");
const SHIPPED = join(REPO, "plans", "avdelningen-personlig-assistans.md");

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function project(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), "plan-import-"));
  folders.push(cwd);
  await copyFile(join(REPO, "plan.config.yaml"), join(cwd, "plan.config.yaml"));
  return cwd;
}

function splitPlan(text: string): { front: string; data: Record<string, unknown>; body: string } {
  const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front, data: parse(front) as Record<string, unknown>, body };
}

/** What a reader of the plan gets: the measures without their (suggested) ids, and the prose without comments. */
function meaning(text: string) {
  const { data, body } = splitPlan(text);
  const measures = (data.åtgärder as Record<string, unknown>[]).map(({ id: _id, ...rest }) => rest);
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { titel: data.titel, styrdokument: data.styrdokument, measures, prose };
}

async function importInto(cwd: string, source: string, ...args: string[]) {
  const run = await runCli(["import", source, "--out", "plans/importerad.md", ...args], { cwd });
  const path = join(cwd, "plans", "importerad.md");
  return { run, path, text: existsSync(path) ? await readFile(path, "utf8") : "" };
}

describe("plan import of seed 003", () => {
  for (const [kind, source] of [
    ["text", SEED_TEXT],
    ["Word (.docx)", SEED_DOCX],
  ] as const) {
    it(`gives a plan equivalent to the shipped department plan from ${kind}`, async () => {
      const cwd = await project();
      const { run, text } = await importInto(cwd, source);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/^Skrev plans\/importerad\.md: 13 åtgärder, 2 varningar\./);
      const shipped = meaning(await readFile(SHIPPED, "utf8"));
      // The shipped plan adds key figures from another document (the 2023 tjänsteskrivelse); seed 003 has none.
      expect(meaning(text)).toEqual(shipped);
      const check = await runCli(["check", "plans/importerad.md"], { cwd });
      expect(check.exitCode).toBe(0);
    });
  }

  it("keeps every non-empty line of the source somewhere in the plan", async () => {
    const cwd = await project();
    const { text } = await importInto(cwd, SEED_TEXT);
    const { front, body } = splitPlan(text);
    const document = parseDocument(front);
    const comments: string[] = [];
    const values: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
      else if (value !== null && value !== undefined) values.push(String(value));
    };
    walk(document.toJS());
    for (const line of front.split("\n")) if (/^\s*#/.test(line)) comments.push(line.replace(/^\s*# ?/, ""));
    const flat = (s: string) => s.replace(/\s+/g, " ").trim();
    const haystack = flat([...values, ...comments, body].join(" \n "));
    const keys = flat(JSON.stringify(Object.keys((document.toJS() as { styrdokument: object }).styrdokument)));

    const missing: string[] = [];
    const seed = await readFile(SEED_TEXT, "utf8");
    seed.split("\n").forEach((line, index) => {
      const plain = line
        .replace(/^#+\s*/, "")
        .replace(/^- /, "")
        .replace(/<\/?b>/g, "")
        .trim();
      if (plain === "" || plain === "---") return;
      const label = /^([^:\t]+): ?(.*)$/.exec(plain);
      const pieces = label ? [label[2]!] : plain.split(/\t|\*\*/);
      if (label && !keys.includes(label[1]!.toLowerCase().replace(/ /g, "_"))) missing.push(`${index + 1}: ${label[1]}`);
      for (const piece of pieces.map((p) => flat(p.replace(/^[,.]\s*/, ""))).filter(Boolean)) {
        if (!haystack.includes(piece)) missing.push(`${index + 1}: ${piece}`);
      }
    });
    expect(missing).toEqual([]);
  });

  it("names each warning with its line in a text file and its paragraph in a Word file", async () => {
    const cwd = await project();
    const text = await importInto(cwd, SEED_TEXT);
    expect(text.run.stderr).toBe(
      `${SEED_TEXT}:28: varning: innehållsförteckningen står som kommentar överst (den följer av rubrikerna)\n` +
        `${SEED_TEXT}:87: varning: ansvarig "AC Redovisnings-ekonom" lästes som AC, Redovisningsekonom; originalet står som kommentar\n`,
    );
    await rm(text.path);
    const word = await importInto(cwd, SEED_DOCX, "--lang", "en");
    expect(word.run.stderr).toContain(`${SEED_DOCX} (paragraph 12): warning: the table of contents is kept as a comment`);
    expect(word.run.stdout).toMatch(/^Wrote plans\/importerad\.md: 13 measures, 2 warnings\./);
  });

  it("writes plans/<id>.md by default, a .yaml plan with the prose under brödtext when asked", async () => {
    const cwd = await project();
    const run = await runCli(["import", SEED_DOCX], { cwd });
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(cwd, "plans", "personlig-assistans-och-stöd.md"))).toBe(true);
    const yaml = await runCli(["import", SEED_TEXT, "--out", "plans/pa.yaml", "--id", "avdelningen-pa"], { cwd });
    expect(yaml.exitCode).toBe(0);
    const data = parse(await readFile(join(cwd, "plans", "pa.yaml"), "utf8"));
    expect(data.id).toBe("avdelningen-pa");
    expect(data.brödtext).toContain("## 3. Organisation");
    expect((await runCli(["check", "plans/pa.yaml"], { cwd })).exitCode).toBe(0);
  });
});

describe("plan import of a plan the format does not fully cover", () => {
  const source = [
    "# Handlingsplan",
    "## Boendestöd Centrum",
    "",
    "Diarienummer: 2024.101 VON",
    "",
    "Kontaktperson: Anna Andersson",
    "",
    "Revideras senast: juni 2025",
    "",
    "# 1. Åtgärdsplan",
    "",
    "- **Minska övertiden**, genom bättre schemaläggning.",
    "",
    "# 2. Tidsplan",
    "",
    "Aktivitet\tStatus\tAnsvarig\tKostnad\tUppföljning",
    "Minska övertid\tpågår\tEC\t200 tkr\tkvartalsvis uppföljning av AC",
    "Ny rutin för vikarier\tHt-25\tEC\t\t2025-09-01",
    "",
  ].join("\n");

  it("keeps what has no key as comments, warns with the source line, and the plan still passes plan check", async () => {
    const cwd = await project();
    await writeFile(join(cwd, "plan.txt"), source);
    const { run, text } = await importInto(cwd, "plan.txt");
    expect(run.exitCode).toBe(0);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      'plan.txt:6: varning: uppgiften "Kontaktperson" har ingen nyckel i planformatet; den står som kommentar under styrdokument',
      'plan.txt:8: varning: "juni 2025" under Revideras senast är inget datum ÅÅÅÅ-MM-DD; värdet står som kommentar, fyll i datumet',
      'plan.txt:16: varning: kolumnen "Kostnad" i tidsplanen har ingen nyckel i planformatet; värdena står som kommentarer',
      'plan.txt:18: varning: raden "Ny rutin för vikarier" i tidsplanen hör inte till någon punkt i åtgärdsplanen; den blev en egen åtgärd',
    ]);
    expect(text).toContain("# Kontaktperson: Anna Andersson");
    expect(text).toContain("# Revideras senast: juni 2025");
    expect(text).toContain("# Kostnad (kolumn i originalets tidsplan): 200 tkr");
    const { data } = splitPlan(text);
    expect(data.åtgärder).toEqual([
      {
        id: "minska-övertiden",
        rubrik: "Minska övertiden",
        beskrivning: "genom bättre schemaläggning.",
        aktivitet: "Minska övertid",
        status: "pågår",
        ansvarig: ["EC"],
        uppföljning: { text: "kvartalsvis uppföljning av AC", intervall: "kvartalsvis", av: ["AC"] },
      },
      {
        id: "ny-rutin-för-vikarier",
        rubrik: "Ny rutin för vikarier",
        klart_senast: "Ht-25",
        ansvarig: ["EC"],
        uppföljning: { text: "2025-09-01", datum: "2025-09-01" },
      },
    ]);
    expect((await runCli(["check", "plans/importerad.md"], { cwd })).exitCode).toBe(0);
  });
});

describe("plan import refuses", () => {
  it("to write over an existing file (exit 1), leaving it as it was", async () => {
    const cwd = await project();
    await mkdir(join(cwd, "plans"));
    await writeFile(join(cwd, "plans", "importerad.md"), "befintlig\n");
    const { run, text } = await importInto(cwd, SEED_TEXT);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("plan: plans/importerad.md finns redan; plan import skriver aldrig över en fil.");
    expect(text).toBe("befintlig\n");
  });

  const refusals: [string, string, string | Buffer, RegExp][] = [
    ["a .docx that is not a zip", "trasig.docx", "inte ett zip-arkiv", /^plan: trasig\.docx är ingen Word-fil: en \.docx är ett zip-arkiv/],
    [
      "an old .doc",
      "gammal.doc",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /^plan: gammal\.doc är i Words gamla format \(\.doc\)/,
    ],
    [
      "a zip that is no Word document",
      "arkiv.docx",
      Buffer.from("PK\u0003\u0004\u0000\u0000trasig"),
      /^plan: arkiv\.docx är ett zip-arkiv men inget Word-dokument/,
    ],
    ["a PDF", "plan.pdf", "%PDF-1.7\n", /^plan: plan\.pdf är varken ett Word-dokument \(\.docx\) eller text/],
    [
      "a text without measures",
      "protokoll.md",
      "# Protokoll\n\nInget här.\n",
      /^plan: protokoll\.md ser inte ut som en handlingsplan: inga åtgärder/,
    ],
  ];
  for (const [what, name, content, message] of refusals) {
    it(`${what}: one line, exit 2, nothing written`, async () => {
      const cwd = await project();
      await writeFile(join(cwd, name), content);
      const { run } = await importInto(cwd, name);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(cwd, "plans"))).toBe(false);
    });
  }

  it("a file that does not exist, and an --out that is not a plan file", async () => {
    const cwd = await project();
    const missing = await runCli(["import", "saknas.docx"], { cwd });
    expect(missing.stderr).toBe("plan: saknas.docx finns inte.\n");
    expect(missing.exitCode).toBe(2);
    const out = await runCli(["import", SEED_TEXT, "--out", "plan.txt"], { cwd });
    expect(out.stderr).toBe("plan: --out ska sluta på .md eller .yaml: plan.txt.\n");
    expect(out.exitCode).toBe(2);
  });

  it("a folder named as the document; a plan with a status the config lacks is written, with the errors to fix (exit 1)", async () => {
    const cwd = await project();
    await mkdir(join(cwd, "mapp.docx"));
    const folder = await runCli(["import", "mapp.docx"], { cwd });
    expect(folder.stderr).toBe("plan: mapp.docx är ingen fil.\n");
    expect(folder.exitCode).toBe(2);
    const plan = "# Handlingsplan X\n\n# Åtgärdsplan\n\n- **Minska övertid**\n\n# Tidsplan\n\nAktivitet\tStatus\nMinska övertid\tVäntar\n";
    await writeFile(join(cwd, "x.md"), plan);
    const { run, text } = await importInto(cwd, "x.md");
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('x.md:10: varning: statusen "Väntar" finns inte i konfigurationen');
    expect(run.stderr).toContain("[status-unknown]");
    expect(run.stdout).toContain("Rätta felen ovan och kontrollera med: npx plan check plans/importerad.md");
    expect(splitPlan(text).data.åtgärder).toEqual([{ id: "minska-övertid", rubrik: "Minska övertid", status: "Väntar" }]);
  });
});

describe("plan import, bounded and careful", () => {
  it("refuses a .docx that unpacks to too much text (a zip bomb) quickly, in one line", async () => {
    const cwd = await project();
    const zip = await JSZip.loadAsync(await readFile(SEED_DOCX));
    const paragraph = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    zip.file("word/document.xml", `<w:document ${ns}><w:body>${paragraph.repeat(1_000_000)}</w:body></w:document>`);
    await writeFile(join(cwd, "bomb.docx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const started = Date.now();
    const { run } = await importInto(cwd, "bomb.docx");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("plan: bomb.docx packas upp till mer än 32 MiB text och läses inte; är det rätt fil?\n");
  });

  it("refuses thousands of measures instead of matching them for minutes", async () => {
    const cwd = await project();
    const bullets = Array.from({ length: 600 }, (_, i) => `- **Åtgärd nummer ${i}**, text.`).join("\n");
    await writeFile(join(cwd, "stor.md"), `# Handlingsplan\n\n# Åtgärdsplan\n\n${bullets}\n`);
    const { run } = await importInto(cwd, "stor.md");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^plan: stor\.md har 600 punkter eller tidsplansrader, fler än 500;/);
  });

  it("an --out it cannot write, and an id another plan has: one line each, nothing written", async () => {
    const cwd = await project();
    await writeFile(join(cwd, "a.md"), "en fil\n");
    const blocked = await runCli(["import", SEED_TEXT, "--out", "a.md/x.md"], { cwd });
    expect(blocked.exitCode).toBe(2);
    expect(blocked.stderr).toContain("plan: Kunde inte skriva a.md/x.md: en del av sökvägen är en fil, inte en katalog; ange en katalog.");
    expect(blocked.stderr).not.toContain("internt fel");
    expect((await runCli(["import", SEED_TEXT], { cwd })).exitCode).toBe(0);
    const again = await runCli(["import", SEED_DOCX, "--out", "plans/kopia.md"], { cwd });
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain(
      "plan: planens id personlig-assistans-och-stöd används redan i plans/personlig-assistans-och-stöd.md; välj ett annat med --id.",
    );
    expect(existsSync(join(cwd, "plans", "kopia.md"))).toBe(false);
  });

  it("keeps subheadings, sub-bullets, links and text in angle brackets where they belong", async () => {
    const cwd = await project();
    const source = [
      "# Handlingsplan Y",
      "# Inledning",
      "",
      "Se [beslutet](https://kommun.se/beslut.pdf) och Tabell <Bilaga J>.",
      "",
      "# Åtgärdsplan",
      "",
      "- **Första**, text.",
      "",
      "### Personal",
      "",
      "- **Andra**, text.",
      "  - underpunkt ett",
      "  - underpunkt två",
      "- **Tredje**, text.",
      "",
      "# Tidsplan",
      "",
      "Aktivitet\tAnsvarig",
      "Andra\tEC, AC",
      "",
    ].join("\n");
    await writeFile(join(cwd, "y.md"), source);
    const { run, text } = await importInto(cwd, "y.md");
    expect(run.exitCode).toBe(0);
    const { data, body } = splitPlan(text);
    expect(data.titel).toBe("Handlingsplan Y");
    expect(data.åtgärder).toEqual([
      { id: "första", rubrik: "Första", beskrivning: "text." },
      { id: "andra", rubrik: "Andra", beskrivning: "text.\n- underpunkt ett\n- underpunkt två", ansvarig: ["EC", "AC"] },
      { id: "tredje", rubrik: "Tredje", beskrivning: "text." },
    ]);
    expect(body).toContain("## Inledning\n\nSe beslutet (https://kommun.se/beslut.pdf) och Tabell <Bilaga J>.");
    expect(body).toContain("### Personal");
  });
});

describe("plan import of a Markdown pipe table", () => {
  it("reads its rows as the Tidsplan", async () => {
    const cwd = await project();
    const source = [
      "# Handlingsplan Z",
      "",
      "# Åtgärdsplan",
      "",
      "- **Minska övertid**, genom schemat.",
      "",
      "# Tidsplan",
      "",
      "| Aktivitet | Status | Ansvarig | Uppföljning |",
      "| --- | --- | --- | --- |",
      "| Minska övertid | **pågår** | EC | 2025-09-01 EC |",
      "",
    ].join("\n");
    await writeFile(join(cwd, "z.md"), source);
    const { run, text } = await importInto(cwd, "z.md");
    expect(run.exitCode).toBe(0);
    expect(splitPlan(text).data.åtgärder).toEqual([
      {
        id: "minska-övertid",
        rubrik: "Minska övertid",
        beskrivning: "genom schemat.",
        status: "pågår",
        ansvarig: ["EC"],
        uppföljning: { text: "2025-09-01 EC", datum: "2025-09-01", av: ["EC"] },
      },
    ]);
  });
});
