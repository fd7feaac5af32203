import { quoteValue } from "../../diagnostics/safe-text.js";
import type { Finding } from "../finding.js";
import { suggest } from "../suggest.js";
import type { PlanRule } from "./rule.js";

/** Statuses come from the config's vocabulary, in the measure and in every logged follow-up. */
export const knownStatuses: PlanRule = {
  name: "known-statuses",
  check(plan, config) {
    const valid = Object.keys(config.statuses);
    const findings: Finding[] = [];
    const checkOne = (path: readonly PropertyKey[], value: string | undefined) => {
      if (value === undefined || valid.includes(value)) return;
      findings.push({ code: "status-unknown", path, params: { value: quoteValue(value), valid: valid.join(", "), suggestion: suggest(value, valid) } });
    };
    for (const [i, m] of plan.åtgärder.entries()) {
      checkOne(["åtgärder", i, "status"], m.status);
      for (const [j, entry] of (m.uppföljning?.logg ?? []).entries()) checkOne(["åtgärder", i, "uppföljning", "logg", j, "status"], entry.status);
    }
    return findings;
  },
};
