import { positionOf } from "../../config/defaults.js";
import type { Finding } from "../../diagnostics/finding.js";
import type { PlanFile } from "../../schema/plan-schema.js";
import { quoteValue } from "../../text/safe-text.js";
import { suggest } from "../../text/suggest.js";
import type { PlanRule } from "./rule.js";

/** The first word of a role field is a role code from the config (`EC pers. ass` → EC). */
export function roleCode(value: string): string {
  return value.trim().split(/\s/)[0] ?? "";
}

/**
 * Roles come from the config: `dokumentansvarig`, then each measure's `ansvarig`, `uppföljning.av`, `logg[].av`.
 * With `befattningar` in the config each role must be one of them (a name or a listed spelling); else its first
 * word must be a role code.
 */
export const knownRoles: PlanRule = {
  name: "known-roles",
  check(plan, config) {
    if (config.positions) {
      const names = config.positions.map((p) => p.name);
      return roleFields(plan)
        .filter(([, role]) => positionOf(config, role) === undefined)
        .map(([path, role]): Finding => {
          const params = { value: quoteValue(role), valid: names.join(", "), suggestion: suggest(role, names) };
          return { code: "role-unknown", path, params };
        });
    }
    const codes = Object.keys(config.roles);
    const known = (role: string) => codes.includes(role) || codes.includes(roleCode(role));
    return roleFields(plan)
      .filter(([, role]) => !known(role))
      .map(([path, role]): Finding => {
        const code = roleCode(role);
        return {
          code: "role-unknown",
          path,
          params: { value: quoteValue(code), valid: codes.join(", "), suggestion: suggest(code, codes) },
        };
      });
  },
};

/** Every role written in the plan, with its path: one entry per item of a list. */
function roleFields(plan: PlanFile): [readonly PropertyKey[], string][] {
  const fields: [readonly PropertyKey[], string][] = [];
  const add = (path: readonly PropertyKey[], value: string | string[] | undefined) => {
    if (typeof value === "string") fields.push([path, value]);
    else for (const [k, role] of (value ?? []).entries()) fields.push([[...path, k], role]);
  };
  add(["styrdokument", "dokumentansvarig"], plan.styrdokument?.dokumentansvarig);
  plan.åtgärder.forEach((m, i) => {
    add(["åtgärder", i, "ansvarig"], m.ansvarig);
    add(["åtgärder", i, "uppföljning", "av"], m.uppföljning?.av);
    for (const [j, entry] of (m.uppföljning?.logg ?? []).entries()) add(["åtgärder", i, "uppföljning", "logg", j, "av"], entry.av);
  });
  return fields;
}
