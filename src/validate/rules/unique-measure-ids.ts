import { quoteValue } from "../../text/safe-text.js";
import type { Finding } from "../../diagnostics/finding.js";
import type { PlanRule } from "./rule.js";

/** Beyond this many measures a map beats comparing each id with those before it. */
const SCAN_LIMIT = 32;

/** `plan followup <plan> <measure>` addresses a measure by its id, so ids are unique within a plan. */
export const uniqueMeasureIds: PlanRule = {
  name: "unique-measure-ids",
  check(plan) {
    const measures = plan.åtgärder;
    const findings: Finding[] = [];
    const first = measures.length > SCAN_LIMIT ? new Map<string, number>() : undefined;
    for (let i = 0; i < measures.length; i++) {
      const id = measures[i]!.id;
      let earlier: number | undefined;
      if (first) {
        earlier = first.get(id);
        if (earlier === undefined) first.set(id, i);
      } else {
        for (let k = 0; k < i; k++) {
          if (measures[k]!.id === id) {
            earlier = k;
            break;
          }
        }
      }
      if (earlier !== undefined) findings.push({ code: "measure-id-duplicate", path: ["åtgärder", i, "id"], params: { value: quoteValue(id), firstIndex: earlier } });
    }
    return findings;
  },
};
