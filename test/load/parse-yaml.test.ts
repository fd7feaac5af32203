import { describe, expect, it } from "vitest";
import { locate } from "../../src/load/locate.js";
import { MAX_DEPTH, parseYaml } from "../../src/load/parse-yaml.js";

function problems(text: string) {
  const result = parseYaml(text);
  return result.ok ? [] : result.problems;
}

describe("parseYaml", () => {
  it("uses the YAML 1.2 core schema: no dates, no sexagesimal numbers", () => {
    const result = parseYaml("a: 2024-02-30\nb: 12:30\nc: 0180\nd: yes\n");
    expect(result.ok && result.value.data).toEqual({ a: "2024-02-30", b: "12:30", c: 180, d: "yes" });
  });

  it("points an unclosed bracket or quote at where it opens, not where yaml noticed", () => {
    expect(problems("id: a\ntitel: [x\nb: 2\n")[0]).toMatchObject({ code: "yaml-syntax", at: { line: 2, column: 8 } });
    expect(problems('id: a\ntitel: "x\nb: 2\n')[0]).toMatchObject({ code: "yaml-syntax", at: { line: 2, column: 8 } });
  });

  it("reports other syntax errors where they are", () => {
    expect(problems("a:\n  b: 1\n c: 2\n")[0]).toMatchObject({ code: "yaml-syntax", at: { line: 3, column: 1 } });
    expect(problems("a:\n\tb: 1\n")[0]).toMatchObject({ code: "yaml-syntax", params: { yamlCode: "TAB_AS_INDENT" } });
  });

  it("reports duplicate keys", () => {
    expect(problems("id: a\nid: b\n")[0]).toMatchObject({ code: "yaml-duplicate-key", at: { line: 2, column: 1 } });
  });

  it("reports more than one document", () => {
    expect(problems("id: a\n---\nid: b\n")[0]).toMatchObject({ code: "yaml-multiple-documents" });
  });

  it("rejects anchors, aliases and tags, with one alias finding per file", () => {
    expect(problems("a: &x 1\nb: *x\n").map((p) => p.code)).toEqual(["yaml-alias"]);
    expect(problems("a: !!str 1\n")[0]).toMatchObject({ code: "yaml-tag", params: { tag: "!!str" } });
    expect(problems("a: !custom x\n")[0]).toMatchObject({ code: "yaml-tag" });
  });

  it("rejects very deep nesting, in flow and in block style, with one finding", () => {
    const flow = problems(`a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    expect(flow).toHaveLength(1);
    expect(flow[0]!.code).toBe("yaml-too-deep");
    const block = `${Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} 1\n`;
    expect(problems(block)[0]).toMatchObject({ code: "yaml-too-deep" });
  });

  it("adds the front-matter offset to every position", () => {
    expect(problems("id: a\nid: b\n").length).toBe(1);
    const result = parseYaml("id: a\nid: b\n", 1);
    expect(!result.ok && result.problems[0]!.at).toMatchObject({ line: 3, column: 1 });
  });
});

describe("locate", () => {
  const parsed = parseYaml("id: a\nåtgärder:\n  - id: m1\n    status: pågår\n", 1);
  if (!parsed.ok) throw new Error("fixture must parse");
  it("finds a value", () => {
    expect(locate(parsed.value, ["åtgärder", 0, "status"])).toMatchObject({ line: 5, column: 13 });
  });
  it("finds a key", () => {
    expect(locate(parsed.value, ["åtgärder", 0, "status"], "key")).toMatchObject({ line: 5, column: 5 });
  });
  it("points a missing key at its nearest parent", () => {
    expect(locate(parsed.value, ["åtgärder", 0, "rubrik"])).toMatchObject({ line: 4, column: 5 });
  });
});

describe("runaway nesting", () => {
  // Thousands of levels exhaust the parsers' stacks; the guard must answer before either parser runs.
  it.each([
    ["flow brackets", `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`],
    ["block indentation", `${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`],
    ["dashes on one line", `${"- ".repeat(3000)}x\n`],
  ])("in %s is reported as too deep, not a crash", (_, text) => {
    expect(problems(text)).toMatchObject([{ code: "yaml-too-deep" }]);
  });
});

describe("excessiveNesting", () => {
  it("measures a line of 200,000 dashes without a call of 200,000 arguments", async () => {
    const { excessiveNesting } = await import("../../src/load/depth-guard.js");
    expect(excessiveNesting(`${"- ".repeat(200_000)}x\n`)).toBe(0);
    expect(excessiveNesting(`a: 1\n${"? ".repeat(300)}x\n`)).toBe(5);
    expect(excessiveNesting("- - - a\n- b\n")).toBe(-1);
  });
});
