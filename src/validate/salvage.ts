/**
 * The rules also on what is valid in a file that fails the schema, so that one run reports every finding: a
 * measure the schema refuses is set aside, and so is a top-level key it refuses or does not know; a required
 * text or id that is missing is stood in for (its absence is already a finding). If what is left passes the
 * schema, the rules run on it.
 */
import type * as z from "zod/mini";
import type { Config } from "../config/defaults.js";
import type { Finding } from "../diagnostics/finding.js";
import type { DocumentKind } from "./document-kinds.js";

const MEASURES = "åtgärder";
/** Stand-ins for a required key that is missing or wrong: shapes the schema takes, words no rule looks at. */
const STAND_IN: Record<string, unknown> = { id: "x", titel: "x", typ: undefined, åtgärder: [] };

export function salvagedFindings(
  input: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  kind: DocumentKind<unknown>,
  config: Config,
): Finding[] {
  const setAside = new Set<number>();
  const data: Record<string, unknown> = { ...input };
  for (const issue of issues) {
    const [top, index] = issue.path;
    if (top === MEASURES && typeof index === "number") setAside.add(index);
    else if (top === undefined && issue.code === "unrecognized_keys") for (const key of issue.keys) delete data[key];
    else if (typeof top === "string") {
      if (top in STAND_IN) data[top] = STAND_IN[top];
      else delete data[top];
    }
  }
  // A measure set aside is stood in for by a bare valid one, so that every other keeps its index (and messages
  // that name `åtgärder[2]` stay true); findings about the stand-ins are dropped.
  if (Array.isArray(input[MEASURES])) {
    data[MEASURES] = (input[MEASURES] as unknown[]).map((measure, i) =>
      setAside.has(i) ? { id: `ersatt-${i}-av-plan-check`, rubrik: "x" } : measure,
    );
  }
  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) return [];
  return kind.rules
    .flatMap((rule) => rule.check(parsed.data, config))
    .filter(({ path: [top, index] }) => !(top === MEASURES && typeof index === "number" && setAside.has(index)));
}
