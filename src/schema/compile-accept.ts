/**
 * A fast acceptance check compiled from a zod/mini schema, so the schema stays the one source of truth.
 * `accepts(value)` is true only when `schema.safeParse(value)` would succeed with an output deep-equal to the input,
 * so a valid document can be handed on as it is, without zod's copy of it. False means "ask zod": zod still judges
 * and explains everything this declines, so a false answer only costs time, never a diagnostic.
 *
 * It is built from the schema's definition (`_zod.def`) with plain closures (no eval). Each construct is matched by
 * its exact set of zod core traits and definition options, and anything unknown (a transform, a default, a
 * refinement, another string format, a loose object, …) makes the compiler give up and return undefined: zod then
 * decides every time. The semantics copied are zod 4's (node_modules/zod/v4/core/schemas.js, checks.js):
 *   - number rejects NaN and ±Infinity; int is a safe integer; literals and enums compare as a Set does;
 *   - an object reads each shape key and fails (strict) or drops (plain) any other key: declined here either way;
 *     an absent optional key stays absent, a present `undefined` stays present;
 *   - a record keeps the own enumerable string keys except `__proto__`, and fails on a symbol key;
 *   - a union takes its first option that succeeds.
 * Values are meant to be plain data as a YAML parser builds it. Anything else is declined: other prototypes,
 * holes, non-enumerable, symbol or `__proto__` keys, and every value while Object.prototype or Array.prototype has
 * an enumerable property. Not looked for, as no parser makes them and looking would cost on every value: extra
 * non-index properties on an array, and non-enumerable properties added to those two prototypes.
 */
import type * as z from "zod/mini";
import { type Check, codePointsAtLeast, matches, readChecks, withinBounds } from "./compile-accept-checks.js";
import { coreTraits, type Def, defOf, type Node, onlyKeys } from "./zod-def.js";

export type Accepts = (value: unknown) => boolean;

// Read once: most documents are checked before the JIT has optimised anything, where each lookup costs.
const { getOwnPropertyNames, getOwnPropertySymbols, getPrototypeOf, hasOwn } = Object;
const { isFinite, isSafeInteger } = Number;
const OBJECT_PROTOTYPE = Object.prototype;
const ARRAY_PROTOTYPE = Array.prototype;
const isEnumerable = (o: object, key: string) => OBJECT_PROTOTYPE.propertyIsEnumerable.call(o, key);

/** The kinds of value a schema could accept at all, as bits: a union's options are told apart by them. */
const STRING = 1, NUMBER = 2, BOOLEAN = 4, NULL = 8, UNDEFINED = 16, ARRAY = 32, OBJECT = 64, OTHER = 128;

function kindOf(value: unknown): number {
  switch (typeof value) {
    case "string": return STRING;
    case "number": return NUMBER;
    case "boolean": return BOOLEAN;
    case "undefined": return UNDEFINED;
    case "object": return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
    default: return OTHER;
  }
}

/** How `test` checks a value without a call: most values are text, numbers and booleans. */
const enum Op { Call, Text, Finite, SafeInt, Bool }

interface Compiled {
  kinds: number;
  op: Op;
  /** Text: the minimum length in code points (0: none) and the patterns it must match. */
  min: number;
  patterns: readonly RegExp[];
  /** What `accepts` says of undefined and null, known in advance (optional and nullable only set these). */
  orUndefined: boolean;
  orNull: boolean;
  accepts: Accepts;
}

/** One value against a compiled schema: the common scalars inline, everything else through its closure. */
function test(c: Compiled, v: unknown): boolean {
  switch (typeof v) {
    case "string":
      if (c.op !== Op.Text) return c.op === Op.Call && c.accepts(v);
      if (c.min > 0 && !(v.length >= c.min * 2 || codePointsAtLeast(v, c.min))) return false;
      for (let i = 0; i < c.patterns.length; i++) if (!matches(c.patterns[i]!, v)) return false;
      return true;
    case "number":
      return c.op === Op.Finite ? isFinite(v) : c.op === Op.SafeInt ? isSafeInteger(v) : c.op === Op.Call && c.accepts(v);
    case "boolean":
      return c.op === Op.Bool || (c.op === Op.Call && c.accepts(v));
    case "undefined":
      return c.orUndefined;
    default:
      return v === null ? c.orNull : c.op === Op.Call && c.accepts(v);
  }
}

/** Thrown inside the compiler for a construct it does not know; compileAccept turns it into undefined. */
class Unsupported extends Error {}

function unsupported(what: string): never {
  throw new Unsupported(what);
}

