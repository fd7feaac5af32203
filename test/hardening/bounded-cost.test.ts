/**
 * No input may stall or crash `plan check`: huge numbers of keys, of findings and of nesting levels each end in a
 * finding within a few seconds. The bounds are generous (the machine is shared); the defects took minutes or
 * crashed with a stack overflow.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/load/read-text.js";
import { MAX_FINDINGS_PER_FILE } from "../../src/validate/check-file.js";
import { runCli } from "../helpers/run-cli.js";

interface Reported {
  code: string;
  line: number;
  column: number;
  message: string;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-cost-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines from `line(i)` until the file would pass 1 MiB. */
function fill(head: string, line: (i: number) => string): string {
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > MAX_FILE_BYTES - 16) break;
    parts.push(next);
    size += next.length;
  }
  return parts.join("");
}

async function timedCheck(name: string, text: string): Promise<{ ms: number; exitCode: number; diagnostics: Reported[] }> {
  writeFileSync(join(dir, name), text);
  const started = Date.now();
  const run = await runCli(["check", "--format", "json", name], { cwd: dir });
  const ms = Date.now() - started;
  return { ms, exitCode: run.exitCode, diagnostics: (JSON.parse(run.stdout) as { diagnostics: Reported[] }).diagnostics };
}

const BOUND_MS = 8000;
const HEAD = "id: a\ntitel: T\nåtgärder: []\n";

describe("bounded cost", () => {
  it("refuses some 100,000 top-level keys in 1 MiB quickly, with one finding", async () => {
    const { ms, exitCode, diagnostics } = await timedCheck(
      "keys.yaml",
      fill(HEAD, (i) => `k${i}: 1\n`),
    );
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => d.code)).toEqual(["yaml-too-many-nodes"]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("checks 9,000 keys below the node limit in linear time: a late duplicate found, at its line", async () => {
    let text = HEAD;
    for (let i = 0; i < 9000; i++) text += `k${i}: 1\n`;
    text += "k17: 2\n";
    const { ms, diagnostics } = await timedCheck("dups.yaml", text);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "yaml-duplicate-key", line: 9004, column: 1 })]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("shows at most 100 findings of a file and counts the rest in one more", async () => {
    let text = "id: a\ntitel: T\nåtgärder:\n";
    for (let i = 0; i < 5000; i++) text += "  - {}\n";
    const { ms, exitCode, diagnostics } = await timedCheck("many.yaml", text);
    expect(exitCode).toBe(1);
    expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    const last = diagnostics.find((d) => d.code === "findings-truncated");
    expect(last?.message).toBe(`Ytterligare ${2 * 5000 - MAX_FINDINGS_PER_FILE} fel i filen visas inte.`);
    expect(last?.line).toBeGreaterThan(4);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("does not crash on a megabyte of empty measures (once 63,000 findings and a stack overflow)", async () => {
    const { ms, exitCode, diagnostics } = await timedCheck(
      "empty-measures.yaml",
      fill("id: a\ntitel: T\nåtgärder:\n", () => "- {}\n"),
    );
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => d.code)).not.toContain("internal-error");
    expect(diagnostics.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it.each([
    ["- - -", `${"- ".repeat(200_000)}x\n`],
    ["? ? ?", `${"? ".repeat(200_000)}x\n`],
    ["[[[", `a: ${"[".repeat(200_000)}\n`],
    ["1,400 indented keys", Array.from({ length: 1400 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")],
  ])("gives deep nesting (%s) yaml-too-deep, not a stack overflow", async (_, text) => {
    const { ms, exitCode, diagnostics } = await timedCheck("deep.yaml", text);
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => d.code)).toEqual(["yaml-too-deep"]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
