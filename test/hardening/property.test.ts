/**
 * No input crashes the loader or `plan check`: random bytes, random YAML-like text, and random mutations of the
 * shipped plans (deleted, swapped and re-indented lines, inserted tabs and quotes, truncation, Latin-1 and UTF-16
 * re-encodings) all end in diagnostics, never an exception or `internal-error`, each within a bounded time.
 * A fixed seed and a bounded number of runs keep `npm test` repeatable; PLAN_FUZZ_RUNS=20000 (and PLAN_FUZZ_SEED)
 * runs longer: `PLAN_FUZZ_RUNS=20000 npx vitest run test/hardening/property.test.ts`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Config, DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { loadBytes } from "../../src/load/load-file.js";
import { checkLoaded } from "../../src/validate/check-file.js";
import { REPO } from "../helpers/paths.js";

const RUNS = Number(process.env.PLAN_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.PLAN_FUZZ_SEED ?? 20261206);
/** Per input; a plan is checked in a few milliseconds, the worst hostile megabyte in about one second. */
const MAX_MS = 3000;
/** The test timeout, for longer runs too. */
const TIMEOUT = 30_000 + RUNS * 20;

let config: Config = DEFAULT_CONFIG;
const SHIPPED = [
  ...readdirSync(join(REPO, "plans"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join("plans", f)),
  ...readdirSync(join(REPO, "plans", "enheter")).map((f) => join("plans", "enheter", f)),
].map((path) => ({ path, text: readFileSync(join(REPO, path), "utf8") }));

beforeAll(async () => {
  config = await loadConfig(REPO);
});

/** One input through load, validation and the model, as `plan check` does; returns its diagnostics. */
function checkBytes(bytes: Uint8Array, name: string): Diagnostic[] {
  const found = { absolute: join(REPO, name), display: name };
  const started = performance.now();
  const outcome = checkLoaded(found, () => loadBytes(found, bytes), config, "sv");
  const ms = performance.now() - started;
  if (ms > MAX_MS) throw new Error(`${name}: ${Math.round(ms)} ms`);
  return outcome.diagnostics;
}

function expectSound(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.code === "internal-error") throw new Error(`internal-error: ${d.message}`);
    if (!d.message || d.line < 0 || d.column < 0) throw new Error(`malformed diagnostic ${JSON.stringify(d)}`);
  }
  if (diagnostics.length > 101) throw new Error(`${diagnostics.length} diagnostics for one file`);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

