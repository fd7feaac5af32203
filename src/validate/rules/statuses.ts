import type { Finding } from "../../diagnostics/finding.js";
import { quoteValue } from "../../text/safe-text.js";
import { suggest } from "../../text/suggest.js";
import type { PlanRule } from "./rule.js";

/** Statuses come from the config's vocabulary, in the measure and in every logged follow-up. */
export const knownStatuses: PlanRule = {
  name: "known-statuses",
  check(plan, config) {
    const statuses = Object.keys(config.statuses);
    const written: [readonly PropertyKey[], string | undefined][] = plan.åtgärder.flatMap((m, i) => [
      [["åtgärder", i, "status"], m.status] as [readonly PropertyKey[], string | undefined],
      ...(m.uppföljning?.logg ?? []).map(
        (entry, j) => [["åtgärder", i, "uppföljning", "logg", j, "status"], entry.status] as [readonly PropertyKey[], string | undefined],
      ),
    ]);
    return written
      .filter((field): field is [readonly PropertyKey[], string] => field[1] !== undefined && !statuses.includes(field[1]))
      .map(([path, value]): Finding => {
        const params = { value: quoteValue(value), valid: statuses.join(", "), suggestion: suggest(value, statuses) };
        return { code: "status-unknown", path, params };
      });
  },
};
