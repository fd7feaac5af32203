/**
 * What VS Code gets from the repository: .vscode/settings.json maps the generated schemas onto the YAML plans and
 * the config (Red Hat's YAML extension), the shipped plans and the template name their schema in the modeline, and
 * the `plan check` task's problem matcher reads the `--format github` lines, front matter of .md files included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, matchesGlob, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_KINDS } from "../../src/commands/schema.js";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const vscode = (name: string) => JSON.parse(readFileSync(join(REPO, ".vscode", name), "utf8"));
const settings = vscode("settings.json") as { "yaml.schemas": Record<string, string[]> };
const schemas = settings["yaml.schemas"];

function filesUnder(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)).replaceAll("\\", "/"));
}

const schemaFor = (file: string) => Object.keys(schemas).filter((schema) => schemas[schema]!.some((glob) => matchesGlob(file, glob)));

describe(".vscode/settings.json", () => {
  it("maps only the generated schema files", () => {
    const generated = Object.values(SCHEMA_KINDS).map((kind) => kind.file);
    for (const schema of Object.keys(schemas)) expect(generated).toContain(schema);
  });

  it("gives every shipped YAML plan the plan schema and plan.config.yaml the config schema, one each", () => {
    const yamlPlans = filesUnder("plans").filter((file) => /\.ya?ml$/.test(file));
    expect(yamlPlans.length).toBeGreaterThan(3);
    for (const file of yamlPlans) expect(schemaFor(file), file).toEqual([SCHEMA_KINDS.plan.file]);
    expect(schemaFor("plan.config.yaml")).toEqual([SCHEMA_KINDS.config.file]);
    expect(schemaFor("templates/ny-plan.yaml")).toEqual([]);
  });

  it("agrees with the modelines of the shipped YAML plans and the config, which name their schema by a relative path", () => {
    for (const file of filesUnder("plans").filter((f) => /\.ya?ml$/.test(f))) {
      const first = readFileSync(join(REPO, file), "utf8").split("\n")[0]!;
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(target && resolve(REPO, dirname(file), target), file).toBe(join(REPO, SCHEMA_KINDS.plan.file));
    }
    expect(readFileSync(join(REPO, "templates", "ny-plan.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema={{schema}}");
    expect(readFileSync(join(REPO, "plan.config.yaml"), "utf8").split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${SCHEMA_KINDS.config.file}`,
    );
  });

  it("recommends the YAML extension the settings are for", () => {
    expect(vscode("extensions.json").recommendations).toContain("redhat.vscode-yaml");
  });
});

describe("the plan check task in .vscode/tasks.json", () => {
  const task = (vscode("tasks.json") as { tasks: { command: string; problemMatcher: { pattern: Record<string, string | number> } }[] })
    .tasks[0]!;
  const pattern = task.problemMatcher.pattern;
  const regexp = new RegExp(pattern.regexp as string);

  it("runs plan check in the format its problem matcher reads, and finds errors in a Markdown file's front matter", async () => {
    expect(task.command).toBe("npx plan check --format github");
    const cwd = fixture("check-cases");
    const run = await runCli(["check", "--format", "github", "date-invalid-in-front-matter.md", "schema-missing-key.yaml"], { cwd });
    const problems = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => regexp.exec(line))
      .map(
        (m) =>
          m && [
            m[pattern.severity as number],
            m[pattern.file as number],
            m[pattern.line as number],
            m[pattern.column as number],
            m[pattern.code as number],
          ],
      );
    expect(problems).toEqual([
      ["error", "date-invalid-in-front-matter.md", "5", "21", "date-invalid"],
      ["error", "schema-missing-key.yaml", "1", "1", "schema-required"],
    ]);
    expect(regexp.exec(run.stdout.split("\n")[0]!)?.[pattern.message as number]).toContain("2023-02-29");
  });
});
