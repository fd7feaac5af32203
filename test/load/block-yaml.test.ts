/**
 * One YAML semantics for the block reader (block-yaml.ts): whenever it returns data, `yaml` (the exact path)
 * accepts the same text and reads the same data. It must also actually read what plans are written in (else it
 * would be safe but useless): every valid fixture, shipped plan and generated plan.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../bench/generate-corpus.mjs";
import { parseBlockYaml, type ValuePositions } from "../../src/load/block-yaml.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { locate, parseYaml } from "../../src/load/parse-yaml.js";
import { recordedPosition } from "../../src/load/value-positions.js";
import { decodeText } from "../../src/load/read-text.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

function exactData(text: string): { ok: true; data: unknown } | { ok: false } {
  const exact = parseYaml(text);
  return exact.ok ? { ok: true, data: exact.value.data } : { ok: false };
}

/** "read" when the reader answered (and agreed), "declined" otherwise. */
function expectSameOrDeclined(text: string): "read" | "declined" {
  const block = parseBlockYaml(text);
  if (block === undefined) return "declined";
  const exact = exactData(text);
  expect(exact.ok, `yaml rejects what the block reader read:\n${text}`).toBe(true);
  if (exact.ok) expect(block, text).toEqual(exact.data);
  return "read";
}

/** Every value position the reader recorded is where `yaml` puts that value. */
function expectSamePositions(text: string): void {
  const positions: ValuePositions = new Map();
  const data = parseBlockYaml(text, positions);
  const exact = parseYaml(text);
  if (data === undefined || !exact.ok) return;
  const walkPaths = (value: unknown, path: PropertyKey[]): void => {
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      const at = [...path, key];
      const recorded = recordedPosition(data, positions, at, 0);
      if (recorded) expect({ at, ...recorded }, text).toEqual({ at, ...pick(locate(exact.value, at)) });
      walkPaths(child, at);
    }
  };
  walkPaths(data, []);
}

const pick = ({ line, column }: { line: number; column: number }) => ({ line, column });

function yamlOf(name: string, text: string): string | undefined {
  if (!name.endsWith(".md")) return text;
  const split = splitFrontMatter(text);
  return split.ok ? split.value.yaml : undefined;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isDirectory()) yield* walk(path);
    else if (info?.isFile() && /\.(md|ya?ml)$/.test(name)) yield path;
  }
}

const SCALARS = [
  "0o17", "0x1F", "0X1F", "0b101", "017", "0180", "+12", "-0", "1_000", "1e3", "1E-3", ".5", "5.", "-.5e+2", ".inf", "-.Inf",
  "+.INF", ".nan", ".NaN", "~", "null", "Null", "NULL", "nULL", "", "true", "True", "TRUE", "tRUE", "yes", "no", "on", "off",
  "y", "12:30", "1:20:30", "2024-02-30", "2024-02-29T12:00:00Z", "'quoted'", "'it''s'", "''", '""', '"dq \\u00e5 \\t tab"',
  '"a\\"b\\\\c\\/d\\ne"', '"\\x41"', '"\\ud83d"', "Vt -24", "EC & AC", "a: b", "a:b", "a :b", "[1, 2]", "[]", "[ ]", "{}",
  "{a: 1}", "{a: 1, a: 2}", "{a:1}", '{"2021": -9.5, "2022": 13}', "{2021: 1, 0x10: 2}", "[a, b,]", "[a,,b]", "[a: 1]",
  "[EC, 'AC', \"FC\"]", "[a, [b]]", "[a # c]", "=", "<<", "-", "- x", "-x", "-5", "? x", "?x", ":x", "::", "#no", "x #comment",
  "x#nocomment", "0.1.2", "1,5", "−9,5", "9.50", "*a", "&a x", "!x y", "%x", "@x", "`x`", "| x", "|", ">", "|2", ">+", ",a", "]", "}",
  "a ] b", "a } b", "a, b", "'a' b", '"a" # c', "'a'#c", "[a] b", "x   ", "Gå till https://exempel.se/x?a=1#b",
];

