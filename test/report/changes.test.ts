/**
 * "Förändringar sedan förra återrapporteringen" from a real git history: a temporary repository with two commits,
 * one before the May report-back and one after it, and the same files without git.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { squash } from "./helpers.js";

function commit(cwd: string, message: string, date: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "Enhetschef",
    GIT_AUTHOR_EMAIL: "ec@example.se",
    GIT_COMMITTER_NAME: "Enhetschef",
    GIT_COMMITTER_EMAIL: "ec@example.se",
    GIT_AUTHOR_DATE: `${date}T12:00:00`,
    GIT_COMMITTER_DATE: `${date}T12:00:00`,
  };
  execFileSync("git", ["add", "-A"], { cwd, env });
  execFileSync("git", ["commit", "-q", "-m", message], { cwd, env });
}

async function novemberReport(cwd: string): Promise<string> {
  const run = await runCli(["report", "--period", "2025-11", "--format", "md", "--out", "ut"], { cwd });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  const md = squash(await readFile(join(cwd, "ut", "aterrapportering-2025-11.md"), "utf8"));
  return md.slice(md.indexOf("## Förändringar sedan förra återrapporteringen"), md.indexOf("## Försenade"));
}

/** The November plan of enhet-b: a status changed without a log entry, a follow-up logged, a measure added. */
async function changeAfterMay(cwd: string) {
  const file = join(cwd, "plans", "enhet-b.md");
  let text = await readFile(file, "utf8");
  text = text.replace("    status: ej påbörjad", "    status: pågår");
  text = text.replace(
    "åtgärder:\n",
    "åtgärder:\n  - id: rekrytering\n    rubrik: Rekrytera timvikarier\n    status: pågår\n    ansvarig: EC\n",
  );
  text = text.replace(
    "          kommentar: Oförändrat.\n",
    "          kommentar: Oförändrat.\n        - datum: 2025-09-30\n          status: pågår\n          kommentar: Sjukfrånvaron 6,9 %.\n",
  );
  await writeFile(file, text);
}

describe("what changed since the previous report-back", () => {
  let withGit: string;
  let withoutGit: string;

  beforeAll(async () => {
    withGit = await mkdtemp(join(tmpdir(), "plan-historik-"));
    await cp(fixture("report-basic"), withGit, { recursive: true });
    execFileSync("git", ["init", "-q", "-b", "main"], { cwd: withGit });
    commit(withGit, "Handlingsplanerna inför majrapporten", "2025-04-01");
    await changeAfterMay(withGit);
    commit(withGit, "Enhet B: bemanningen påbörjad, ny åtgärd", "2025-10-01");

    withoutGit = await mkdtemp(join(tmpdir(), "plan-utan-historik-"));
    await cp(fixture("report-basic"), withoutGit, { recursive: true });
    await changeAfterMay(withoutGit);
  });

  afterAll(() => Promise.all([withGit, withoutGit].map((dir) => rm(dir, { recursive: true, force: true }))));

  it("finds in git a status changed without a log entry, and a measure added; and the logged follow-up", async () => {
    const section = await novemberReport(withGit);
    expect(section).toContain("Sedan förra återrapporteringen, den 29 april 2025 (plans/rapporter/2025-05.md), till den 30 oktober 2025.");
    expect(section).toContain("Jämförelsen bygger på planfilernas historik i git och på deras uppföljningsloggar.");
    expect(section).toContain("### Handlingsplan 2025 Korttidstillsyn");
    expect(section).toContain("- Uppföljning 2025-09-30 av Sänka sjukfrånvaron, pågår: Sjukfrånvaron 6,9 %.");
    expect(section).toContain("- Status ändrad för Optimera bemanningen: ej påbörjad → pågår");
    expect(section).toContain("- Ny åtgärd: Rekrytera timvikarier");
    expect(section).not.toContain("Oförändrat"); // logged before the May report-back
  });

  it("says so without git, and reports what the logs say", async () => {
    const section = await novemberReport(withoutGit);
    expect(section).toContain("Planfilerna ligger inte i ett git-arkiv; jämförelsen bygger bara på uppföljningsloggarna.");
    expect(section).toContain("- Uppföljning 2025-09-30 av Sänka sjukfrånvaron, pågår: Sjukfrånvaron 6,9 %.");
    expect(section).not.toContain("Status ändrad");
  });

  it("has no such section in the first report-back, which has none before it", async () => {
    const run = await runCli(["report", "--period", "2025-05", "--format", "md", "--out", "ut"], { cwd: withGit });
    expect(run.exitCode).toBe(0);
    expect(await readFile(join(withGit, "ut", "aterrapportering-2025-05.md"), "utf8")).not.toContain("Förändringar sedan");
  });
});
