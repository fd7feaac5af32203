/** Schema, then the kind's named rules, on one file's data. Returns findings; the caller decides what to print. */
import type { Config } from "../config/defaults.js";
import type { Finding } from "../diagnostics/finding.js";
import { CATALOGUE } from "../diagnostics/messages.js";
import { schemaFindings } from "../schema/issues.js";
import type { Lang } from "../text/lang.js";
import { quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";
import { DEFAULT_KIND, DOCUMENT_KINDS } from "./document-kinds.js";
import { salvagedFindings } from "./salvage.js";

export type ValidationResult = { ok: true; typ: string; data: unknown; findings: Finding[] } | { ok: false; findings: Finding[] };

export function validateDocument(input: Record<string, unknown>, config: Config, lang: Lang): ValidationResult {
  const typ = input.typ ?? DEFAULT_KIND;
  const kind = DOCUMENT_KINDS.find((k) => k.typ === typ);
  if (!kind) {
    const valid = DOCUMENT_KINDS.map((k) => k.typ);
    const params = { value: quoteValue(typ), valid: valid.join(", "), suggestion: suggest(String(typ), valid) };
    return { ok: false, findings: [{ code: "document-type-unknown", path: ["typ"], params }] };
  }
  const parsed = kind.schema.safeParse(input);
  if (!parsed.success) {
    const schema = schemaFindings(parsed.error, input, kind.schema, lang);
    return { ok: false, findings: [...schema, ...salvagedFindings(input, parsed.error.issues, kind, config)] };
  }
  const findings = kind.rules.flatMap((rule) => rule.check(parsed.data, config));
  if (findings.some((f) => CATALOGUE[f.code].severity === "error")) return { ok: false, findings };
  return { ok: true, typ: kind.typ, data: parsed.data, findings };
}