// Pieces of YAML and of the plan vocabulary, so that random text often gets deep into the parser and the schema.
const TOKENS = [
  "\n",
  "  ",
  " ",
  "- ",
  ": ",
  "? ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "'",
  '"',
  "#",
  "---",
  "...",
  "|",
  ">-",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "%YAML 1.2\n",
  "\t",
  "\\e",
  "\\0",
  "\\u009b",
  "\u202e",
  "\u200b",
  "a\u0308",
  "å",
  "__proto__",
  "constructor",
  "0x7E9",
  "1e3",
  "0o17",
  ".inf",
  "~",
  "null",
  "true",
  "2025",
  "2025-02-30",
  "Vt-24",
  "id",
  "titel",
  "åtgärder",
  "rubrik",
  "klart_senast",
  "uppföljning",
  "logg",
  "datum",
  "status",
  "nyckeltal",
  "värden",
  "typ",
  "återrapportering",
  "handlingsplan",
  "ansvar",
  "år",
  "ansvarig",
  "EC",
  "x".repeat(1100),
];
const yamlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(""));

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (lines: string[]) => lines.filter((_, i) => i !== n % lines.length)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (lines: string[]) => {
    const out = [...lines];
    const i = a % out.length;
    const j = b % out.length;
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(
    ([n, shift]) =>
      (lines: string[]) =>
        lines.map((line, i) => (i !== n % lines.length ? line : shift > 0 ? " ".repeat(shift) + line : line.slice(-shift))),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("\t", '"', "'", ":", "[", "{", "- ", "#", "&x ", "*x", "\\")).map(
    ([n, at, insert]) =>
      (lines: string[]) =>
        lines.map((line, i) =>
          i !== n % lines.length ? line : line.slice(0, at % (line.length + 1)) + insert + line.slice(at % (line.length + 1)),
        ),
  ),
  fc.nat().map((n) => (lines: string[]) => lines.slice(0, n % (lines.length + 1))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([n, cut]) =>
      (lines: string[]) =>
        lines.map((line, i) => (i !== n % lines.length ? line : line.slice(0, cut % (line.length + 1)))),
  ),
);
const ENCODINGS = ["utf8", "latin1", "utf16le", "utf16le-bom", "utf8-bom-crlf"] as const;
const encode = (text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array => {
  if (encoding === "utf16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (encoding === "utf8-bom-crlf") return Buffer.from(`\ufeff${text.replaceAll("\n", "\r\n")}`, "utf8");
  return Buffer.from(text, encoding);
};
const mutatedPlan = fc
  .record({
    plan: fc.constantFrom(...SHIPPED),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    encoding: fc.constantFrom(...ENCODINGS, "utf8", "utf8", "utf8"),
  })
  .map(({ plan, mutations, encoding }) => {
    const text = mutations.reduce((lines, m) => (lines.length ? m(lines) : lines), plan.text.split("\n")).join("\n");
    return { name: plan.path, bytes: encode(text, encoding) };
  });

describe("property: no input crashes the loader or the check", () => {
  const options = { seed: SEED, numRuns: RUNS };

  it(
    "random bytes, as .yaml and as .md",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom("x.yaml", "x.md"), (bytes, name) => {
          expectSound(checkBytes(bytes, name));
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "random YAML-like text, bare and as front matter",
    () => {
      fc.assert(
        fc.property(yamlish, fc.boolean(), (text, markdown) => {
          const name = markdown ? "x.md" : "x.yaml";
          expectSound(checkBytes(utf8(markdown ? `---\n${text}\n---\nText\n` : text), name));
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "huge repetitions of one shape (nesting, keys, findings, aliases), up to 1 MiB",
    () => {
      const shape = fc.constantFrom("- ", "[", "{", "? ", "k: 1\n", "- {}\n", "  - id: x\n", "a: &a [*a]\n", "'", "\\e", "- [");
      const huge = fc.tuple(fc.constantFrom("", "id: a\ntitel: T\nåtgärder:\n"), shape, fc.integer({ min: 1000, max: 200_000 }));
      fc.assert(
        fc.property(huge, ([head, piece, times]) => {
          const text = head + piece.repeat(Math.min(times, Math.floor(1_000_000 / piece.length)));
          expectSound(checkBytes(utf8(text), "x.yaml"));
        }),
        { ...options, numRuns: Math.max(10, Math.round(RUNS / 15)) },
      );
    },
    TIMEOUT,
  );

  it(
    "random values of every JSON type under the plan's keys",
    () => {
      const value = fc.jsonValue({ maxDepth: 4 });
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom("id", "titel", "åtgärder", "nyckeltal", "år", "styrdokument", "typ"), value), (data) => {
          expectSound(checkBytes(utf8(JSON.stringify(data)), "x.yaml"));
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "mutations of the shipped plans",
    () => {
      // The plans as shipped are valid: the mutations, not the plans, make the findings.
      for (const plan of SHIPPED) {
        const errors = checkBytes(utf8(plan.text), plan.path).filter((d) => d.severity === "error");
        expect(errors).toEqual([]);
      }
      fc.assert(
        fc.property(mutatedPlan, ({ name, bytes }) => {
          expectSound(checkBytes(bytes, name));
        }),
        { ...options, numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );
});

describe("property, through bin/plan.js: exit 0 or 1, no stack trace", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "plan-fuzz-"));
    for (const [i, { name, bytes }] of fc.sample(mutatedPlan, { seed: SEED, numRuns: 40 }).entries()) {
      writeFileSync(join(dir, `${i}-${name.replaceAll("/", "-")}`), bytes);
    }
    for (const [i, text] of fc.sample(yamlish, { seed: SEED, numRuns: 20 }).entries()) writeFileSync(join(dir, `y${i}.yaml`), text);
    for (const [i, bytes] of fc.sample(fc.uint8Array({ maxLength: 2000 }), { seed: SEED, numRuns: 10 }).entries()) {
      writeFileSync(join(dir, `b${i}.md`), bytes);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["check", "--format", "text"],
    ["check", "--format", "json"],
    ["check", "--format", "sarif"],
    ["due", "--format", "json"],
  ])("plan %s %s %s on 70 broken files", (...args) => {
    const run = spawnSync(process.execPath, [join(REPO, "bin", "plan.js"), ...args, "."], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).not.toMatch(/\n\s+at |internt fel|internal-error/);
    expect(run.stdout).not.toContain("internal-error");
    if (args.includes("json") || args.includes("sarif")) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
