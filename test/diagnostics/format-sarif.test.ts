import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatSarif, type SarifLog, toArtifactUri } from "../../src/diagnostics/format-sarif.js";
import { ctx, hostile, runnerCommandLines, sample } from "./fixtures.js";

/** The properties SARIF 2.1.0 requires (§3.13.2, §3.14, §3.18, §3.19, §3.27, §3.29, §3.49) and their constraints. */
function expectValidSarif(log: SarifLog): void {
  expect(log.version).toBe("2.1.0");
  expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    expect(typeof run.tool.driver.name).toBe("string");
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) {
      expect(typeof result.message.text).toBe("string");
      expect(["error", "warning", "note", "none"]).toContain(result.level);
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      for (const { physicalLocation } of result.locations) {
        // A valid URI reference: no spaces, controls, backslashes or unencoded non-ASCII.
        expect(physicalLocation.artifactLocation.uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/);
        const region = physicalLocation.region;
        if (region) {
          expect(region.startLine).toBeGreaterThanOrEqual(1);
          if (region.startColumn !== undefined) expect(region.startColumn).toBeGreaterThanOrEqual(1);
          if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
          if (region.endColumn !== undefined) expect(region.endColumn).toBeGreaterThanOrEqual(1);
        }
      }
    }
  }
}

describe("sarif format", () => {
  it("writes one run with one rule per code and one result per diagnostic", () => {
    const out = formatSarif(sample, ctx());
    expect(out.endsWith("}\n")).toBe(true);
    const log = JSON.parse(out) as SarifLog;
    expectValidSarif(log);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver).toEqual({
      name: "plan",
      version: "1.2.3",
      rules: [{ id: "date-invalid" }, { id: "file-empty" }, { id: "key-unknown" }, { id: "schema-required" }],
    });
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ["file-empty", "error"],
      ["schema-required", "error"],
      ["key-unknown", "warning"],
      ["date-invalid", "error"],
    ]);
    expect(run.results[3]).toEqual({
      ruleId: "date-invalid",
      ruleIndex: 0,
      level: "error",
      message: { text: "Datumet 2024-02-30 finns inte. — Skriv datumet som ÅÅÅÅ-MM-DD." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "plans/b.md" },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 15 },
          },
        },
      ],
    });
  });

  it("leaves out the region for a whole-file diagnostic", () => {
    const log = JSON.parse(formatSarif(sample, ctx())) as SarifLog;
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "plans/a.md" } });
  });

  it("writes a valid log with no results", () => {
    const log = JSON.parse(formatSarif([], ctx())) as SarifLog;
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it("turns paths into URI references with forward slashes", () => {
    expect(toArtifactUri("plans\\2025\\skola.md")).toBe("plans/2025/skola.md");
    expect(toArtifactUri("./plans/a.md")).toBe("plans/a.md");
    expect(toArtifactUri("planer/Förskola 50%#1?.md")).toBe("planer/F%C3%B6rskola%2050%25%231%3F.md");
    expect(toArtifactUri("a:b/c,d.md")).toBe("a%3Ab/c%2Cd.md");
    expect(toArtifactUri("/home/k/plans/a b.md")).toBe("file:///home/k/plans/a%20b.md");
    expect(toArtifactUri("C:\\Planer\\a.md")).toBe("file:///C:/Planer/a.md");
    expect(toArtifactUri("\\\\server\\share\\a.md")).toBe("file://server/share/a.md");
    expect(toArtifactUri("bad\ud800.md")).toBe("bad%EF%BF%BD.md");
  });

  it("stays valid and inert with hostile input", () => {
    const out = formatSarif(hostile, ctx());
    const log = JSON.parse(out) as SarifLog;
    expectValidSarif(log);
    expect(log.runs[0]!.results.map((r) => r.message.text)).toContain(hostile[1]!.message);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(runnerCommandLines(out)).toEqual([]);
  });

  it("drops an end line before the start line rather than write an invalid region", () => {
    const d: Diagnostic = { code: "x", severity: "error", message: "m", file: "a.md", line: 5, column: 0, endLine: 2 };
    const log = JSON.parse(formatSarif([d], ctx())) as SarifLog;
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 5 });
  });
});
