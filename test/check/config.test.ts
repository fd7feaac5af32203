import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { loadConfig } from "../../src/config/load-config.js";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

describe("plan.config.yaml", () => {
  it("is found by searching upward from the working directory", async () => {
    const config = await loadConfig(fixture("check-config", "sub"));
    expect(config).toMatchObject({
      committee: "Socialnämnden",
      currency: "mnkr",
      lang: "en",
      reportMonths: [3, 9],
      roles: { VC: "Verksamhetschef" },
    });
  });

  it("replaces the vocabulary: its roles and statuses are valid, the defaults' are not", async () => {
    const run = await runCli(["check", "--format", "json", "plan.yaml"], { cwd: fixture("check-config", "sub") });
    const codes = (JSON.parse(run.stdout) as { diagnostics: { code: string; line: number }[] }).diagnostics.map(
      (d) => `${d.code}@${d.line}`,
    );
    expect(codes).toEqual(["status-unknown@10", "role-unknown@11"]);
  });

  it("sets the language of messages, which --lang overrides", async () => {
    const cwd = fixture("check-config", "sub");
    expect((await runCli(["check", "plan.yaml"], { cwd })).stdout).toContain("Unknown role");
    expect((await runCli(["check", "--lang", "sv", "plan.yaml"], { cwd })).stdout).toContain("Okänd roll");
  });

  it("falls back to the built-in defaults where there is none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-noconfig-"));
    try {
      expect(await loadConfig(dir)).toEqual(DEFAULT_CONFIG);
      await writeFile(join(dir, "p.yaml"), "id: p\ntitel: T\nåtgärder:\n  - id: m\n    rubrik: R\n    ansvarig: [EC]\n    status: klar\n");
      expect((await runCli(["check", "p.yaml"], { cwd: dir })).exitCode).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails the run (exit 2) with file, line and column when broken", async () => {
    const run = await runCli(["check", "plan.yaml"], { cwd: fixture("check-config-broken") });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^plan: plan\.config\.yaml:2:9: konfigurationsfel \[schema-type\]: roller: /);
  });
});

it("is not taken for a plan when a folder holding it is checked", async () => {
  const run = await runCli(["check", "--format", "json", "."], { cwd: fixture("check-config") });
  expect(JSON.parse(run.stdout).summary.filesChecked).toBe(1);
});

describe("plan ids across files", () => {
  it("must be unique", async () => {
    const run = await runCli(["check", "--format", "json", "."], { cwd: fixture("check-duplicate-ids") });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics).toMatchObject([{ code: "plan-id-duplicate", file: "b.md", line: 2, column: 5 }]);
  });
});
