/** One run reports every finding a file has: a schema error no longer hides the rule errors beside it. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../helpers/temp-dirs.js";

const tempDir = tempDirs("all");
const codes = async (cwd: string) => {
  const run = await runCli(["check", "plan.yaml", "--format", "json"], { cwd });
  return (JSON.parse(run.stdout) as { diagnostics: { code: string; line: number }[] }).diagnostics.map((d) => `${d.line} ${d.code}`);
};

describe("plan check in one round", () => {
  it("reports the rule findings of the valid measures beside the schema findings, and no new ones once those are fixed", async () => {
    const dir = await tempDir("plan-en-runda-");
    const text = await readFile(fixture("check-one-round", "plan.yaml"), "utf8");
    await writeFile(join(dir, "plan.yaml"), text);
    const first = await codes(dir);
    expect(first).toEqual([
      "3 key-unknown",
      "5 date-invalid",
      "9 role-unknown",
      "10 period-invalid",
      "13 key-unknown",
      "16 status-unknown",
      "18 date-invalid",
    ]);
    // Fixing the schema errors (the unknown keys) leaves the rest: nothing new appears.
    await writeFile(join(dir, "plan.yaml"), text.replace("okänd_nyckel: 1\n", "").replace("    okänd: 2\n", ""));
    const second = await codes(dir);
    expect(second).toEqual(["4 date-invalid", "8 role-unknown", "9 period-invalid", "14 status-unknown", "16 date-invalid"]);
  });
});
