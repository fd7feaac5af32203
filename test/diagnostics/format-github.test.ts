import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/diagnostics/format-github.js";
import { ctx, hostile, runnerCommandLines, sample } from "./fixtures.js";

describe("github format", () => {
  it("writes one workflow command per diagnostic, sorted", () => {
    expect(formatGithub(sample, ctx())).toBe(
      [
        "::error file=plans/a.md,title=file-empty::Filen är tom.",
        "::error file=plans/b.md,line=1,col=1,title=schema-required::Nyckeln id saknas.",
        '::warning file=plans/b.md,line=3,col=1,title=key-unknown::Okänd nyckel "titel".',
        "::error file=plans/b.md,line=12,col=5,endLine=12,endColumn=15,title=date-invalid::Datumet 2024-02-30 finns inte. — Skriv datumet som ÅÅÅÅ-MM-DD.",
        "",
      ].join("\n"),
    );
  });

  it("writes nothing when there is nothing to report", () => {
    expect(formatGithub([], ctx())).toBe("");
  });

  it("encodes data and properties like @actions/core", () => {
    expect(escapeData("100%\r\n:,")).toBe("100%25%0D%0A:,");
    expect(escapeProperty("100%\r\n:,")).toBe("100%25%0D%0A%3A%2C");
    const d: Diagnostic = {
      code: "x",
      severity: "warning",
      message: "::set-output name=a::b",
      file: "dir:1/50%,b.md",
      line: 4,
      column: 0,
    };
    expect(formatGithub([d], ctx())).toBe("::warning file=dir%3A1/50%25%2Cb.md,line=4,title=x::::set-output name=a::b\n");
  });

  it("keeps every command on one line and makes other control characters visible", () => {
    const out = formatGithub(hostile, ctx());
    const lines = out.trimEnd().split(/\r\n|\r|\n/);
    expect(lines).toHaveLength(hostile.length);
    // Every line the runner sees as a command is one of ours, and there is exactly one per diagnostic.
    expect(runnerCommandLines(out)).toEqual(lines);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:]*title=[a-z-]+::/);
    expect(out).toContain("file=plans/evil%0A%3A%3Aerror file=x%3A%3Aforged\\x1b[2J.md,line=2,col=3,");
    expect(out).toContain("::::set-output name=x::pwned — ::add-mask::secret%0A::error::forged\n");
    expect(out).toContain("100%25 wrong, a:b%0D::stop-commands::tok");
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });
});
