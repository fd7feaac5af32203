/** `plan due`: options, filters and exit codes, in-process, as a table of cases over fixture folders. */
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const cases = fixture("due-cases");
const invalid = fixture("due-invalid");

interface Case {
  name: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  exitCode: number;
  stdout?: RegExp;
  stderr?: RegExp;
}

// On 2024-05-01 the fixtures hold: lokaler deadline 2024-03-31 (overdue), bemanning monthly 2024-04-20 (overdue),
// raster 2024-05-10 (due soon); the done measure "klar" has nothing due.
const CASES: Case[] = [
  {
    name: "lists overdue and due-soon items, exit 0",
    args: ["due", "--today", "2024-05-01"],
    exitCode: 0,
    stdout: /2 försenade, 1 snart förfallande/,
  },
  { name: "--fail-on overdue with overdue items: exit 1", args: ["due", "--today", "2024-05-01", "--fail-on", "overdue"], exitCode: 1 },
  {
    name: "--fail-on overdue with only due-soon items: exit 0",
    args: ["due", "--today", "2024-03-01", "--fail-on", "overdue", "plans/avdelning.md", "--within", "150"],
    exitCode: 0,
    stdout: /0 försenade, 2 snart/,
  },
  {
    name: "--fail-on due-soon with only due-soon items: exit 1",
    args: ["due", "--today", "2024-03-01", "--fail-on", "due-soon", "plans/avdelning.md", "--within", "150"],
    exitCode: 1,
  },
  {
    name: "--fail-on due-soon with nothing: exit 0",
    args: ["due", "--today", "2024-03-01", "--fail-on", "due-soon", "plans/avdelning.md"],
    exitCode: 0,
    stdout: /Inget försenat eller snart förfallande/,
  },
  {
    name: "PLAN_TODAY sets today",
    args: ["due", "--format", "json"],
    env: { PLAN_TODAY: "2024-05-01" },
    exitCode: 0,
    stdout: /"today": "2024-05-01"/,
  },
  {
    name: "--today wins over PLAN_TODAY",
    args: ["due", "--format", "json", "--today", "2024-04-01"],
    env: { PLAN_TODAY: "2024-05-01" },
    exitCode: 0,
    stdout: /"today": "2024-04-01"/,
  },
  { name: "without either, the clock's local date", args: ["due", "--format", "json"], exitCode: 0, stdout: /"today": "2025-05-12"/ },
  {
    name: "--today not a real date: exit 2",
    args: ["due", "--today", "2024-02-30"],
    exitCode: 2,
    stderr: /^plan: Ogiltigt datum för --today: "2024-02-30"\. Skriv ÅÅÅÅ-MM-DD med en dag som finns i kalendern\.\n$/,
  },
  { name: "--today in another form: exit 2", args: ["due", "--today", "1/5/2024"], exitCode: 2, stderr: /Ogiltigt datum för --today/ },
  {
    name: "PLAN_TODAY invalid: exit 2",
    args: ["due"],
    env: { PLAN_TODAY: "igår" },
    exitCode: 2,
    stderr: /Ogiltigt datum för PLAN_TODAY: "igår"/,
  },
  { name: "--within not a number: exit 2", args: ["due", "--within", "två"], exitCode: 2, stderr: /Ogiltigt värde för --within/ },
  { name: "--within negative: exit 2", args: ["due", "--within", "-1"], exitCode: 2 },
  { name: "--format unknown: exit 2", args: ["due", "--format", "xml"], exitCode: 2, stderr: /Giltiga: table, json, github, ics/ },
  { name: "--fail-on unknown: exit 2", args: ["due", "--fail-on", "late"], exitCode: 2, stderr: /Giltiga: overdue, due-soon/ },
  {
    name: "--plan unknown: exit 2 with a suggestion",
    args: ["due", "--plan", "ansvar-8159"],
    exitCode: 2,
    stderr: /--plan "ansvar-8159": .*Menade du "ansvar-81599"\?/,
  },
  { name: "--ansvarig unknown role: exit 2", args: ["due", "--ansvarig", "ECC"], exitCode: 2, stderr: /Menade du "EC"\?/ },
  { name: "--status unknown: exit 2", args: ["due", "--status", "pågå"], exitCode: 2, stderr: /Menade du "pågår"\?/ },
  {
    name: "--status far from any: exit 2 with the valid ones",
    args: ["due", "--status", "pågående"],
    exitCode: 2,
    stderr: /Giltiga: ej påbörjad, pågår, klar, avbruten\./,
  },
  { name: "a path that does not exist: exit 2", args: ["due", "finns-inte"], exitCode: 2, stderr: /Sökvägen finns inte/ },
  {
    name: "invalid files are reported and skipped, exit 0",
    cwd: invalid,
    args: ["due", "--today", "2024-05-01"],
    exitCode: 0,
    stdout: /1 försenad/,
    stderr: /trasig\.yaml[\s\S]*2024-02-30[\s\S]*ogiltiga filer hoppades över: plans\/trasig\.yaml/,
  },
  {
    name: "invalid files with --fail-on: exit 1 even with nothing due",
    cwd: invalid,
    args: ["due", "--today", "2024-01-01", "--fail-on", "overdue"],
    exitCode: 1,
  },
];

describe("plan due", () => {
  it.each(CASES)("$name", async ({ args, cwd = cases, env, exitCode, stdout, stderr }) => {
    const run = await runCli(args, { cwd, ...(env && { env }) });
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toMatchObject({ exitCode });
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
    if (exitCode === 2) expect(run.stdout).toBe("");
  });
});

describe("filters", () => {
  const ids = async (...args: string[]) => {
    const run = await runCli(["due", "--today", "2024-05-01", "--format", "json", "--within", "90", ...args], { cwd: cases });
    expect(run.exitCode).toBe(0);
    return JSON.parse(run.stdout).items.map((i: { measureId: string; kind: string }) => `${i.measureId}/${i.kind}`);
  };

  it("--ansvarig matches the role code, or the role with its qualifier", async () => {
    // schema's follow-up names no one, so its measure's roles (EC, AC) are responsible.
    expect(await ids("--ansvarig", "EC")).toEqual(["raster/followup-date", "schema/checkpoint", "schema/followup-recurring"]);
    expect(await ids("--ansvarig", "ec ktv")).toEqual(["raster/followup-date"]);
    expect(await ids("--ansvarig", "AC")).toEqual(["bemanning/followup-recurring", "schema/checkpoint", "schema/followup-recurring"]);
    expect(await ids("--ansvarig", "FC")).toEqual(["lokaler/deadline"]);
  });

  it("--plan and --status", async () => {
    expect(await ids("--plan", "avdelning")).toEqual(["schema/checkpoint", "schema/followup-recurring"]);
    expect(await ids("--status", "ej påbörjad")).toEqual(["lokaler/deadline"]);
    expect(await ids("--status", "klar")).toEqual([]);
  });

  it("the table shows only the groups of the role asked for", async () => {
    const run = await runCli(["due", "--today", "2024-05-01", "--ansvarig", "EC"], { cwd: cases });
    expect(run.stdout).toMatch(/^EC KTV \(Enhetschef\)\n/);
    expect(run.stdout).not.toContain("AC");
  });
});
