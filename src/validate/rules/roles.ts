import { quoteValue } from "../../diagnostics/safe-text.js";
import { suggest } from "../suggest.js";
import { roleFields, type PlanRule } from "./rule.js";

/** The first word of a role field is a role code from the config (`EC pers. ass` → EC). */
export function roleCode(value: string): string {
  return value.trim().split(/\s+/)[0] ?? "";
}

export const knownRoles: PlanRule = {
  name: "known-roles",
  check(plan, config) {
    const codes = Object.keys(config.roles);
    return [...roleFields(plan)]
      .filter(([, value]) => !codes.includes(roleCode(value)))
      .map(([path, value]) => ({
        code: "role-unknown",
        path,
        params: { value: quoteValue(roleCode(value)), valid: codes.join(", "), suggestion: suggest(roleCode(value), codes) },
      }));
  },
};
