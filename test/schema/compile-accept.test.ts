/**
 * The compiled acceptance check (src/schema/compile-accept.ts) against zod itself: it may say yes only where zod
 * succeeds with the very same data, on every fixture, the shipped plans, generated plans and targeted mutations.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { generatePlan } from "../../bench/generate-corpus.mjs";
import { fastParse } from "../../src/load/fast-yaml.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { decodeText } from "../../src/load/read-text.js";
import { acceptsFor, compileAccept } from "../../src/schema/compile-accept.js";
import { planSchema } from "../../src/schema/plan-schema.js";
import { reportDefinitionSchema } from "../../src/schema/report-schema.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

type Schema = z.core.$ZodType;

const SCHEMAS: [string, Schema][] = [
  ["plan", planSchema],
  ["report", reportDefinitionSchema],
];

/** What the predicate must respect: a yes only where zod succeeds and hands back the same data. */
function zodVerdict(schema: Schema, data: unknown): { success: boolean; same: boolean } {
  const parsed = z.safeParse(schema, data);
  return { success: parsed.success, same: parsed.success && isDeepStrictEqual(parsed.data, data) };
}

function expectSound(schema: Schema, data: unknown, label: string): boolean {
  const accepted = acceptsFor(schema)!(data);
  if (accepted) expect(zodVerdict(schema, data), label).toEqual({ success: true, same: true });
  return accepted;
}

