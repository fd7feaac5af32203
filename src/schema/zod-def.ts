/** Reading a zod schema's definition, for the compiled acceptance check (compile-accept.ts). */

export interface Def {
  type: string;
  [key: string]: unknown;
}

/** A zod schema or check as the compiler sees it: its definition, traits and a few computed facts. */
export interface Node {
  _zod: {
    def: Def;
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: "optional" | "defaulted";
    optout?: "optional";
  };
}

export function defOf(node: unknown): Def | undefined {
  const def = (node as { _zod?: { def?: Def } } | null)?._zod?.def;
  return def && typeof def.type === "string" ? def : undefined;
}

/**
 * The zod core classes a schema or check is built from (`$ZodString,$ZodType`), sorted: a subclass (a string
 * format, an exact optional, a discriminated union) has more of them and so never passes for its parent.
 */
export function coreTraits(node: Node): string {
  return [...node._zod.traits].filter((t) => t.startsWith("$")).sort().join(",");
}

/**
 * Whether the definition has no options besides `type`, `allowed` and a custom error message (which changes
 * wording, never the outcome). An unknown option (`coerce`, a `mode`, …) could change what is accepted.
 */
export function onlyKeys(def: Def, allowed: readonly string[]): boolean {
  for (const key of Object.keys(def)) {
    if (key !== "type" && key !== "error" && !allowed.includes(key)) return false;
  }
  return true;
}
