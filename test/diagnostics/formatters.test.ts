import { describe, expect, it } from "vitest";
import { formatters, isFormatName } from "../../src/diagnostics/formatters.js";
import { ctx, hostile, runnerCommandLines, sample } from "./fixtures.js";

describe("formatters", () => {
  it("offers exactly the documented formats", () => {
    expect(Object.keys(formatters)).toEqual(["text", "json", "github", "sarif"]);
    expect(isFormatName("sarif")).toBe(true);
    expect(isFormatName("toString")).toBe(false);
    expect(isFormatName("TEXT")).toBe(false);
    expect(isFormatName(undefined)).toBe(false);
  });

  it.each(Object.entries(formatters))("%s ends non-empty output with exactly one newline", (_name, format) => {
    for (const list of [sample, []]) {
      const out = format(list, ctx());
      if (out !== "") expect(out).toMatch(/[^\n]\n$/);
    }
  });

  it.each(Object.entries(formatters))("%s does not depend on the input order", (_name, format) => {
    expect(format([...sample].reverse(), ctx())).toBe(format(sample, ctx()));
  });

  it.each(Object.entries(formatters))("%s emits no workflow command except its own annotations", (name, format) => {
    for (const lang of ["sv", "en"] as const) {
      const commands = runnerCommandLines(format(hostile, ctx({ lang })));
      expect(commands).toHaveLength(name === "github" ? hostile.length : 0);
    }
  });
});
