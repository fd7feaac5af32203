/**
 * Output that cannot be written: a full disk behind stdout fails the run (exit 2, one line, no stack trace), a
 * reader that goes away ends it quietly, and `--format json` says on stdout why a run failed.
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";
import { BIN } from "../helpers/spawn-plan.js";

const FULL = "plan: Kunde inte skriva till standard ut: disken är full; frigör utrymme och försök igen.\n";

function intoDevFull(args: string[], env: Record<string, string> = {}) {
  const fd = openSync("/dev/full", "w");
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: fixture("due-cases"),
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
      env: { PATH: process.env.PATH, PLAN_TODAY: "2024-05-01", ...env },
    });
    return { exitCode: result.status, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe("stdout on a full disk (> /dev/full)", () => {
  it.each([
    [["due"]],
    [["due", "--format", "json"]],
    [["check"]],
    [["check", "--format", "json"]],
    [["check", "--format", "sarif"]],
    [["status"]],
    [["schema"]],
  ])("%j exits 2 with one line and no stack trace", (args) => {
    expect(intoDevFull(args)).toEqual({ exitCode: 2, stderr: FULL });
  });

  it("says it in English with --lang en", () => {
    expect(intoDevFull(["check", "--lang", "en"]).stderr).toBe(
      "plan: Could not write to standard output: the disk is full; free some space and try again.\n",
    );
  });
});

describe("stderr on a full disk (2> /dev/full)", () => {
  it("still ends the run with its exit code, not a crash", () => {
    const fd = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [BIN, "check", "saknas"], {
        cwd: fixture("due-cases"),
        stdio: ["ignore", "pipe", fd],
        encoding: "utf8",
        env: { PATH: process.env.PATH },
      });
      expect(result.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});

describe("a reader that goes away (| head -1)", () => {
  it.each([
    ["due", 0],
    ["check", 0],
    ["schema", 0],
  ])("plan %s ends quietly, with its normal exit code", (command, code) => {
    const result = spawnSync(
      "bash",
      ["--norc", "--noprofile", "-c", `"${process.execPath}" "${BIN}" ${command} | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: fixture("due-cases"),
        encoding: "utf8",
        env: { PATH: process.env.PATH, PLAN_TODAY: "2024-05-01" },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${code}\n`);
  });
});

describe("--format json when the run fails (exit 2)", () => {
  it.each([
    [["check", "--format", "json", "saknas"], "Sökvägen finns inte: saknas", "path-missing"],
    [["due", "--format", "json", "--today", "2023-02-29"], 'Ogiltigt datum för --today: "2023-02-29".', "option-invalid"],
    [["status", "--format=json", "--lang", "xx"], 'Okänt språk "xx": välj sv eller en.', "option-invalid"],
    [["check", "-f", "json", "--okänd"], "okänd flagga --okänd. Se plan --help.", "usage"],
  ])("%j prints a JSON error object on stdout and the line on stderr", async (args, message, code) => {
    const run = await runCli(args, { cwd: fixture("due-cases") });
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code,
        message: expect.stringContaining(message),
        exitCode: 2,
        tool: { name: "plan", version: expect.any(String) },
      },
    });
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("prints nothing on stdout for the text format", async () => {
    const run = await runCli(["check", "saknas"], { cwd: REPO });
    expect(run).toMatchObject({ exitCode: 2, stdout: "" });
  });
});