/** The predicate for `schema`, or undefined when the schema uses anything the compiler does not know. */
export function compileAccept(schema: z.core.$ZodType): Accepts | undefined {
  try {
    const root = compile(schema as unknown as Node);
    return (value) => !prototypesExtended() && test(root, value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * zod would read an enumerable property of Object.prototype or Array.prototype as part of every value (`for…in`,
 * `key in input`); the per-value checks below assume there is none. One look per document.
 */
function prototypesExtended(): boolean {
  for (const _ in OBJECT_PROTOTYPE) return true;
  for (const _ in ARRAY_PROTOTYPE) return true;
  return false;
}

const cache = new WeakMap<object, Accepts | null>();

/** compileAccept, once per schema. */
export function acceptsFor(schema: z.core.$ZodType): Accepts | undefined {
  let found = cache.get(schema);
  if (found === undefined) cache.set(schema, (found = compileAccept(schema) ?? null));
  return found ?? undefined;
}

function compile(node: Node): Compiled {
  const def = defOf(node) ?? unsupported("not a zod schema");
  const traits = coreTraits(node);
  const is = (...names: string[]) => traits === [...names, "$ZodType"].sort().join(",");
  switch (def.type) {
    case "string":
      if (!is("$ZodString") || !onlyKeys(def, ["checks"])) unsupported("string option or format");
      return text(checksOf(def));
    case "number": {
      const safeInt = def.check === "number_format" && def.format === "safeint";
      if (is("$ZodNumber") && onlyKeys(def, ["checks"])) return number(Op.Finite, checksOf(def));
      if (is("$ZodNumber", "$ZodNumberFormat", "$ZodCheck", "$ZodCheckNumberFormat") && safeInt && onlyKeys(def, ["checks", "check", "format", "abort"])) {
        return number(Op.SafeInt, checksOf(def));
      }
      return unsupported("number format");
    }
    case "boolean":
      if (!is("$ZodBoolean") || !onlyKeys(def, [])) unsupported("boolean option");
      return scalar(BOOLEAN, Op.Bool);
    case "literal":
    case "enum": {
      const literal = def.type === "literal";
      if (!is(literal ? "$ZodLiteral" : "$ZodEnum") || !onlyKeys(def, [literal ? "values" : "entries"])) unsupported(def.type);
      // The very Set zod asks.
      const values = node._zod.values ?? unsupported("values");
      let kinds = 0;
      for (const v of values) kinds |= kindOf(v);
      return call(kinds, (v) => values.has(v));
    }
    case "optional": {
      if (!is("$ZodOptional") || !onlyKeys(def, ["innerType"])) unsupported("optional kind");
      const inner = def.innerType as Node;
      if (inner._zod.optin === "defaulted") unsupported("optional default");
      const c = compile(inner);
      return { ...c, kinds: c.kinds | UNDEFINED, orUndefined: true, accepts: (v) => v === undefined || c.accepts(v) };
    }
    case "nullable": {
      if (!is("$ZodNullable") || !onlyKeys(def, ["innerType"])) unsupported("nullable kind");
      const c = compile(def.innerType as Node);
      return { ...c, kinds: c.kinds | NULL, orNull: true, accepts: (v) => v === null || c.accepts(v) };
    }
    case "union":
      if (!is("$ZodUnion") || !onlyKeys(def, ["options"])) unsupported("union kind");
      return union((def.options as Node[]).map(compile));
    case "array":
      if (!is("$ZodArray") || !onlyKeys(def, ["element", "checks"])) unsupported("array option");
      return array(compile(def.element as Node), checksOf(def));
    case "object":
      if (!(is("$ZodObject") || is("$ZodObject", "$ZodObjectJIT")) || !onlyKeys(def, ["shape", "catchall"])) unsupported("object kind");
      return object(def);
    case "record":
      if (!is("$ZodRecord") || !onlyKeys(def, ["keyType", "valueType"])) unsupported("record option");
      return record(def);
    default:
      return unsupported(def.type);
  }
}

function checksOf(def: Def): Check[] {
  return readChecks(def) ?? unsupported("check");
}

/** A scalar or a closure, with what it says of undefined and null worked out once. */
function scalar(kinds: number, op: Op, accepts?: Accepts, min = 0, patterns: readonly RegExp[] = []): Compiled {
  const c: Compiled = { kinds, op, min, patterns, orUndefined: false, orNull: false, accepts: accepts ?? ((v) => test(c, v)) };
  c.orUndefined = c.accepts(undefined);
  c.orNull = c.accepts(null);
  return c;
}

function call(kinds: number, accepts: Accepts): Compiled {
  return scalar(kinds, Op.Call, accepts);
}

function text(checks: readonly Check[]): Compiled {
  let min = 0;
  const patterns: RegExp[] = [];
  for (const check of checks) {
    if (check.check === "min_length") min = Math.max(min, check.minimum);
    else if (check.check === "regex") patterns.push(check.pattern);
    else unsupported("bound on text");
  }
  return scalar(STRING, Op.Text, undefined, min, patterns);
}

function number(op: Op.Finite | Op.SafeInt, checks: readonly Check[]): Compiled {
  if (checks.length === 0) return scalar(NUMBER, op);
  const within = withinBounds(checks) ?? unsupported("check on a number");
  const type = op === Op.Finite ? isFinite : isSafeInteger;
  return call(NUMBER, (v) => type(v) && within(v as number));
}

/**
 * zod takes the first option that succeeds. The first option that could take a value of this kind decides:
 * accepted there means zod picks it too; declined there may be zod succeeding with it, so declined here too.
 */
function union(options: readonly Compiled[]): Compiled {
  let kinds = 0;
  for (const option of options) kinds |= option.kinds;
  return call(kinds, (v) => {
    const kind = kindOf(v);
    for (let i = 0; i < options.length; i++) if (options[i]!.kinds & kind) return test(options[i]!, v);
    return false;
  });
}

function array(element: Compiled, checks: readonly Check[]): Compiled {
  let min = 0;
  for (const check of checks) min = check.check === "min_length" ? Math.max(min, check.minimum) : unsupported("check on a list");
  return call(ARRAY, (v) => {
    if (!Array.isArray(v) || getPrototypeOf(v) !== ARRAY_PROTOTYPE || v.length < min) return false;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      // zod turns a hole into an undefined element: not the same array.
      if (!test(element, item) || (item === undefined && !hasOwn(v, i))) return false;
    }
    return true;
  });
}

interface Field {
  schema: Compiled;
  required: boolean;
}

function object(def: Def): Compiled {
  const catchall = def.catchall as Node | undefined;
  if (catchall !== undefined && !(defOf(catchall)?.type === "never" && coreTraits(catchall) === "$ZodNever,$ZodType")) {
    unsupported("object catchall");
  }
  const shape = def.shape as Record<string, Node>;
  if (Object.getOwnPropertySymbols(shape).length > 0) unsupported("symbol key");
  // A null-prototype table: an input key "constructor" must not find Object.prototype's.
  const fields: Record<string, Field> = Object.create(null);
  let requiredCount = 0;
  for (const key of Object.keys(shape)) {
    // zod asks `key in input`, so a key every object inherits ("constructor", "__proto__") is always present.
    if (key in Object.prototype) unsupported(`key ${key}`);
    const { optin, optout } = shape[key]!._zod;
    const required = optin === undefined && optout === undefined;
    if (!required && !(optin === "optional" && optout === "optional")) unsupported(`optionality of ${key}`);
    fields[key] = { schema: compile(shape[key]!), required };
    if (required) requiredCount++;
  }
  return call(OBJECT, (v) => {
    if (typeof v !== "object" || v === null || getPrototypeOf(v) !== OBJECT_PROTOTYPE) return false;
    const input = v as Record<string, unknown>;
    // With Object.prototype holding nothing enumerable, for…in gives exactly the own enumerable keys.
    let count = 0;
    let required = 0;
    for (const key in input) {
      const field = fields[key];
      if (field === undefined || !test(field.schema, input[key])) return false;
      count++;
      if (field.required) required++;
    }
    // Every required key there, and no non-enumerable or symbol key besides (zod would read or drop those).
    return required === requiredCount && getOwnPropertyNames(input).length === count && getOwnPropertySymbols(input).length === 0;
  });
}

function record(def: Def): Compiled {
  const keyType = def.keyType as Node;
  const keyDef = defOf(keyType);
  // Any string as key: a key schema with checks or values would judge (or drop) keys.
  if (keyDef?.type !== "string" || coreTraits(keyType) !== "$ZodString,$ZodType" || !onlyKeys(keyDef, [])) unsupported("record key");
  const value = compile(def.valueType as Node);
  return call(OBJECT, (v) => {
    if (typeof v !== "object" || v === null || getPrototypeOf(v) !== OBJECT_PROTOTYPE) return false;
    const input = v as Record<string, unknown>;
    // zod's isPlainObject looks at `constructor`; a function there is no plain data anyway.
    if (typeof input.constructor === "function" && hasOwn(input, "constructor")) return false;
    for (const key of Reflect.ownKeys(input)) {
      // zod fails on a symbol key and leaves __proto__ and non-enumerable keys out of its output.
      if (typeof key !== "string" || key === "__proto__" || !isEnumerable(input, key)) return false;
      if (!test(value, input[key])) return false;
    }
    return true;
  });
}
