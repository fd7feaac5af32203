/**
 * The case table of `plan check`: one fixture file per kind of problem, each with the code and the exact
 * position a user should see. Run in-process through the CLI, as markdownlint-cli2's test table does.
 */
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const CASES: [file: string, code: string, line: number, column: number][] = [
  ["checkpoint-after-deadline.yaml", "checkpoint-after-deadline", 9, 19],
  ["date-invalid-in-front-matter.md", "date-invalid", 5, 21],
  ["date-invalid.yaml", "date-invalid", 7, 14],
  ["diarienummer-format.yaml", "diarienummer-format", 4, 17],
  ["document-not-mapping.yaml", "document-not-mapping", 1, 1],
  ["document-type-unknown.yaml", "document-type-unknown", 1, 6],
  ["file-control-char-escape.yaml", "file-control-char", 2, 16],
  ["file-empty.yaml", "file-empty", 0, 0],
  ["front-matter-language.md", "front-matter-language", 1, 4],
  ["front-matter-dashes.md", "front-matter-missing", 1, 1],
  ["front-matter-missing.md", "front-matter-missing", 1, 1],
  ["front-matter-not-closed.md", "front-matter-not-closed", 1, 1],
  ["front-matter-not-mapping.md", "document-not-mapping", 2, 1],
  ["key-reserved.yaml", "key-reserved", 9, 7],
  ["key-unknown.yaml", "key-unknown", 6, 5],
  ["measure-id-duplicate.yaml", "measure-id-duplicate", 6, 9],
  ["number-notation.yaml", "number-notation", 6, 19],
  ["period-invalid.yaml", "period-invalid", 6, 19],
  ["role-unknown.yaml", "role-unknown", 6, 20],
  ["schema-format.yaml", "schema-format", 1, 5],
  ["schema-missing-key.yaml", "schema-required", 1, 1],
  ["schema-type-number-as-text.yaml", "schema-type", 3, 9],
  ["schema-type.yaml", "schema-type", 3, 11],
  ["schema-value.yaml", "schema-value", 7, 18],
  ["status-unknown.yaml", "status-unknown", 6, 13],
  ["yaml-alias.yaml", "yaml-alias", 2, 11],
  ["yaml-duplicate-key.yaml", "yaml-duplicate-key", 3, 1],
  ["yaml-multiple-documents.yaml", "yaml-multiple-documents", 4, 1],
  ["yaml-syntax.yaml", "yaml-syntax", 2, 8],
  ["yaml-tag.yaml", "yaml-tag", 2, 14],
];

describe("plan check: one problem per fixture", () => {
  it.each(CASES)("%s → %s at %i:%i", async (file, code, line, column) => {
    const run = await runCli(["check", "--format", "json", fixture("check-cases", file)], { cwd: fixture("check-cases") });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { diagnostics: { code: string; line: number; column: number; message: string }[] };
    expect(report.diagnostics[0]).toMatchObject({ code, line, column });
    expect(report.diagnostics[0]!.message.length).toBeGreaterThan(5);
  });

  it("checks every file and never stops at the first bad one", async () => {
    const run = await runCli(["check", "--format", "json", "."], { cwd: fixture("check-cases") });
    expect(run.exitCode).toBe(1);
    const files = new Set((JSON.parse(run.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file));
    expect(files.size).toBe(CASES.length);
  });

  it("passes the valid fixtures, which use every key of the format", async () => {
    const run = await runCli(["check"], { cwd: fixture("check-valid") });
    expect(run).toMatchObject({ exitCode: 0, stderr: "" });
    expect(run.stdout).toContain("2 filer kontrollerade, inga fel");
  });

  it("suggests the key that was meant", async () => {
    const run = await runCli(["check", fixture("check-cases", "key-unknown.yaml")], { cwd: fixture("check-cases") });
    expect(run.stdout).toContain('Okänd nyckel "statsu"');
    expect(run.stdout).toContain("Menade du status?");
  });

  it("suggests the role that was meant", async () => {
    const run = await runCli(["check", fixture("check-cases", "role-unknown.yaml")], { cwd: fixture("check-cases") });
    expect(run.stdout).toContain("Menade du AC?");
  });

  it("tells the user to quote a cost centre that YAML read as a number", async () => {
    const run = await runCli(["check", fixture("check-cases", "schema-type-number-as-text.yaml")], { cwd: fixture("check-cases") });
    expect(run.stdout).toContain("citattecken");
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    const file = fixture("check-cases", "date-invalid.yaml");
    const cwd = fixture("check-cases");
    const ansi = /\x1b\[/;
    expect((await runCli(["check", file], { cwd, isTTY: true })).stdout).toMatch(ansi);
    expect((await runCli(["check", file], { cwd, isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ansi);
    expect((await runCli(["check", file], { cwd, isTTY: false })).stdout).not.toMatch(ansi);
    expect((await runCli(["check", "--format", "json", file], { cwd, isTTY: true })).stdout).not.toMatch(ansi);
  });

  it("speaks English with --lang en, PLAN_LANG=en", async () => {
    const file = fixture("check-cases", "date-invalid.yaml");
    const flag = await runCli(["check", "--lang", "en", file], { cwd: fixture("check-cases") });
    const env = await runCli(["check", file], { cwd: fixture("check-cases"), env: { PLAN_LANG: "en" } });
    expect(flag.stdout).toContain("is not a valid date");
    expect(env.stdout).toBe(flag.stdout);
  });

  it("names what a file holds instead of a mapping in the run's language", async () => {
    const file = fixture("check-cases", "document-not-mapping.yaml");
    const sv = await runCli(["check", file], { cwd: fixture("check-cases") });
    const en = await runCli(["check", "--lang", "en", file], { cwd: fixture("check-cases") });
    expect(sv.stdout).toContain("Innehållet ska vara nycklar och värden (en mappning), inte en lista.");
    expect(en.stdout).toContain("The content must be keys and values (a mapping), not a list.");
  });
});

describe("plan check: exit code 2 when the run itself fails", () => {
  const table: [name: string, args: string[], stderr: RegExp][] = [
    ["a path that does not exist", ["check", "finns-inte"], /Sökvägen finns inte: finns-inte/],
    ["an unknown format", ["check", "--format", "xml"], /Okänt värde för --format/],
    ["an unknown language", ["check", "--lang", "de"], /Okänt språk/],
    ["an unknown option", ["check", "--snabb"], /okänd flagga --snabb/],
    ["an unknown command", ["kolla"], /okänt kommando kolla/],
    ["no plan files", ["check", "."], /Inga planfiler hittades/],
  ];
  it.each(table)("%s", async (_, args, stderr) => {
    const run = await runCli(args, { cwd: fixture("check-empty-dir") });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
