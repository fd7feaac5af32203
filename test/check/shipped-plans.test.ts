/** The real plans in plans/ pass; a copy with three typical mistakes fails with all three, exactly placed. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

let copy: string;

async function edit(file: string, from: string, to: string) {
  const path = join(copy, file);
  const text = await readFile(path, "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  await writeFile(path, text.replace(from, to));
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "plan-shipped-"));
  await cp(join(REPO, "plans"), join(copy, "plans"), { recursive: true });
  await cp(join(REPO, "plan.config.yaml"), join(copy, "plan.config.yaml"));
  await edit("plans/avdelningen-personlig-assistans.md", "revideras_senast: 2024-06-30", "revideras_senast: 2024-02-30");
  await edit("plans/enheter/ansvar-81513.yaml", "ansvarig: [EC]", "ansvarig: [ECC]");
  await edit(
    "plans/enheter/korttidstillsyn.yaml",
    "titel: Handlingsplan 2025 Korttidstillsyn",
    "titel: [Handlingsplan 2025 Korttidstillsyn",
  );
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(join(copy, file), "utf8")).split("\n");
  return lines.findIndex((l) => l.includes(needle)) + 1;
}

describe("the shipped plans", () => {
  it("pass plan check, with the one warning the department plan's source earns", async () => {
    const run = await runCli(["check", "--format", "json"], { cwd: REPO });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; diagnostics: { code: string; file: string }[] };
    expect(report.summary.errors).toBe(0);
    // Seed 003's Tidsplan: "Regelbundet EC följs upp av AC", regularly but never said how often or when.
    expect(report.diagnostics.map((d) => [d.code, d.file])).toEqual([["followup-never-due", "plans/avdelningen-personlig-assistans.md"]]);
  });
});

describe("a copy with a broken date, an unknown role and a YAML syntax error", () => {
  const expected = async () => [
    {
      file: "plans/avdelningen-personlig-assistans.md",
      code: "date-invalid",
      line: await lineOf("plans/avdelningen-personlig-assistans.md", "2024-02-30"),
      column: 21,
    },
    {
      file: "plans/enheter/ansvar-81513.yaml",
      code: "role-unknown",
      line: await lineOf("plans/enheter/ansvar-81513.yaml", "[ECC]"),
      column: 16,
    },
    {
      file: "plans/enheter/korttidstillsyn.yaml",
      code: "yaml-syntax",
      line: await lineOf("plans/enheter/korttidstillsyn.yaml", "titel: ["),
      column: 8,
    },
  ];

  it("json: all three, with file, line and column", async () => {
    const run = await runCli(["check", "--format", "json"], { cwd: copy });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: unknown; diagnostics: object[] };
    expect(report.diagnostics.filter((d) => (d as { severity: string }).severity === "error")).toMatchObject(await expected());
    expect(report.summary).toEqual({ filesChecked: 9, errors: 3, warnings: 1 });
  });

  it("text: all three, as file headers and line:column", async () => {
    const run = await runCli(["check"], { cwd: copy });
    expect(run.exitCode).toBe(1);
    for (const d of await expected()) {
      expect(run.stdout).toContain(d.file);
      expect(run.stdout).toMatch(new RegExp(`^\\s+${d.line}:${d.column}\\s+fel\\s.*\\[${d.code}\\]$`, "m"));
    }
    expect(run.stdout).toMatch(/✖ 3 fel och 1 varning i 3 av 9 filer\./);
  });

  it("github: one annotation per problem", async () => {
    const run = await runCli(["check", "--format", "github"], { cwd: copy });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout
      .trim()
      .split("\n")
      .filter((line) => line.startsWith("::error"));
    expect(lines).toHaveLength(3);
    for (const [i, d] of (await expected()).entries()) {
      expect(lines[i]).toMatch(new RegExp(`^::error file=${d.file},line=${d.line},col=${d.column}\\b.*title=${d.code}::`));
    }
  });

  it("sarif: three results with regions", async () => {
    const run = await runCli(["check", "--format", "sarif"], { cwd: copy });
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results.map((r) => ({
      file: r.locations[0]!.physicalLocation.artifactLocation.uri,
      code: r.ruleId,
      line: r.locations[0]!.physicalLocation.region.startLine,
      column: r.locations[0]!.physicalLocation.region.startColumn,
    }));
    expect(results.filter((r) => r.code !== "followup-never-due")).toEqual(await expected());
  });
});
