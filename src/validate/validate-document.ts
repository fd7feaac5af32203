/** Schema, then the kind's named rules, on one loaded file. Returns findings; the caller decides what to print. */
import type { Config } from "../config/defaults.js";
import { CATALOGUE } from "../diagnostics/messages.js";
import { quoteValue } from "../diagnostics/safe-text.js";
import type { LoadedFile } from "../load/load-file.js";
import { acceptsFor } from "../schema/compile-accept.js";
import { schemaFindings } from "../schema/issues.js";
import type { Lang } from "../i18n.js";
import { DEFAULT_KIND, DOCUMENT_KINDS } from "./document-kinds.js";
import type { Finding } from "./finding.js";
import { suggest } from "./suggest.js";

export interface ValidDocument {
  typ: string;
  file: LoadedFile;
  data: unknown;
}

export type ValidationResult = { ok: true; document: ValidDocument; findings: Finding[] } | { ok: false; findings: Finding[] };

export function validateDocument(file: LoadedFile, config: Config, lang: Lang): ValidationResult {
  const typ = file.data.typ ?? DEFAULT_KIND;
  const kind = DOCUMENT_KINDS.find((k) => k.typ === typ);
  if (!kind) {
    const valid = DOCUMENT_KINDS.map((k) => k.typ);
    return {
      ok: false,
      findings: [
        { code: "document-type-unknown", path: ["typ"], params: { value: quoteValue(typ), valid: valid.join(", "), suggestion: suggest(String(typ), valid) } },
      ],
    };
  }
  // The compiled check says yes only where zod would return the same data, so the data is handed on as it is
  // (nothing downstream reads a plan's keys in order); anything else is zod's to judge and explain.
  let data: unknown = file.data;
  if (!acceptsFor(kind.schema)?.(data)) {
    const parsed = kind.schema.safeParse(data);
    if (!parsed.success) return { ok: false, findings: schemaFindings(parsed.error, file.data, kind.schema, lang) };
    data = parsed.data;
  }
  const findings: Finding[] = [];
  for (const rule of kind.rules) {
    const found = rule.check(data, config);
    if (found.length > 0) findings.push(...found);
  }
  if (findings.some((f) => CATALOGUE[f.code].severity === "error")) return { ok: false, findings };
  return { ok: true, document: { typ: kind.typ, file, data }, findings };
}
