/**
 * The fast paths on realistic plans: the generated benchmark corpus (made in memory) and every fixture.
 * - js-yaml (fast-yaml.ts) and `yaml` accept the same plans and read the same data (issue 5: one YAML semantics);
 * - positions found by indentation (block-locate.ts) are the exact parser's, for every value in the file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../bench/generate-corpus.mjs";
import { blockLocator } from "../../src/load/block-locate.js";
import { parseBlockYaml, type ValuePositions } from "../../src/load/block-yaml.js";
import { recordedPosition } from "../../src/load/value-positions.js";
import { fastParse } from "../../src/load/fast-yaml.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { locate, parseYaml } from "../../src/load/parse-yaml.js";
import { decodeText } from "../../src/load/read-text.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

const CORPUS_SIZE = 400;

interface YamlOf {
  yaml: string;
  lineOffset: number;
}

function yamlOf(name: string, text: string): YamlOf | undefined {
  if (!name.endsWith(".md")) return { yaml: text, lineOffset: 0 };
  const split = splitFrontMatter(text);
  return split.ok ? { yaml: split.value.yaml, lineOffset: split.value.yamlStartLine - 1 } : undefined;
}

/** Every path into the data, containers and leaves alike. */
function* pathsOf(value: unknown, prefix: PropertyKey[] = []): Generator<PropertyKey[]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield [...prefix, i];
      yield* pathsOf(value[i], [...prefix, i]);
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      yield [...prefix, key];
      yield* pathsOf(v, [...prefix, key]);
    }
  }
}

/** The fields `plan due` points at (schedule/*-rules.ts). */
const DUE_FIELDS = new Set(["id", "revideras_senast", "klart_senast", "datum", "intervall", "avstämning"]);

interface Counts {
  answered: number;
  dueFields: number;
  dueAnswered: number;
}

type Locator = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/** Where the block reader recorded values while reading (value-positions.ts); never answers if it declined. */
function recordedLocator(yaml: string, lineOffset: number): Locator {
  const positions: ValuePositions = new Map();
  const data = parseBlockYaml(yaml, positions);
  return (path) => (data === undefined ? undefined : recordedPosition(data, positions, path, lineOffset));
}

/** Compares the two positions of every path; counts the answers, in all and for the fields plan due points at. */
function comparePositions(name: string, { yaml, lineOffset }: YamlOf, locator: (yaml: string, lineOffset: number) => Locator = blockLocator): Counts {
  const exact = parseYaml(yaml, lineOffset);
  const counts = { answered: 0, dueFields: 0, dueAnswered: 0 };
  if (!exact.ok) return counts;
  const quick = locator(yaml, lineOffset);
  for (const path of pathsOf(exact.value.data)) {
    const found = quick(path);
    const dueField = DUE_FIELDS.has(String(path.at(-1)));
    if (dueField) counts.dueFields++;
    if (!found) continue;
    counts.answered++;
    if (dueField) counts.dueAnswered++;
    const { line, column } = locate(exact.value, path);
    expect({ file: name, path, line: found.line, column: found.column }).toEqual({ file: name, path, line, column });
  }
  return counts;
}

describe("on the generated corpus", () => {
  const plans = Array.from({ length: CORPUS_SIZE }, (_, i) => generatePlan(i));

  it(`js-yaml and yaml read the same data from ${CORPUS_SIZE} plans, and neither declines one`, () => {
    for (const [name, text] of plans) {
      const source = yamlOf(name, text);
      expect(source, name).toBeDefined();
      const fast = fastParse(source!.yaml);
      const exact = parseYaml(source!.yaml, source!.lineOffset);
      expect(exact.ok, name).toBe(true);
      expect(fast, name).toBeDefined();
      if (exact.ok) expect(fast, name).toEqual(exact.value.data);
    }
  });

  it("positions by indentation are the exact parser's, and found for every field plan due points at", () => {
    let dueFields = 0;
    let dueAnswered = 0;
    for (const [name, text] of plans) {
      const counts = comparePositions(name, yamlOf(name, text)!);
      dueFields += counts.dueFields;
      dueAnswered += counts.dueAnswered;
    }
    expect(dueFields).toBeGreaterThan(CORPUS_SIZE * 10);
    expect(dueAnswered).toBe(dueFields);
  });

  it("positions recorded while reading are the exact parser's, and found for every field plan due points at", () => {
    let dueFields = 0;
    let dueAnswered = 0;
    for (const [name, text] of plans) {
      const counts = comparePositions(name, yamlOf(name, text)!, recordedLocator);
      dueFields += counts.dueFields;
      dueAnswered += counts.dueAnswered;
    }
    expect(dueFields).toBeGreaterThan(CORPUS_SIZE * 10);
    expect(dueAnswered).toBe(dueFields);
  });
});

describe("on every fixture and shipped plan", () => {
  it("positions by indentation are the exact parser's wherever it answers", () => {
    const files = [...walk(FIXTURES), ...walk(join(REPO, "plans"))].filter((f) => /\.(md|ya?ml)$/.test(f));
    let answered = 0;
    for (const file of files) {
      const read = decodeText(readFileSync(file));
      if (!read.ok) continue;
      const source = yamlOf(file, read.text);
      if (source) answered += comparePositions(file, source).answered;
    }
    expect(answered).toBeGreaterThan(500);
  });

  it("positions recorded while reading are the exact parser's wherever they answer", () => {
    const files = [...walk(FIXTURES), ...walk(join(REPO, "plans"))].filter((f) => /\.(md|ya?ml)$/.test(f));
    let answered = 0;
    for (const file of files) {
      const read = decodeText(readFileSync(file));
      if (!read.ok) continue;
      const source = yamlOf(file, read.text);
      if (source) answered += comparePositions(file, source, recordedLocator).answered;
    }
    expect(answered).toBeGreaterThan(500);
  });

  it.each([
    ["a quoted key", 'a: 1\n"b": 2\n', ["b"]],
    ["a value under a comment line", "a:\n  # note\n  b: 1\n", ["a", "b"]],
    ["a list at the key's indentation", "a:\n- x: 1\n- x: 2\nb: 3\n", ["a", 1, "x"]],
    ["a tab", "a:\n\tb: 1\n", ["a", "b"]],
    ["a document marker", "---\na: 1\n", ["a"]],
    ["a literal block", "a: |\n  b: 1\n", ["a", "b"]],
    ["an anchor", "a: &x\n  b: 1\n", ["a", "b"]],
    ["a flow mapping", "a: {b: 1}\n", ["a", "b"]],
    ["a missing key", "a: 1\n", ["b"]],
    ["an item past the end", "a:\n  - 1\nb: 2\n", ["a", 1]],
  ] as const)("answers right or not at all on %s", (_, yaml, path) => {
    const found = blockLocator(yaml, 0)(path);
    const exact = parseYaml(yaml);
    if (found && exact.ok) {
      const { line, column } = locate(exact.value, path);
      expect(found).toEqual({ line, column });
    }
  });

  it("answers on the plain block style plans are written in", () => {
    const yaml = "id: x\nåtgärder:\n  - id: a\n    uppföljning:\n      datum: 2025-01-03 # första\n\n  - id: b\n    status: pågår\n";
    expect(blockLocator(yaml, 1)(["åtgärder", 1, "status"])).toEqual({ line: 9, column: 13 });
    expect(blockLocator(yaml, 0)(["åtgärder", 0, "uppföljning", "datum"])).toEqual({ line: 5, column: 14 });
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
