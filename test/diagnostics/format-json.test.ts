import { describe, expect, it } from "vitest";
import { formatJson, type JsonReport } from "../../src/diagnostics/format-json.js";
import { ctx, hostile, runnerCommandLines, sample } from "./fixtures.js";

describe("json format", () => {
  it("has the documented shape, sorted, pretty-printed with two spaces", () => {
    const out = formatJson(sample, ctx());
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.startsWith('{\n  "version": 1,\n  "summary": {\n    "filesChecked": 7,')).toBe(true);
    const report = JSON.parse(out) as JsonReport;
    expect(report).toEqual({
      version: 1,
      summary: { filesChecked: 7, errors: 3, warnings: 1 },
      diagnostics: [
        { code: "file-empty", severity: "error", message: "Filen är tom.", file: "plans/a.md", line: 0, column: 0 },
        { code: "schema-required", severity: "error", message: "Nyckeln id saknas.", file: "plans/b.md", line: 1, column: 1 },
        { code: "key-unknown", severity: "warning", message: 'Okänd nyckel "titel".', file: "plans/b.md", line: 3, column: 1 },
        {
          code: "date-invalid",
          severity: "error",
          message: "Datumet 2024-02-30 finns inte.",
          hint: "Skriv datumet som ÅÅÅÅ-MM-DD.",
          file: "plans/b.md",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 15,
        },
      ],
    });
    // Keys in the documented order, optional ones absent rather than null.
    expect(Object.keys(report.diagnostics[3]!)).toEqual([
      "code",
      "severity",
      "message",
      "hint",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
    ]);
    expect(out).not.toContain("null");
  });

  it("is the same whatever the language or colour", () => {
    expect(formatJson(sample, ctx({ lang: "en", color: true }))).toBe(formatJson(sample, ctx()));
  });

  it("writes an empty list and a summary when all is well", () => {
    expect(JSON.parse(formatJson([], ctx()))).toEqual({
      version: 1,
      summary: { filesChecked: 7, errors: 0, warnings: 0 },
      diagnostics: [],
    });
  });

  it("keeps hostile strings exact for a parser but inert for a terminal or runner", () => {
    const out = formatJson(hostile, ctx());
    const report = JSON.parse(out) as JsonReport;
    const byCode = new Map(report.diagnostics.map((d) => [d.code, d]));
    for (const d of hostile) {
      expect(byCode.get(d.code)).toMatchObject({ message: d.message, file: d.file });
    }
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(runnerCommandLines(out)).toEqual([]);
    expect(out.split("\n").every((line) => !line.trimStart().startsWith("::"))).toBe(true);
  });
});
