/**
 * The checks of zod/mini's `.check(…)` that the compiled acceptance check (compile-accept.ts) knows, copied from
 * zod's node_modules/zod/v4/core/checks.js: a minimum length (in code points for text), a regex, numeric bounds.
 * Any other check (a refinement, an overwrite such as trim, another format) is unknown: zod decides then.
 */
import { coreTraits, type Def, type Node } from "./zod-def.js";

export type Check =
  | { check: "min_length"; minimum: number }
  | { check: "regex"; pattern: RegExp }
  | { check: "greater_than" | "less_than"; value: number; inclusive: boolean };

/** A schema's checks, or undefined when any of them is one this does not know. */
export function readChecks(def: Def): Check[] | undefined {
  const checks: Check[] = [];
  for (const node of (def.checks as Node[] | undefined) ?? []) {
    const check = readCheck(node);
    if (!check) return undefined;
    checks.push(check);
  }
  return checks;
}

function readCheck(node: Node): Check | undefined {
  const def = node._zod.def;
  const traits = coreTraits(node);
  // `when` (min_length has one that skips values without a length) is left out: always applying a check is stricter.
  const known = (names: readonly string[], keys: readonly string[]) =>
    traits === ["$ZodCheck", ...names].sort().join(",") &&
    Object.keys(def).every((k) => k === "check" || k === "abort" || k === "error" || k === "when" || keys.includes(k));
  switch (def.check) {
    case "min_length":
      return known(["$ZodCheckMinLength"], ["minimum"]) && typeof def.minimum === "number" ? { check: "min_length", minimum: def.minimum } : undefined;
    case "string_format":
      return known(["$ZodCheckRegex", "$ZodCheckStringFormat"], ["format", "pattern"]) && def.format === "regex" && def.pattern instanceof RegExp
        ? { check: "regex", pattern: def.pattern }
        : undefined;
    case "greater_than":
    case "less_than": {
      const name = def.check === "greater_than" ? "$ZodCheckGreaterThan" : "$ZodCheckLessThan";
      return known([name], ["value", "inclusive"]) && typeof def.value === "number"
        ? { check: def.check, value: def.value, inclusive: def.inclusive === true }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** As zod does: reset first, so a global or sticky pattern does not carry its position over. */
export function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** zod counts a surrogate pair as one: only lengths between the minimum and twice it need counting. */
export function codePointsAtLeast(text: string, minimum: number): boolean {
  const units = text.length;
  if (units < minimum) return false;
  if (units >= minimum * 2) return true;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count >= minimum;
}

/** A number's bounds as one predicate (the type itself is checked by the caller). */
export function withinBounds(checks: readonly Check[]): ((n: number) => boolean) | undefined {
  const bounds = checks.filter((c): c is Extract<Check, { value: number }> => c.check === "greater_than" || c.check === "less_than");
  if (bounds.length !== checks.length) return undefined;
  return (n) => {
    for (const b of bounds) {
      const ok = b.check === "greater_than" ? (b.inclusive ? n >= b.value : n > b.value) : b.inclusive ? n <= b.value : n < b.value;
      if (!ok) return false;
    }
    return true;
  };
}