/** Sound, and also complete: it accepts exactly what zod accepts (true of all plain data in these files). */
function expectAgrees(schema: Schema, data: unknown, label: string): boolean {
  const accepted = expectSound(schema, data, label);
  expect(accepted, label).toBe(zodVerdict(schema, data).success);
  return accepted;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The data of a plan file by both YAML paths (js-yaml when it answers, and yaml), or nothing for broken files. */
function dataOf(name: string, text: string): unknown[] {
  let yaml = text;
  if (name.endsWith(".md")) {
    const split = splitFrontMatter(text);
    if (!split.ok) return [];
    yaml = split.value.yaml;
  }
  const exact = parseYaml(yaml);
  const fast = fastParse(yaml);
  return [...(exact.ok ? [exact.value.data] : []), ...(fast !== undefined ? [fast] : [])];
}

describe("compiling", () => {
  it("compiles the plan schema and the report schema (a schema change the compiler cannot follow shows here)", () => {
    expect(compileAccept(planSchema)).toBeTypeOf("function");
    expect(compileAccept(reportDefinitionSchema)).toBeTypeOf("function");
  });

  it.each<[string, Schema]>([
    ["a transform", z.pipe(z.string(), z.transform((s) => s.trim()))],
    ["a default", z._default(z.string(), "x")],
    ["an overwrite (trim)", z.string().check(z.trim())],
    ["a refinement", z.string().check(z.refine((s) => s.length > 2))],
    ["a string format", z.email()],
    ["a loose object", z.looseObject({ a: z.string() })],
    ["an object with a catch-all", z.catchall(z.object({ a: z.string() }), z.string())],
    ["a coerced number", z.coerce.number()],
    ["an exact optional", z.strictObject({ a: z.exactOptional(z.string()) })],
    ["a discriminated union", z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a") }), z.strictObject({ k: z.literal("b") })])],
    ["a key every object inherits", z.strictObject({ constructor: z.optional(z.string()) })],
    ["a record with checked keys", z.record(z.string().check(z.minLength(2)), z.number())],
    ["a record over an enum", z.record(z.enum(["a", "b"]), z.number())],
    ["a 32-bit int", z.int32()],
    ["a max length", z.string().check(z.maxLength(3))],
    ["a lazy schema", z.lazy(() => z.string())],
    ["unknown", z.unknown()],
  ])("gives up on %s, so zod decides", (_, schema) => {
    expect(compileAccept(schema)).toBeUndefined();
  });
});

describe("on real files", () => {
  const files = [...walk(FIXTURES), ...walk(join(REPO, "plans"))].filter((f) => /\.(md|ya?ml)$/.test(f));

  it("agrees with zod on every fixture and shipped plan, for both schemas", () => {
    let accepted = 0;
    for (const file of files) {
      const read = decodeText(readFileSync(file));
      if (!read.ok) continue;
      for (const data of dataOf(file, read.text)) {
        for (const [name, schema] of SCHEMAS) if (expectAgrees(schema, data, `${file} as ${name}`)) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it("agrees with zod on 300 generated plans, and accepts them all", () => {
    for (let i = 0; i < 300; i++) {
      const [name, text] = generatePlan(i);
      const all = dataOf(name, text);
      expect(all.length, name).toBe(2);
      for (const data of all) {
        expect(expectAgrees(planSchema, data, name), name).toBe(true);
        expect(expectAgrees(reportDefinitionSchema, data, name), name).toBe(false);
      }
    }
  });
});

/** A small valid plan, every optional part present once. */
function basePlan(): Record<string, unknown> {
  return {
    typ: "handlingsplan",
    id: "enhet-1",
    titel: "Handlingsplan",
    ansvar: "81511",
    enhet: "Enheten",
    år: 2024,
    styrdokument: { typ_av_styrdokument: "Plan", datum_för_beslut: null, diarienummer: "2023.027 VON", revideras_senast: "2025-06-30" },
    åtgärder: [
      {
        id: "a1",
        rubrik: "Rubrik",
        fokus: true,
        status: "pågår",
        klart_senast: "Vt-24",
        ansvarig: ["EC", "AC"],
        uppföljning: { intervall: "kvartalsvis", av: "AC", logg: [{ datum: "2024-01-10", status: "pågår", av: ["EC"] }] },
      },
      { id: "a2", rubrik: "Andra", klart_senast: 2025, ansvarig: "EC" },
    ],
    nyckeltal: [{ id: "k1", namn: "Kostnad", värden: { "2023": 1.5, "2024": -2 }, mål: 0 }],
    brödtext: "",
  };
}

type Mutation = [string, (plan: Record<PropertyKey, any>) => void];

/** Each makes the plan invalid for zod (or zod's output differ); the predicate must decline every one. */
const INVALID: Mutation[] = [
  ["a number for text", (p) => (p.titel = 5)],
  ["an empty title", (p) => (p.titel = "")],
  ["an id against the pattern", (p) => (p.id = "Enhet 1")],
  ["a missing required key", (p) => delete p.titel],
  ["a missing required key in a list item", (p) => delete p.åtgärder[1].rubrik],
  ["a required key present but undefined", (p) => (p.id = undefined)],
  ["an unknown top-level key", (p) => (p.titeln = "x")],
  ["an unknown key in a nested object", (p) => (p.åtgärder[0].uppföljning.datumm = "2024-01-01")],
  ["an unknown key in a log entry", (p) => (p.åtgärder[0].uppföljning.logg[0].x = 1)],
  ["a key constructor", (p) => Object.assign(p, { constructor: "x" })],
  ["a key toString", (p) => (p.åtgärder[0].toString = "x")],
  ["a key hasOwnProperty", (p) => (p.styrdokument.hasOwnProperty = "x")],
  ["an own key __proto__", (p) => Object.defineProperty(p, "__proto__", { value: { id: "x" }, enumerable: true, writable: true, configurable: true })],
  ["a __proto__ key from JSON", (p) => (p.styrdokument = JSON.parse('{"__proto__": {"gäller_för": "x"}}'))],
  ["NaN for a number", (p) => (p.nyckeltal[0].värden["2023"] = NaN)],
  ["Infinity for a number", (p) => (p.nyckeltal[0].mål = Infinity)],
  ["-Infinity for a number", (p) => (p.nyckeltal[0].mål = -Infinity)],
  ["1.5 for an int", (p) => (p.år = 1.5)],
  ["an int out of bounds", (p) => (p.år = 1899)],
  ["an int beyond the safe range", (p) => (p.åtgärder[1].klart_senast = 2 ** 53)],
  ["NaN for an int", (p) => (p.åtgärder[1].klart_senast = NaN)],
  ["a number as text for an int", (p) => (p.år = "2024")],
  ["a boolean for text", (p) => (p.enhet = true)],
  ["null for text", (p) => (p.enhet = null)],
  ["null for a list", (p) => (p.åtgärder = null)],
  ["null for an object", (p) => (p.styrdokument = null)],
  ["an array for an object", (p) => (p.styrdokument = [])],
  ["an object for a list", (p) => (p.åtgärder = {})],
  ["an array for a record", (p) => (p.nyckeltal[0].värden = [1, 2])],
  ["text for a record value", (p) => (p.nyckeltal[0].värden["2024"] = "1")],
  ["an empty role list", (p) => (p.åtgärder[0].ansvarig = [])],
  ["an empty role", (p) => (p.åtgärder[0].ansvarig = [""])],
  ["a number role", (p) => (p.åtgärder[1].ansvarig = 7)],
  ["a role list with an object", (p) => (p.åtgärder[0].ansvarig = [{ EC: 1 }])],
  ["an unknown interval", (p) => (p.åtgärder[0].uppföljning.intervall = "ibland")],
  ["a wrong typ", (p) => (p.typ = "återrapportering")],
  ["a string for a boolean", (p) => (p.åtgärder[0].fokus = "ja")],
  ["a hole in a list", (p) => (p.åtgärder[0].ansvarig = ["EC", , "AC"])],
  ["a list with another prototype", (p) => Object.setPrototypeOf(p.åtgärder, Object.create(Array.prototype))],
  ["an object without prototype", (p) => (p.styrdokument = Object.assign(Object.create(null), p.styrdokument))],
  ["a class instance", (p) => (p.styrdokument = Object.assign(new (class Doc {})(), p.styrdokument))],
  ["a Date for text", (p) => (p.åtgärder[0].uppföljning.logg[0].datum = new Date(0))],
  ["a symbol key", (p) => (p[Symbol("x")] = 1)],
  ["a symbol key in a record", (p) => (p.nyckeltal[0].värden[Symbol("x")] = 1)],
  ["a non-enumerable invalid optional key", (p) => Object.defineProperty(p, "enhet", { value: 5, enumerable: false })],
  ["a non-enumerable valid optional key", (p) => Object.defineProperty(p.åtgärder[1], "status", { value: "klar", enumerable: false })],
  ["a non-enumerable record key", (p) => Object.defineProperty(p.nyckeltal[0].värden, "2025", { value: 1, enumerable: false })],
  ["a record key __proto__", (p) => (p.nyckeltal[0].värden = JSON.parse('{"__proto__": 1}'))],
  ["a record key constructor holding a function", (p) => (p.nyckeltal[0].värden = { constructor: () => 1 })],
  ["an inherited required key", (p) => (p.åtgärder[1] = Object.assign(Object.create({ id: "a2" }), { rubrik: "x" }))],
];

/** Each keeps the plan valid; the predicate accepts them, so it is not trivially false. */
const VALID: Mutation[] = [
  ["nothing changed", () => {}],
  ["every optional key removed", (p) => {
    for (const key of ["typ", "ansvar", "enhet", "år", "styrdokument", "nyckeltal", "brödtext"]) delete p[key];
    p.åtgärder = [{ id: "a", rubrik: "b" }];
  }],
  ["an optional key present but undefined", (p) => (p.enhet = undefined)],
  ["keys in another order", (p) => (p.åtgärder[0] = { rubrik: "R", id: "x", ansvarig: "EC" })],
  ["a record key constructor holding a number", (p) => (p.nyckeltal[0].värden = { constructor: 1, toString: 2 })],
  ["an empty record", (p) => (p.nyckeltal[0].värden = {})],
  ["an empty list of measures", (p) => (p.åtgärder = [])],
  ["-0 and large numbers", (p) => (p.nyckeltal[0].värden = { a: -0, b: 1e300, c: Number.MAX_SAFE_INTEGER })],
  ["an int at the safe bound", (p) => (p.åtgärder[1].klart_senast = Number.MAX_SAFE_INTEGER)],
  ["a surrogate pair as a title", (p) => (p.titel = "😀")],
  ["null for nullable dates", (p) => (p.styrdokument.revideras_senast = null)],
];

describe("targeted mutations of a valid plan", () => {
  it("accepts the base plan, and zod agrees", () => {
    expect(expectAgrees(planSchema, basePlan(), "base")).toBe(true);
  });

  it.each(INVALID)("declines %s", (label, mutate) => {
    const plan = basePlan();
    mutate(plan);
    expect(expectSound(planSchema, plan, label)).toBe(false);
  });

  it.each(VALID)("accepts %s", (label, mutate) => {
    const plan = basePlan();
    mutate(plan);
    expect(expectAgrees(planSchema, plan, label)).toBe(true);
  });

  it("declines everything while Object.prototype or Array.prototype has an enumerable property", () => {
    const proto = Object.prototype as Record<string, unknown>;
    const arrayProto = Array.prototype as unknown as Record<string, unknown>;
    try {
      proto.enhet = 5;
      expect(expectSound(planSchema, basePlan(), "Object.prototype.enhet")).toBe(false);
    } finally {
      delete proto.enhet;
    }
    try {
      arrayProto.extra = 1;
      expect(expectSound(planSchema, basePlan(), "Array.prototype.extra")).toBe(false);
    } finally {
      delete arrayProto.extra;
    }
    expect(expectSound(planSchema, basePlan(), "restored")).toBe(true);
  });

  it("never accepts what zod rejects, replacing any value of generated plans by odd values", () => {
    const odd = ["", "x", "Vt-24", 0, -1, 1.5, 2024, NaN, Infinity, true, null, undefined, [], ["x"], {}, { id: "x" }];
    let checked = 0;
    for (let i = 0; i < 8; i++) {
      const [name, text] = generatePlan(i);
      const data = dataOf(name, text)[0];
      for (const path of pathsOf(data)) {
        for (const value of odd) {
          const copy = structuredClone(data) as Record<string, unknown>;
          setAt(copy, path, value);
          expectSound(planSchema, copy, `${name} ${path.join(".")} = ${String(value)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe("small schemas", () => {
  // [value, what the predicate says]: where zod succeeds but the predicate cannot be sure, it says no.
  it.each<[string, Schema, [unknown, boolean][]]>([
    ["a minimum length in code points", z.string().check(z.minLength(2)), [["ab", true], ["😀", false], ["😀😀", true], ["a😀", true], ["\ud800\ud800", true], ["\ud800", false]]],
    ["a union whose first option could succeed decides", z.union([z.string().check(z.minLength(3)), z.string()]), [["abc", true], ["a", false], [1, false]]],
    ["a union told apart by kind", z.union([z.literal(1), z.number(), z.literal("x")]), [[1, true], [2, false], ["x", true], ["y", false], [NaN, false]]],
    ["nullable optional text", z.optional(z.nullable(z.string())), [[null, true], [undefined, true], ["", true], [1, false]]],
    ["an enum", z.enum(["a", "b"]), [["a", true], ["c", false], [0, false]]],
    ["a plain object, which drops unknown keys", z.object({ a: z.string() }), [[{ a: "x" }, true], [{ a: "x", b: 1 }, false], [{ b: 1 }, false]]],
    ["a global regex", z.string().check(z.regex(/^a/g)), [["ab", true], ["ab", true], ["ba", false], ["ab", true]]],
    ["bounds", z.number().check(z.gt(0), z.lt(10)), [[0, false], [1, true], [9.5, true], [10, false], [-0, false]]],
    ["a list of optional items, with a hole", z.array(z.optional(z.string())), [[["a", undefined], true], [["a", , "b"], false]]],
    ["a list with a minimum", z.array(z.boolean()).check(z.minLength(2)), [[[true], false], [[true, false], true], [[1, 2], false]]],
  ])("%s", (label, schema, cases) => {
    expect(compileAccept(schema)).toBeTypeOf("function");
    for (const [value, expected] of cases) expect(expectSound(schema, value, `${label}: ${String(value)}`), String(value)).toBe(expected);
  });
});

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

function setAt(data: Record<PropertyKey, unknown>, path: readonly PropertyKey[], value: unknown): void {
  let node = data;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  node[path.at(-1)!] = value;
}
