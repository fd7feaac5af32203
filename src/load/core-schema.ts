/**
 * The YAML 1.2 core schema's plain scalars, copied tag by tag from `yaml` (node_modules/yaml/dist/schema/core): the
 * one definition both fast parsers (block-yaml.ts and js-yaml in fast-yaml.ts) resolve plain scalars with.
 * No timestamps: `2025-04-30` and `12:30` stay text.
 */
export interface CoreTag {
  tag: "null" | "bool" | "int" | "float";
  test: RegExp;
  construct: (s: string) => unknown;
}

export const CORE_TAGS: readonly CoreTag[] = [
  { tag: "null", test: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
  { tag: "bool", test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, construct: (s) => s[0] === "t" || s[0] === "T" },
  {
    tag: "int",
    test: /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/,
    construct: (s) => (s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
  },
  {
    tag: "float",
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
    construct: (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s.startsWith("-") ? -Infinity : Infinity) : parseFloat(s)),
  },
];

/**
 * Which first characters can begin a non-string plain scalar: `~`, n/N (null), t/T/f/F (bool), digits, sign and
 * dot (numbers). Any other first character is a string without trying the patterns; the empty scalar is null.
 */
const MAY_RESOLVE = new Uint8Array(128);
for (const c of "~nNtTfF0123456789+.-") MAY_RESOLVE[c.charCodeAt(0)] = 1;

/** A plain scalar's value under the core schema. */
export function resolvePlain(s: string): unknown {
  if (s === "") return null;
  const first = s.charCodeAt(0);
  if (first >= 128 || MAY_RESOLVE[first] === 0) return s;
  // A date (`2025-04-30`, `2025-06`): no number has a "-" after four digits, so no pattern needs trying.
  if (s.length >= 7 && s.charCodeAt(4) === 45 && isDigit(s.charCodeAt(3)) && isDigit(first)) return s;
  for (const tag of CORE_TAGS) if (tag.test.test(s)) return tag.construct(s);
  return s;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