const CASES: [string, string][] = [
  ["a folded block", "a: >\n  one\n  two\n\n  three\nb: 1\n"],
  ["a folded block with strip", "a: >-\n  one\n  two\n\n\n  three\n\nb: 1\n"],
  ["a folded block, more indented", "a: >\n  one\n    two\n  three\n"],
  ["a literal block", "a: |\n  x\n    y\n\n  z\n\n\nb: 1\n"],
  ["a literal block with keep", "a: |+\n  x\n\n\nb: 1\n"],
  ["a literal block with strip", "a: |-\n  x\n  y\n"],
  ["a literal block with a hash line", "a: |\n  x\n  # not a comment\n# a comment\nb: 1\n"],
  ["a block scalar with a comment header", "a: > # note\n  x\n"],
  ["a block scalar, less indented after", "a:\n  b: |\n      x\n    y\n"],
  ["a block scalar with spaces on a blank line", "a: |\n  x\n     \n  y\n"],
  ["a block scalar at the end without a newline", "a: |\n  x"],
  ["a block scalar with leading blank lines", "a: |\n\n  x\n"],
  ["a block scalar in a list", "- >-\n  x\n  y\n- |\n  z\n"],
  ["a block scalar in a list of mappings", "a:\n  - b: >-\n      one\n      two\n    c: 1\n"],
  ["a multi-line plain scalar", "a: one\n  two\n   three\nb: x\n"],
  ["a multi-line plain scalar after a comment", "a: one # c\n  two\n"],
  ["a multi-line plain scalar with a blank line", "a: one\n\n  two\n"],
  ["a multi-line plain scalar in a list", "- one\n  two\n- three\n"],
  ["a plain continuation that looks like a key", "a: one\n  b: two\n"],
  ["a plain continuation that looks like an item", "a: one\n  - two\n"],
  ["a multi-line quoted scalar", 'a: "one\n  two\\\n  three"\n'],
  ["a quoted value and more below", 'a: "x"\n  b\n'],
  ["nested sequences", "a:\n- - 1\n  - 2\n- [3, {b: 4}]\n"],
  ["a list at its key's indentation", "a:\n- 1\n- 2\nb:\n  - 3\n"],
  ["a list in a list item at its key's indentation", "- a:\n  - 1\n  b: 2\n"],
  ["compact mappings in a list", "- id: a\n  x: 1\n-   id: b\n    x: 2\n- id: c\n   y: 3\n"],
  ["empty values", "a:\nb: ~\nc:\n  # only a comment\nd: 1\n- x\n"],
  ["empty list items", "-\n- \n-  # c\n"],
  ["a list as the root", "- a\n- b\n"],
  ["a scalar as the root", "just text\n"],
  ["an indented root", "  a: 1\n  b: 2\n"],
  ["an indented root and a dedent", "  a: 1\nb: 2\n"],
  ["a wrongly indented key", "a: 1\n b: 2\n"],
  ["a dedented key", "a:\n    b: 1\n  c: 2\n"],
  ["comments everywhere", "# top\na: 1 # one\n  # odd indent\nb:\n# dedented\n  c: 2\n"],
  ["a comment right after a colon", "a:# c\n"],
  ["a key with spaces and å", "ny status: 1\nåtgärd: 2\n"],
  ["numeric keys", "2021: a\n2022: b\n07: c\n"],
  ["a float key", "1.5: a\n"],
  ["a boolean key", "true: a\n"],
  ["a null key", "~: a\n"],
  ["prototype keys", "constructor: 1\ntoString: 2\n"],
  ["a __proto__ key", "__proto__: 1\n"],
  ["a quoted key", '"a": 1\n'],
  ["a key with a space before the colon", "a : 1\n"],
  ["a key with a hash", "a#b: 1\n"],
  ["a complex key", "? a\n: 1\n"],
  ["a merge key", "<<: {a: 1}\nb: 2\n"],
  ["a document start", "---\na: 1\n"],
  ["a document end", "a: 1\n...\n"],
  ["tabs after values", "a: 1\t\nb:\tx\n"],
  ["a duplicate key", "a: 1\na: 2\n"],
  ["a duplicate nested key", "a:\n  b: 1\n  b: 2\n"],
  ["two documents", "a: 1\n---\nb: 2\n"],
  ["an alias", "a: &x 1\nb: *x\n"],
  ["a tag", "a: !!int '1'\n"],
  ["a directive", "%YAML 1.1\n---\na: yes\n"],
  ["an emphasised plain value", "a: *viktigt*\n"],
  ["a long key", `${"k".repeat(1100)}: 1\n`],
  ["no final newline", "a: 1\nb: [x]"],
  ["trailing spaces", "a: 1   \nb:   \n  - x  \n"],
  ["CRLF", "a: 1\r\nb: 2\r\n"],
  ["a list item with a key and a dash", "- a: 1\n- - b\n  - c\n"],
  ["a sequence ending at a key", "a:\n  - 1\n  b: 2\n"],
  ["deep nesting", `${Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} 1\n`],
];

