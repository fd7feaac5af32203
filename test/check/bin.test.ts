/** A few runs through the real bin/plan.js and the bundle, as a user and CI run it. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";

const BIN = join(REPO, "bin", "plan.js");

function plan(args: string[], cwd = REPO, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/plan.js", () => {
  it("checks the shipped plans with exit 0 and plain text when not on a terminal", () => {
    const run = plan(["check"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it("exits 1 with github annotations for a bad file", () => {
    const run = plan(["check", "--format", "github", fixture("check-cases", "date-invalid.yaml")]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error file=.*date-invalid\.yaml,line=7,col=14,/);
  });

  it("exits 2 with one line and no stack trace for a missing path", () => {
    const run = plan(["check", "finns/inte"]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("plan: Sökvägen finns inte: finns/inte\n");
  });

  it("prints help and the version", () => {
    expect(plan(["--help"]).stdout).toContain("kontrollera planfilerna");
    expect(plan(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
  });

  it("ships plan.schema.json exactly as plan schema writes it", () => {
    const run = plan(["schema"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(REPO, "plan.schema.json"), "utf8"));
  });
});
