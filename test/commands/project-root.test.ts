/** Run from a subfolder of the project, the commands find the project (plan.config.yaml upward) and its plans/. */
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "plan-projekt-"));
  folders.push(root);
  await cp(join(REPO, "plan.config.yaml"), join(root, "plan.config.yaml"));
  await cp(join(REPO, "plans"), join(root, "plans"), { recursive: true });
  await mkdir(join(root, "docs", "utkast"), { recursive: true });
  return root;
}

describe("the project from a subfolder", () => {
  it("plan check, due and status read the project's plans/ and show paths from where they run", async () => {
    const root = await project();
    const cwd = join(root, "docs", "utkast");
    const check = await runCli(["check"], { cwd });
    expect(check.exitCode).toBe(0);
    expect(check.stdout).toContain("9 filer");
    const due = await runCli(["due", "--today", "2025-05-01", "--format", "json"], { cwd });
    expect(due.exitCode).toBe(0);
    expect(JSON.parse(due.stdout).items.length).toBeGreaterThan(0);
    const status = await runCli(["status", "--today", "2025-05-01"], { cwd });
    expect(status.stdout).toContain("avdelningen-pa");
    const followup = await runCli(["followup", "ansvar-81511", "nope", "--datum", "2025-05-01", "--status", "pågår"], { cwd });
    expect(followup.stderr).toContain(`${root}/plans/enheter/ansvar-81511.yaml: åtgärden "nope" finns inte.`);
  });

  it("outside any project: one line saying so and how to start one", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "plan-inget-projekt-"));
    folders.push(cwd);
    const run = await runCli(["check"], { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "plan: Inget projekt här: varken plan.config.yaml (här eller uppåt) eller en katalog plans/. Starta ett med plan new --ansvar … --enhet …, eller ange filerna.\n",
    );
    const en = await runCli(["due", "--lang", "en"], { cwd });
    expect(en.stderr).toMatch(/^plan: No project here: neither plan\.config\.yaml/);
  });
});
