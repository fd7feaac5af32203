import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readlinkSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lint } from "markdownlint/promise";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { projectCopy, readPdf, squash } from "./helpers.js";

const made: string[] = [];
/** A temporary folder, removed after the file's tests. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
const outDir = () => tempDir("plan-rapport-ut-");
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("plan report", () => {
  it("renders the shipped May 2025 report to Markdown, HTML, DOCX and PDF", async () => {
    const out = await outDir();
    const run = await runCli(["report", "--period", "2025-05", "--out", out], { cwd: REPO });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const names = ["md", "html", "docx", "pdf"].map((ext) => `aterrapportering-2025-05.${ext}`);
    expect((await readdir(out)).sort()).toEqual([...names].sort());
    expect(run.stdout).toBe(names.map((name) => `Skrev ${join(out, name)}\n`).join(""));

    const md = await readFile(join(out, "aterrapportering-2025-05.md"), "utf8");
    expect(md).toContain("Återrapportering ska ske i november 2025.");
    expect((await lint({ strings: { md } })).toString()).toBe("");
    // Only what the plans say: no follow-up recorded is said as such, not as lateness.
    const text = squash(md);
    // Late only by a rule written in a plan: the department plan's dates, never the unit plans, which have none.
    const late = text.slice(text.indexOf("## Försenade"), text.indexOf("## Ekonomisk utveckling"));
    expect(late).toContain("| Handlingsplan personlig assistans och stöd | Uppföljning |");
    expect(late).toContain("| Handlingsplan personlig assistans och stöd | Planen ska revideras |");
    expect(late).not.toContain("| Handlingsplan 2025");
    expect(text).toContain("Ingen uppföljning är registrerad sedan återrapporteringen i november 2024 i följande handlingsplaner:");
    expect(md).not.toMatch(/\| 0 \|$/m); // no item "0 days late"
    // The five measures all six units share: one matrix, not six identical tables.
    expect(md).toContain(
      "| Åtgärd | Ansvarig och nästa uppföljning | ansvar 81511 | ansvar 81513 | ansvar 81515 | ansvar 81516 | ansvar 81517 | Korttidstillsyn |",
    );
    expect(md).toContain(
      `| Sänka sjukfrånvaron | EC; Följs upp av förvaltningen till återrapporteringen i november 2025 (§ 26, beslutspunkt 3) |${" pågår; ingen registrerad |".repeat(6)}`,
    );
    expect(md).not.toContain("Åtgärder i Handlingsplan 2025");
    expect(md).toContain("| Åtgärd | Status | Ansvarig | Senaste uppföljning | Nästa uppföljning |");
    // The department's own plan (avdelningens_plan) in a section of its own, with its passed revision date.
    expect(text).toContain(
      "## Avdelningens handlingsplan Handlingsplan personlig assistans och stöd, diarienummer 2023.027 VON. Revideras senast 2024-06-30, ett datum som har passerat.",
    );
    expect(text).toContain("Översyn av dubbla beslut inom kortidsvistelse");
    // Signed last, as a tjänsteskrivelse is: the titles the genre has, a line where the sources give no name.
    expect(md.trimEnd()).toMatch(
      /## Beslutsunderlag[^#]*Handlingsplan 2025 Korttidstillsyn\n\nFörvaltningschef\n\nAvdelningschef personlig assistans och stöd$/,
    );
    const pdf = squash((await readPdf(await readFile(join(out, "aterrapportering-2025-05.pdf")))).text);
    expect(pdf).toContain("Dnr: 2025.019 VON");
    expect(pdf).toContain("Uppdraget från den 19 november 2024, § 80 VON anses därmed avslutat.");
    expect(pdf).toContain("Avdelningen står inför en utmaning gällande att tillgodose det behov av personal");
    expect(pdf).toContain("Effektivisera mötestid/utbildningstid");
    expect(pdf).toContain("Avdelningens handlingsplan");
    for (const unit of ["ansvar 81511", "ansvar 81513", "ansvar 81515", "ansvar 81516", "ansvar 81517", "Korttidstillsyn"]) {
      expect(pdf).toContain(`• Handlingsplan 2025 ${unit}`);
    }
  });

  it("dates a definition without datum at the period's last day, never by the clock, and says so", async () => {
    const out = await outDir();
    // runCli's clock says 2025-05-12.
    const run = await runCli(["report", "--period", "2025-11", "--format", "md", "--out", out], { cwd: REPO });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe("plan: plans/rapporter/2025-11.md anger inget datum; rapporten avser 2025-11-30 (periodens sista dag).\n");
    const md = squash(await readFile(join(out, "aterrapportering-2025-11.md"), "utf8"));
    expect(md).toContain("Rapportdefinitionen anger inget datum. Rapporten avser läget den 30 november 2025, periodens sista dag.");
    expect(md).toContain("Datum: 2025-11-30");
    expect(md).not.toMatch(/2025-05-12|12 maj 2025/);
    // No yttrande is written yet: no heading for it, and no sentence of May's yttrande carried over by the template.
    expect(md).not.toContain("Förvaltningens yttrande");
    expect(md).not.toContain("kommer avdelningen fokusera");

    const given = await runCli(["report", "--period", "2025-11", "--format", "md", "--today", "2025-11-12", "--out", out], { cwd: REPO });
    expect(given.stderr).toContain("rapporten avser 2025-11-12 (--today/PLAN_TODAY)");
    expect(squash(await readFile(join(out, "aterrapportering-2025-11.md"), "utf8"))).toContain(
      "läget den 12 november 2025, det datum som angavs",
    );
  });

  it("leaves a plan file with errors out, names it, marks the report a draft and exits 1; --strict writes nothing", async () => {
    const cwd = await tempDir("plan-rapport-fel-");
    await cp(fixture("report-basic"), cwd, { recursive: true });
    const broken = join(cwd, "plans", "enhet-b.md");
    await writeFile(broken, (await readFile(broken, "utf8")).replace("    status: pågår", "    status: [pågår"));

    const run = await runCli(["report", "--period", "2025-05", "--format", "md", "--out", "ut"], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("plans/enhet-b.md");
    expect(run.stderr).toContain(
      "plan: lämnades utanför rapporten, eftersom de har fel: plans/enhet-b.md (planer som saknas: enhet-b). Rapporten är märkt som utkast; med --strict skrivs ingen.\n",
    );
    const md = squash(await readFile(join(cwd, "ut", "aterrapportering-2025-05.md"), "utf8"));
    expect(md).toContain("Utkast: skrivelsen är inte färdigställd");
    expect(md).toContain("Filer med fel som inte kom med i rapporten: plans/enhet-b.md. Planer som därför saknas: enhet-b.");
    expect(md).not.toContain("Handlingsplan 2025 Korttidstillsyn");
    expect(md).toContain("Sänka sjukfrånvaron"); // enhet-a is still there

    const strict = await runCli(["report", "--period", "2025-05", "--strict", "--out", "strikt"], { cwd });
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toContain("Ingen rapport skrevs");
    expect(existsSync(join(cwd, "strikt"))).toBe(false);
  });

  it("writes the draft protokollsutdrag in its genre with --mall protokollsutdrag, beside the memo", async () => {
    const out = await outDir();
    const run = await runCli(["report", "--period", "2025-05", "--mall", "protokollsutdrag", "--format", "md,pdf", "--out", out], {
      cwd: REPO,
    });
    expect(run.exitCode).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["protokollsutdrag-2025-05.md", "protokollsutdrag-2025-05.pdf"]);
    const md = await readFile(join(out, "protokollsutdrag-2025-05.md"), "utf8");
    expect((await lint({ strings: { md } })).toString()).toBe("");
    const headings = md.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toEqual(["# § 26 2025.019 VON", "## Ärendebeskrivning", "## Beredning", "## Beslut", "## Beslutsunderlag"]);
    const text = squash(md);
    expect(text).toContain("Vård- och omsorgsförvaltningen har i skrivelse den 29 april 2025 lämnat följande yttrande:");
    expect(text).toContain("Arbetsutskottets förslag till beslut i vård- och omsorgsnämnden: 1. Vård- och omsorgsnämnden godkänner");
    expect(text).toMatch(
      /## Beslutsunderlag - Tjänsteskrivelse - Återrapportering av handlingsplaner, LSS personlig assistans och stöd - Handlingsplan 2025 ansvar 81511/,
    );
    const pdf = squash((await readPdf(await readFile(join(out, "protokollsutdrag-2025-05.pdf")))).text);
    expect(pdf).toContain("Förslag till protokollsutdrag");
  });

  it("takes the definition as a path, and writes only the format asked for", async () => {
    const out = await outDir();
    const run = await runCli(["report", "plans/rapporter/2025-11.md", "--format", "md", "--out", out], { cwd: fixture("report-basic") });
    expect(run.exitCode).toBe(0);
    expect(await readdir(out)).toEqual(["aterrapportering-2025-11.md"]);
    expect(await readFile(join(out, "aterrapportering-2025-11.md"), "utf8")).toContain("Nästa återrapportering sker i maj 2026.");
  });

  it("prints the diagnostics of invalid files and writes nothing (exit 1)", async () => {
    const out = join(await outDir(), "ut");
    const run = await runCli(["report", "--period", "2025-05", "--out", out], { cwd: fixture("report-invalid") });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("[report-period-invalid]");
    expect(run.stderr).toContain("Ingen rapport skrevs");
    expect(existsSync(out)).toBe(false);
  });

  it("reports a plan id that no file has, and unknown sections, at their lines (exit 1)", async () => {
    const out = join(await outDir(), "ut");
    const run = await runCli(["report", "--period", "2025-05", "--out", out], { cwd: fixture("report-unknown-plan") });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("8:5");
    expect(run.stderr).toContain('Det finns ingen plan med id "enhet-x".');
    expect(run.stderr).toContain('17:1  fel      Okänt avsnitt "Bilagor"');
    expect(run.stderr).not.toContain("text före första rubriken");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], /^plan: Ange rapportdefinitionen eller --period\. Det finns: 2025-05 \(plans\/rapporter\/2025-05\.md\), 2025-11 /],
    [["--period", "2026-05"], /^plan: Ingen rapportdefinition för 2026-05\. Det finns: /],
    [["--period", "våren"], /^plan: Ogiltig period för --period: "våren"/],
    [["--period", "2025-05", "--format", "md,odt"], /^plan: Okänt värde för --format: "odt"\. Giltiga: md, pdf, html, docx\./],
    [["--period", "2025-05", "--timeout", "0"], /^plan: Ogiltig --timeout/],
    [["plans/enhet-a.yaml"], /^plan: Filen är ingen rapportdefinition/],
  ])("fails the run with one line for %j (exit 2)", async (args, message) => {
    const out = join(await outDir(), "ut");
    const run = await runCli(["report", ...args, "--out", out], { cwd: fixture("report-basic") });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("stops a PDF compile that runs too long (exit 2, nothing written)", async () => {
    const project = await projectCopy("report-basic");
    try {
      await mkdir(join(project.dir, "mallar"));
      await writeFile(join(project.dir, "mallar", "rapport.typ"), "#for i in range(20000) { for j in range(20000) { } }\n");
      const run = await runCli(["report", "--period", "2025-05", "--mallar", "mallar", "--timeout", "1", "--out", "ut"], {
        cwd: project.dir,
      });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toBe("plan: PDF:en kunde inte skapas: PDF-kompileringen avbröts efter 1 s; kontrollera mallar/rapport.typ.\n");
      expect(existsSync(join(project.dir, "ut"))).toBe(false);
    } finally {
      await project.remove();
    }
  });

  describe("through bin/plan.js, a template that never ends", () => {
    const BIN = join(REPO, "bin", "plan.js");
    const endless = "#let i = 0\n#while i < 9999 { let j = 0; while j < 9999 { let k = 0; while k < 9999 { k += 1 }; j += 1 }; i += 1 }\n";
    it.each([
      ["PLAN_PDF_TIMEOUT=2", [], { PLAN_PDF_TIMEOUT: "2" }, "PDF:en kunde inte skapas: PDF-kompileringen avbröts efter 2 s"],
      [
        "--timeout 1.5 --lang en",
        ["--timeout", "1.5", "--lang", "en"],
        {},
        "The PDF could not be made: The PDF compile was stopped after 1.5 s",
      ],
    ])("is killed after %s, with one line and exit 2", async (_name, args, env, message) => {
      const project = await projectCopy("report-basic");
      try {
        await mkdir(join(project.dir, "templates"));
        await writeFile(join(project.dir, "templates", "rapport.typ"), endless);
        const started = Date.now();
        const run = spawnSync(process.execPath, [BIN, "report", "--period", "2025-05", "--format", "pdf", "--out", "ut", ...args], {
          cwd: project.dir,
          encoding: "utf8",
          env: { PATH: process.env.PATH, ...env },
        });
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`plan: ${message}; ${args.length ? "check" : "kontrollera"} templates/rapport.typ.\n`);
        expect(existsSync(join(project.dir, "ut"))).toBe(false);
      } finally {
        await project.remove();
      }
    });

    // Linux only: the compile's process is found through /proc.
    it.skipIf(process.platform !== "linux")(
      "leaves no compile running when plan itself is killed",
      async () => {
        const project = await projectCopy("report-basic");
        try {
          await mkdir(join(project.dir, "templates"));
          await writeFile(join(project.dir, "templates", "rapport.typ"), endless);
          const plan = spawn(process.execPath, [BIN, "report", "--period", "2025-05", "--format", "pdf", "--timeout", "600"], {
            cwd: project.dir,
            env: { PATH: process.env.PATH },
            stdio: "ignore",
          });
          const pid = plan.pid!;
          const alive = (p: number) => existsSync(`/proc/${p}`) && !/^\d+ \(.*\) [ZX] /.test(readFileSync(`/proc/${p}/stat`, "utf8"));
          const until = async (ok: () => boolean, ms: number) => {
            for (const start = Date.now(); !ok(); ) {
              if (Date.now() - start > ms) return false;
              await new Promise((r) => setTimeout(r, 100));
            }
            return true;
          };
          let child = 0;
          const found = await until(() => {
            child = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0] || 0);
            return child > 0 && alive(child);
          }, 15_000);
          expect(found).toBe(true);
          await new Promise((r) => setTimeout(r, 500)); // inside the compile by now
          const workspace = readlinkSync(`/proc/${child}/cwd`);
          plan.kill("SIGKILL");
          // Without its own watch the compile would run on for the full 600 s.
          const gone = await until(() => !alive(child), 5_000);
          if (!gone) process.kill(child, "SIGKILL"); // the test's own process: never leave it running
          expect(gone).toBe(true);
          expect(existsSync(workspace)).toBe(false);
        } finally {
          await project.remove();
        }
      },
      30_000,
    );

    it("refuses a bad PLAN_PDF_TIMEOUT with one line", async () => {
      const run = spawnSync(process.execPath, [BIN, "report", "--period", "2025-05", "--format", "pdf", "--out", "ut"], {
        cwd: fixture("report-basic"),
        encoding: "utf8",
        env: { PATH: process.env.PATH, PLAN_PDF_TIMEOUT: "aldrig" },
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('plan: Ogiltig PLAN_PDF_TIMEOUT: "aldrig". Ange sekunder, 1–3600.\n');
    });
  });
});
