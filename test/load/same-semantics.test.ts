/**
 * One YAML semantics: whenever the fast path (js-yaml) accepts a text, the exact path (`yaml`) must accept it
 * too and produce the same data. Checked on tricky scalars, on every fixture and on the shipped plans.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fastParse } from "../../src/load/fast-yaml.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { decodeText } from "../../src/load/read-text.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

function expectSameOrDeclined(yamlText: string) {
  const fast = fastParse(yamlText);
  if (fast === undefined) return "declined";
  const exact = parseYaml(yamlText);
  expect(exact.ok, `yaml rejects what js-yaml accepted:\n${yamlText}`).toBe(true);
  if (exact.ok) expect(fast).toEqual(exact.value.data);
  return "same";
}

const SCALARS = [
  "0o17", "0x1F", "0X1F", "0b101", "017", "0180", "+12", "-0", "1_000", "1e3", "1E-3", ".5", "5.", "-.5e+2", ".inf", "-.Inf",
  "+.INF", ".nan", ".NaN", "~", "null", "Null", "NULL", "nULL", "", "true", "True", "TRUE", "tRUE", "yes", "no", "on", "off",
  "y", "12:30", "1:20:30", "2024-02-30", "2024-02-29T12:00:00Z", "'quoted'", '"dq \\u00e5 \\t tab"', "Vt -24", "EC & AC",
  "a: b", "[1, 2]", "{a: 1}", "=", "<<", "-", "- x", "#no", "x #comment", "x#nocomment", "0.1.2", "1,5", "−9,5", "9.50",
];

describe("fast and exact YAML paths agree", () => {
  it.each(SCALARS)("on the scalar %j", (scalar) => {
    expectSameOrDeclined(`v: ${scalar}\n`);
    expectSameOrDeclined(`- ${scalar}\n`);
  });

  it.each([
    ["a folded block", "a: >\n  one\n  two\n\n  three\nb: 1\n"],
    ["a literal block with keep", "a: |+\n  x\n\n\nb: 1\n"],
    ["a literal block with strip", "a: |-\n  x\n  y\n"],
    ["a multi-line plain scalar", "a: one\n  two\n   three\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two\\\n  three"\n'],
    ["nested sequences", "a:\n- - 1\n  - 2\n- [3, {b: 4}]\n"],
    ["a complex key", "? a\n: 1\n"],
    ["a key with spaces and å", "ny status: 1\nåtgärd: 2\n"],
    ["a merge key", "<<: {a: 1}\nb: 2\n"],
    ["a document start", "---\na: 1\n"],
    ["a document end", "a: 1\n...\n"],
    ["tabs after values", "a: 1\t\nb:\tx\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["an alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!int '1'\n"],
    ["a directive", "%YAML 1.1\n---\na: yes\n"],
    ["an emphasised plain value", "a: *viktigt*\n"],
    ["a long key", `${"k".repeat(1100)}: 1\n`],
  ])("on %s", (_, text) => {
    expectSameOrDeclined(text);
  });

  it("on every fixture and shipped plan (and accepts each valid one)", () => {
    const files = [...walk(FIXTURES), ...walk(join(REPO, "plans"))].filter((f) => /\.(md|ya?ml)$/.test(f));
    let accepted = 0;
    for (const file of files) {
      const read = decodeText(readFileSync(file));
      if (!read.ok) continue;
      let yamlText = read.text;
      if (file.endsWith(".md")) {
        const split = splitFrontMatter(read.text);
        if (!split.ok) continue;
        yamlText = split.value.yaml;
      }
      if (expectSameOrDeclined(yamlText) === "same") accepted++;
    }
    expect(accepted).toBeGreaterThan(20);
  });
});

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isDirectory()) yield* walk(path);
    else if (info?.isFile()) yield path;
  }
}
