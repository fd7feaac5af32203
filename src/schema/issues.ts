/**
 * Friendly schema messages from one place: zod issues become findings with Swedish (or English) wording,
 * union failures collapse into one "expected X or Y", and an unknown key gets a "did you mean" from the keys
 * the schema allows at that spot.
 */
import type * as z from "zod/mini";
import { type Finding, formatPath, valueAt } from "../diagnostics/finding.js";
import type { Lang } from "../text/lang.js";
import { isDecomposed, quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { sv: "text", en: "text" },
  number: { sv: "ett tal", en: "a number" },
  int: { sv: "ett heltal", en: "a whole number" },
  boolean: { sv: "true eller false", en: "true or false" },
  array: { sv: "en lista", en: "a list" },
  object: { sv: "nycklar och värden", en: "keys and values" },
  record: { sv: "nycklar och värden", en: "keys and values" },
  null: { sv: "ett tomt värde", en: "an empty value" },
};

function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function schemaFindings(error: z.core.$ZodError, data: unknown, schema: z.core.$ZodType, lang: Lang): Finding[] {
  return error.issues.flatMap((issue) => issueFindings(issue, data, schema, lang));
}

function issueFindings(issue: z.core.$ZodIssue, data: unknown, schema: z.core.$ZodType, lang: Lang): Finding[] {
  const path = issue.path;
  const key = formatPath(path);
  const value = valueAt(data, path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return [{ code: "schema-required", path, params: { key } }];
      return [typeFinding(path, typeName(issue.expected, lang), value, lang, issue.expected === "string")];
    case "invalid_union": {
      const expected = [...new Set(issue.errors.flat().map((e) => ("expected" in e ? String(e.expected) : "")))]
        .filter(Boolean)
        .map((t) => typeName(t, lang))
        .join(lang === "sv" ? " eller " : " or ");
      if (value === undefined) return [{ code: "schema-required", path, params: { key } }];
      return [typeFinding(path, expected || "?", value, lang)];
    }
    case "invalid_value": {
      const valid = issue.values.map(String);
      return [
        {
          code: "schema-value",
          path,
          params: { key, value: quoteValue(value), valid: valid.join(", "), suggestion: suggest(String(value), valid) },
        },
      ];
    }
    case "unrecognized_keys": {
      const known = knownKeys(schema, path);
      return issue.keys.map((unknown) => ({
        code: "key-unknown" as const,
        path: [...path, unknown],
        on: "key" as const,
        params: { key: quoteValue(unknown), valid: known.join(", "), suggestion: suggest(unknown, known) },
      }));
    }
    case "too_small":
      return [{ code: "schema-empty", path, params: { key } }];
    case "invalid_format":
      return [
        {
          code: "schema-format",
          path,
          params: {
            key,
            value: quoteValue(value),
            field: String(path.at(-1) ?? ""),
            decomposed: isDecomposed(String(value)) ? "yes" : undefined,
          },
        },
      ];
    default:
      return [typeFinding(path, issue.message, value, lang)];
  }
}

function typeFinding(path: readonly PropertyKey[], expected: string, value: unknown, lang: Lang, wantsText = false): Finding {
  // A number or true/false where text belongs is YAML retyping what the user wrote: quoting fixes it.
  const quote = wantsText && (typeof value === "number" || typeof value === "boolean") ? "yes" : undefined;
  return {
    code: "schema-type",
    path,
    params: { key: formatPath(path), expected, received: `${typeName(typeOf(value), lang)} ${quoteValue(value, 30)}`, quote },
  };
}

/** The keys an object schema allows at a data path (through arrays, optionals and unions). */
export function knownKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: unknown[] = [schema];
  for (const segment of [...path, null]) {
    nodes = nodes.flatMap(unwrap);
    if (segment === null) break;
    nodes = nodes.flatMap((node) => {
      const def = defOf(node);
      if (def?.type === "object") {
        const child = (def.shape as Record<string, unknown>)[String(segment)];
        return child ? [child] : [];
      }
      if (def?.type === "array" && typeof segment === "number") return [def.element];
      if (def?.type === "record") return [def.valueType];
      return [];
    });
  }
  return [
    ...new Set(
      nodes.flatMap((node) => {
        const def = defOf(node);
        return def?.type === "object" ? Object.keys(def.shape as object) : [];
      }),
    ),
  ];
}

interface Def {
  type: string;
  [key: string]: unknown;
}

function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } })._zod?.def;
}

function unwrap(node: unknown): unknown[] {
  const def = defOf(node);
  if (!def) return [];
  if (def.type === "optional" || def.type === "nullable" || def.type === "default") return unwrap(def.innerType);
  if (def.type === "union") return (def.options as unknown[]).flatMap(unwrap);
  return [node];
}
