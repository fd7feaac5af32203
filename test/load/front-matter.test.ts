import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/load/front-matter.js";

describe("splitFrontMatter", () => {
  it("splits YAML and keeps the body byte for byte", () => {
    const result = splitFrontMatter("---\nid: a\n---\n# Rubrik\n\nText  \n");
    expect(result).toEqual({ ok: true, value: { yaml: "id: a\n", yamlStartLine: 2, body: "# Rubrik\n\nText  \n", bodyStartLine: 4 } });
  });

  it("requires the front matter to open on line 1", () => {
    expect(splitFrontMatter("\n---\nid: a\n---\n")).toMatchObject({ ok: false, problem: { code: "front-matter-missing" } });
    expect(splitFrontMatter("# Plan\n")).toMatchObject({ ok: false, problem: { code: "front-matter-missing" } });
  });

  it("reports front matter that is never closed", () => {
    expect(splitFrontMatter("---\nid: a\ntitel: b\n")).toMatchObject({ ok: false, problem: { code: "front-matter-not-closed" } });
  });

  // gray-matter would evaluate JavaScript front matter with eval(); no spelling of it may run or parse here.
  const executable = ["---js", "---javascript", "--- JS ", "---JavaScript", "---coffee", "--- js", "---json", "---toml", "---yaml"];
  it.each(executable)("refuses %j front matter without running it", (opening) => {
    const marker = `__plan_pwned_${Math.random().toString(36).slice(2)}`;
    const text = `${opening}\n({ id: (globalThis.${marker} = true) })\n---\nbody\n`;
    const result = splitFrontMatter(text);
    expect(result).toMatchObject({ ok: false, problem: { code: "front-matter-language" } });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});
