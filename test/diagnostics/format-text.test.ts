import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatText } from "../../src/diagnostics/format-text.js";
import { ctx, hostile, runnerCommandLines, sample } from "./fixtures.js";

describe("text format", () => {
  it("groups by file, sorts, aligns and summarises in Swedish", () => {
    expect(formatText(sample, ctx())).toBe(
      [
        "plans/a.md",
        "  fel      Filen är tom.  [file-empty]",
        "",
        "plans/b.md",
        "  1:1   fel      Nyckeln id saknas.  [schema-required]",
        '  3:1   varning  Okänd nyckel "titel".  [key-unknown]',
        "  12:5  fel      Datumet 2024-02-30 finns inte.  [date-invalid]",
        "    → Skriv datumet som ÅÅÅÅ-MM-DD.",
        "",
        "✖ 3 fel och 1 varning i 2 av 7 filer.",
        "",
      ].join("\n"),
    );
  });

  it("uses English labels and summary for --lang en", () => {
    const out = formatText(sample, ctx({ lang: "en" }));
    expect(out).toContain("  3:1   warning  ");
    expect(out).toContain("  1:1   error    ");
    expect(out.endsWith("\n✖ 3 errors and 1 warning in 2 of 7 files.\n")).toBe(true);
  });

  it("prints no position for line 0 (the whole file), even next to positioned lines", () => {
    const list: Diagnostic[] = [
      { code: "file-empty", severity: "error", message: "Tom.", file: "a.md", line: 0, column: 0 },
      { code: "x", severity: "error", message: "Fel.", file: "a.md", line: 10, column: 2 },
    ];
    expect(formatText(list, ctx({ filesChecked: 1 }))).toBe(
      "a.md\n        fel      Tom.  [file-empty]\n  10:2  fel      Fel.  [x]\n\n✖ 2 fel i 1 av 1 fil.\n",
    );
  });

  it("says when everything is fine, with the right plural", () => {
    expect(formatText([], ctx())).toBe("✔ 7 filer kontrollerade, inga fel.\n");
    expect(formatText([], ctx({ filesChecked: 1 }))).toBe("✔ 1 fil kontrollerad, inga fel.\n");
    expect(formatText([], ctx({ lang: "en" }))).toBe("✔ 7 files checked, no errors.\n");
    expect(formatText([], ctx({ lang: "en", filesChecked: 1 }))).toBe("✔ 1 file checked, no errors.\n");
  });

  it("summarises warnings alone", () => {
    const warnings = sample.filter((d) => d.severity === "warning");
    expect(formatText(warnings, ctx())).toMatch(/\n⚠ 1 varning i 1 av 7 filer\.\n$/);
    expect(formatText([...warnings, { ...warnings[0]!, line: 9 }], ctx({ lang: "en" }))).toMatch(/\n⚠ 2 warnings in 1 of 7 files\.\n$/);
  });

  it("colours only when asked", () => {
    expect(formatText(sample, ctx({ color: false }))).not.toContain("\x1b");
    const coloured = formatText(sample, ctx({ color: true }));
    expect(coloured).toContain("\x1b[31mfel    \x1b[39m");
    expect(coloured).toContain("\x1b[33mvarning\x1b[39m");
    expect(coloured).toContain("\x1b[4mplans/a.md\x1b[24m");
    // Same text underneath.
    expect(coloured.replace(/\x1b\[\d+m/g, "")).toBe(formatText(sample, ctx({ color: false })));
  });

  it("escapes control characters in file names and messages", () => {
    const out = formatText(hostile, ctx());
    expect(out).toContain("plans/evil\\n::error file=x::forged\\x1b[2J.md\n");
    expect(out).toContain("\\r::stop-commands::tok");
    expect(out).toContain("bidi \\u{202e} reversed \\u{2028} separated \\x9b31m c1 \\x7f del");
    // Only our own colour codes may contain ESC, and there are none without colour.
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(formatText(hostile, ctx({ color: true })).replace(/\x1b\[\d+m/g, "")).not.toContain("\x1b");
  });

  it("never produces a line GitHub Actions would run as a command", () => {
    for (const color of [false, true]) {
      expect(runnerCommandLines(formatText(hostile, ctx({ color })))).toEqual([]);
    }
    expect(formatText(hostile, ctx())).toContain("\n\\x3a:plans/50%,a:b.md\n");
  });
});
