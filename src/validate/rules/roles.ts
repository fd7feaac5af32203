import { quoteValue } from "../../text/safe-text.js";
import type { Finding } from "../../diagnostics/finding.js";
import { suggest } from "../../text/suggest.js";
import type { PlanRule } from "./rule.js";
import { roleVocabulary, type Vocabulary } from "./vocabulary.js";

const WHITESPACE = /\s/;

/** The first word of a role field is a role code from the config (`EC pers. ass` → EC). */
export function roleCode(value: string): string {
  // Most roles are one bare code; the others are cut at their first space, with no list of words made.
  if (!WHITESPACE.test(value)) return value;
  const trimmed = value.trim();
  const space = trimmed.search(WHITESPACE);
  return space === -1 ? trimmed : trimmed.slice(0, space);
}

/** Every role-holding field, in order: `dokumentansvarig`, then each measure's `ansvarig`, `uppföljning.av`, `logg[].av`. */
export const knownRoles: PlanRule = {
  name: "known-roles",
  check(plan, config) {
    const roles = roleVocabulary(config);
    const findings: Finding[] = [];
    const owner = plan.styrdokument?.dokumentansvarig;
    if (owner && !isKnown(owner, roles)) report(findings, ["styrdokument", "dokumentansvarig"], owner, roles);
    const measures = plan.åtgärder;
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i]!;
      if (!allKnown(m.ansvarig, roles)) reportAll(findings, ["åtgärder", i, "ansvarig"], m.ansvarig!, roles);
      const f = m.uppföljning;
      if (!f) continue;
      if (!allKnown(f.av, roles)) reportAll(findings, ["åtgärder", i, "uppföljning", "av"], f.av!, roles);
      const log = f.logg;
      if (!log) continue;
      for (let j = 0; j < log.length; j++) {
        const by = log[j]!.av;
        if (!allKnown(by, roles)) reportAll(findings, ["åtgärder", i, "uppföljning", "logg", j, "av"], by!, roles);
      }
    }
    return findings;
  },
};

function allKnown(value: string | string[] | undefined, roles: Vocabulary): boolean {
  if (value === undefined) return true;
  if (typeof value === "string") return isKnown(value, roles);
  for (let k = 0; k < value.length; k++) if (!isKnown(value[k]!, roles)) return false;
  return true;
}

function isKnown(value: string, roles: Vocabulary): boolean {
  // A bare code from the config is its own role code: one look in the set, when no code holds a space.
  return (!roles.spaced && roles.set.has(value)) || roles.set.has(roleCode(value));
}

/** A field with an unknown role: one finding for a single role, one per unknown item of a list. */
function reportAll(findings: Finding[], path: readonly PropertyKey[], value: string | string[], roles: Vocabulary): void {
  if (typeof value === "string") return report(findings, path, value, roles);
  for (let k = 0; k < value.length; k++) {
    if (!isKnown(value[k]!, roles)) report(findings, [...path, k], value[k]!, roles);
  }
}

function report(findings: Finding[], path: readonly PropertyKey[], value: string, roles: Vocabulary): void {
  const code = roleCode(value);
  findings.push({ code: "role-unknown", path, params: { value: quoteValue(code), valid: roles.listed, suggestion: suggest(code, roles.words) } });
}
