/** Help reads naturally in the chosen language, commander's own words included, with an example per command. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const COMMANDS = ["check", "schema", "due", "followup", "new", "import", "status", "report"];
const help = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: REPO, env });

describe("help", () => {
  it("is Swedish throughout by default: titles, usage, defaults, examples", async () => {
    for (const args of [["--help"], ...COMMANDS.map((command) => [command, "--help"]), ["help", "due"]]) {
      const run = await help(args);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/^Användning: plan/);
      expect(run.stdout).toContain("Flaggor:");
      expect(run.stdout).toContain("Exempel:\n  plan ");
      for (const english of ["Usage:", "Options:", "Commands:", "Arguments:", "[options]", "(default:", "display help"]) {
        expect(run.stdout).not.toContain(english);
      }
    }
    expect((await help(["due", "--help"])).stdout).toMatch(/utdataformat: table, json, github, ics \(standard:\s+table\)/);
  });

  it("is English throughout with --lang en or PLAN_LANG=en", async () => {
    for (const [args, env] of [
      [["due", "--help", "--lang", "en"], {}],
      [["report", "--help"], { PLAN_LANG: "en" }],
      [["--help", "--lang=en"], {}],
    ] as const) {
      const run = await help([...args], env);
      expect(run.stdout).toMatch(/^Usage: plan/);
      expect(run.stdout).toContain("Examples:\n  plan ");
      for (const swedish of ["Användning:", "Flaggor:", "Exempel:", "standard:", "visa hjälp", "filer eller kataloger"]) {
        expect(run.stdout).not.toContain(swedish);
      }
    }
  });

  it("words commander's errors in the run's language", async () => {
    expect((await help(["check", "--bogus"])).stderr).toBe("plan: okänd flagga --bogus. Se plan --help.\n");
    expect((await help(["check", "--bogus", "--lang", "en"])).stderr).toBe("plan: unknown option --bogus. See plan --help.\n");
    expect((await help(["frobnicate"], { PLAN_LANG: "en" })).stderr).toBe("plan: unknown command frobnicate. See plan --help.\n");
  });
});

describe("the config's språk", () => {
  it("sets the language of help and of run errors when neither --lang nor PLAN_LANG does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-sprak-"));
    try {
      await writeFile(join(dir, "plan.config.yaml"), "språk: en\n");
      expect((await runCli(["import", "--help"], { cwd: dir })).stdout).toMatch(/^Usage: plan import/);
      expect((await runCli(["check", "--bogus"], { cwd: dir })).stderr).toBe("plan: unknown option --bogus. See plan --help.\n");
      expect((await runCli(["check"], { cwd: dir })).stderr).toMatch(/^plan: The project in .* has no plans\/ folder\./);
      expect((await runCli(["check", "--bogus", "--lang", "sv"], { cwd: dir })).stderr).toBe(
        "plan: okänd flagga --bogus. Se plan --help.\n",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
