/** Schema, then the kind's named rules, on one loaded file. Returns findings; the caller decides what to print. */
import type { Config } from "../config/defaults.js";
import { CATALOGUE } from "../diagnostics/messages.js";
import { quoteValue } from "../diagnostics/safe-text.js";
import type { LoadedFile } from "../load/load-file.js";
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
  const parsed = kind.schema.safeParse(file.data);
  if (!parsed.success) return { ok: false, findings: schemaFindings(parsed.error, file.data, kind.schema, lang) };
  const findings = kind.rules.flatMap((rule) => rule.check(parsed.data, config));
  if (findings.some((f) => CATALOGUE[f.code].severity === "error")) return { ok: false, findings };
  return { ok: true, document: { typ: kind.typ, file, data: parsed.data }, findings };
}
