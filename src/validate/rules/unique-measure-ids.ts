import { quoteValue } from "../../diagnostics/safe-text.js";
import type { Finding } from "../finding.js";
import type { PlanRule } from "./rule.js";

/** `plan followup <plan> <measure>` addresses a measure by its id, so ids are unique within a plan. */
export const uniqueMeasureIds: PlanRule = {
  name: "unique-measure-ids",
  check(plan) {
    const first = new Map<string, number>();
    const findings: Finding[] = [];
    for (const [i, m] of plan.åtgärder.entries()) {
      const earlier = first.get(m.id);
      if (earlier === undefined) first.set(m.id, i);
      else findings.push({ code: "measure-id-duplicate", path: ["åtgärder", i, "id"], params: { value: quoteValue(m.id), firstIndex: earlier } });
    }
    return findings;
  },
};
