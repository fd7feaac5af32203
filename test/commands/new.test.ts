/** `plan new`: a plan that passes `plan check` as created, never over an existing file. */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs("all");

async function project(): Promise<string> {
  const cwd = await tempDir("plan-new-");
  await copyFile(join(REPO, "plan.config.yaml"), join(cwd, "plan.config.yaml"));
  return cwd;
}

describe("plan new", () => {
  it("writes a plan with the metadata filled in and the schema line, which plan check accepts", async () => {
    const cwd = await project();
    const run = await runCli(["new", "--ansvar", "81519", "--enhet", 'Boendestöd "Centrum": #1', "--år", "2026"], { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      "Skrev plans/enheter/ansvar-81519.yaml. Fyll i åtgärderna och kontrollera med: npx plan check plans/enheter/ansvar-81519.yaml\n",
    );
    const text = await readFile(join(cwd, "plans", "enheter", "ansvar-81519.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../plan.schema.json");
    expect(parse(text)).toMatchObject({
      id: "ansvar-81519",
      titel: 'Handlingsplan 2026 Boendestöd "Centrum": #1',
      ansvar: "81519",
      år: 2026,
      åtgärder: [],
    });
    const check = await runCli(["check"], { cwd });
    expect(check.stdout).toContain("inga fel");
    expect(check.exitCode).toBe(0);
  });

  it("never writes over an existing file (exit 1), and asks for what it needs (exit 2)", async () => {
    const cwd = await project();
    await mkdir(join(cwd, "plans", "enheter"), { recursive: true });
    await writeFile(join(cwd, "plans", "enheter", "ansvar-81519.yaml"), "befintlig\n");
    const again = await runCli(["new", "--ansvar", "81519", "--enhet", "X"], { cwd });
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toBe(
      "plan: plans/enheter/ansvar-81519.yaml finns redan; plan new skriver aldrig över en fil. Välj --id eller --out.\n",
    );
    expect(await readFile(join(cwd, "plans", "enheter", "ansvar-81519.yaml"), "utf8")).toBe("befintlig\n");
    const missing = await runCli(["new", "--enhet", "X"], { cwd });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^plan: Ange enhetens kostnadsställe och namn/);
  });

  it("writes nothing when the project's own template would not give a valid plan", async () => {
    const cwd = await project();
    await mkdir(join(cwd, "templates"));
    await writeFile(join(cwd, "templates", "ny-plan.yaml"), "id: {{id}}\ntitel: {{titel}}\nokänd: 1\nåtgärder: []\n");
    const run = await runCli(["new", "--ansvar", "81520", "--enhet", "Y", "--out", "plans/y.yaml"], { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("[key-unknown]");
    expect(run.stderr).toContain("plan: Mallen templates/ny-plan.yaml ger ingen giltig plan; ingen fil skrevs.");
    expect(existsSync(join(cwd, "plans", "y.yaml"))).toBe(false);
  });

  it("asks for what the options leave out when a person is at the terminal, until the answer will do", async () => {
    const cwd = await project();
    const run = await runCli(["new", "--år", "2026"], { cwd, answers: ["8151x", "81519", "Boendestöd Centrum"] });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      "Enhetens kostnadsställe (ansvar), t.ex. 81519: ".repeat(2) +
        'Enhetens namn, t.ex. "Boendestöd Centrum": ' +
        "Skrev plans/enheter/ansvar-81519.yaml. Fyll i åtgärderna och kontrollera med: npx plan check plans/enheter/ansvar-81519.yaml\n",
    );
    expect(parse(await readFile(join(cwd, "plans", "enheter", "ansvar-81519.yaml"), "utf8"))).toMatchObject({
      ansvar: "81519",
      enhet: "Boendestöd Centrum",
    });
    // Ctrl-D at a question: the same one-line error as without a terminal, and nothing written.
    const ended = await runCli(["new", "--ansvar", "81520"], { cwd, answers: [undefined] });
    expect(ended.exitCode).toBe(2);
    expect(ended.stderr).toMatch(/^plan: Ange enhetens kostnadsställe och namn/);
    expect(existsSync(join(cwd, "plans", "enheter", "ansvar-81520.yaml"))).toBe(false);
  });
});
