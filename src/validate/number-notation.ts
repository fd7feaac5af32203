/**
 * Numbers must be written the way people write them. YAML's core schema also reads `0x7E9` and `0o3751` as 2025
 * and `1e3` as 1000, so `klart_senast: 1e3` would pass as the year 1000. Where a date, year or period is expected
 * a number is a year of four digits; anywhere else it is plain decimal (`1500`, `-3`, `0.25`).
 */
import { type Finding, formatPath } from "../diagnostics/finding.js";
import type { WrittenNumber } from "../load/scan-nodes.js";
import { quoteValue } from "../text/safe-text.js";

/** Keys whose value is a date, a year or a period (plans and report definitions alike). */
const DATE_KEYS = new Set(["klart_senast", "år", "datum", "avstämning", "datum_för_beslut", "revideras_senast", "period"]);
/** Mappings whose keys are periods (a key figure's `värden`). */
const PERIOD_MAPS = new Set(["värden"]);

const YEAR = /^[0-9]{4}$/;
const PLAIN = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

export function numberNotationFindings(numbers: readonly WrittenNumber[]): Finding[] {
  const findings: Finding[] = [];
  for (const n of numbers) {
    const last = n.path.at(-1);
    const parent = n.path.at(-2);
    const dateLike = n.on === "key" ? PERIOD_MAPS.has(String(parent)) : DATE_KEYS.has(String(last));
    if ((dateLike ? YEAR : PLAIN).test(n.source)) continue;
    findings.push({
      code: "number-notation",
      path: n.path,
      on: n.on,
      params: { key: formatPath(n.path), value: quoteValue(n.source), read: String(n.value), kind: dateLike ? "date" : "number" },
    });
  }
  return findings;
}

/** The findings with none at a path a notation finding already explains (`1e3` is no period "1000"). */
export function withoutExplained(findings: readonly Finding[], notation: readonly Finding[]): Finding[] {
  if (notation.length === 0) return [...findings];
  const explained = new Set(notation.map((f) => pathKey(f.path)));
  return findings.filter((f) => !explained.has(pathKey(f.path)));
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}