describe("the block reader agrees with yaml", () => {
  it.each(SCALARS)("on the scalar %j", (scalar) => {
    expectSameOrDeclined(`v: ${scalar}\n`);
    expectSameOrDeclined(`- ${scalar}\n`);
    expectSameOrDeclined(`v:\n  - ${scalar}\n  - x\n`);
    expectSameOrDeclined(`v: [${scalar}]\n`);
    expectSameOrDeclined(`v: {k: ${scalar}}\n`);
    expectSameOrDeclined(`${scalar}: v\n`);
  });

  it.each(CASES)("on %s", (_, text) => {
    expectSameOrDeclined(text);
  });

  it("reads plain keys, lists, flow values, block scalars and continued plain values as yaml does", () => {
    const text = [
      "# comment",
      "id: x-1",
      "ansvar: \"81511\"   # kept as text",
      "år: 2025",
      "tal: -9.5",
      "klar: true",
      "tom:",
      "åtgärder:",
      "  - id: a",
      "    ansvarig: [EC, AC]",
      "    beskrivning: >-",
      "      en lång",
      "      text",
      "    kommentar: fortsätter",
      "      på nästa rad",
      "  -",
      "    id: b",
      "värden: { \"2021\": -9.5, 2022: 3 }",
      "lista:",
      "- 'it''s'",
      "- |",
      "  rad 1",
      "",
      "  rad 2",
      "",
    ].join("\n");
    expect(expectSameOrDeclined(text)).toBe("read");
    expect(parseBlockYaml(text)).toMatchObject({ ansvar: "81511", tom: null, värden: { "2021": -9.5, "2022": 3 } });
  });
});

describe("the block reader on real plans", () => {
  it("reads every valid fixture and shipped plan, the same as yaml", () => {
    let read = 0;
    const missed: string[] = [];
    for (const file of [...walk(FIXTURES), ...walk(join(REPO, "plans"))]) {
      const decoded = decodeText(readFileSync(file));
      if (!decoded.ok) continue;
      const text = yamlOf(file, decoded.text);
      if (text === undefined) continue;
      if (expectSameOrDeclined(text) === "read") read++;
      else if (file.includes(`${join(REPO, "plans")}/`) || file.includes("valid")) missed.push(file);
    }
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(30);
  });

  it("reads 400 generated plans, the same as yaml", () => {
    for (let i = 0; i < 400; i++) {
      const [name, text] = generatePlan(i);
      expect(expectSameOrDeclined(yamlOf(name, text)!), name).toBe("read");
    }
  });
});

/** A small deterministic PRNG, so that a failure can be reproduced from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [" ", "  ", "\n", "-", "- ", ":", ": ", "#", " #", "'", '"', "[", "]", "{", "}", ",", "|", ">", "?", "&", "*", "!", "\\", "~", "0", "\n  ", "\n- "];

/** One random edit of the kind a person makes by mistake: a character or line removed, doubled or put in. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const lines = text.split("\n");
  const line = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
    case 2:
      return [...lines.slice(0, line), lines[line], ...lines.slice(line)].join("\n");
    case 3:
      return [...lines.slice(0, line), ` ${lines[line]}`, ...lines.slice(line + 1)].join("\n");
    case 4:
      return [...lines.slice(0, line), lines[line]!.replace(/^ /, ""), ...lines.slice(line + 1)].join("\n");
    default:
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join("\n");
  }
}

describe("the block reader on mistakes", () => {
  it("never reads a mutated plan differently from yaml", () => {
    const sources = Array.from({ length: 40 }, (_, i) => yamlOf(...generatePlan(i))!);
    sources.push(...CASES.map(([, text]) => text));
    const random = prng(Number(process.env.FUZZ_SEED ?? 20261201));
    let read = 0;
    for (let n = 0; n < Number(process.env.FUZZ_N ?? 3000); n++) {
      let text = sources[n % sources.length]!;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, random);
      if (expectSameOrDeclined(text) !== "read") continue;
      read++;
      if (read % 5 === 0) expectSamePositions(text);
    }
    expect(read).toBeGreaterThan(500);
  });
});

describe("plain scalars that look like dates", () => {
  it.each(["2025-04-30", "2025-06", "2025-02-30", "1e10-5", "0x10-20", "1234-", "1234-5", "12345-6", "2025-04-30T10:00", "-2025-04"])(
    "read %j as yaml does",
    (scalar) => {
      expect(expectSameOrDeclined(`v: ${scalar}\n`)).toBe("read");
    },
  );
});
