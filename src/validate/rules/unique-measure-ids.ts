import type { Finding } from "../../diagnostics/finding.js";
import { quoteValue } from "../../text/safe-text.js";
import type { PlanRule } from "./rule.js";

/** `plan followup <plan> <measure>` addresses a measure by its id, so ids are unique within a plan. */
export const uniqueMeasureIds: PlanRule = {
  name: "unique-measure-ids",
  check(plan) {
    const first = new Map<string, number>();
    const findings: Finding[] = [];
    plan.åtgärder.forEach((measure, i) => {
      const earlier = first.get(measure.id);
      if (earlier === undefined) first.set(measure.id, i);
      else
        findings.push({
          code: "measure-id-duplicate",
          path: ["åtgärder", i, "id"],
          params: { value: quoteValue(measure.id), firstIndex: earlier },
        });
    });
    return findings;
  },
};
