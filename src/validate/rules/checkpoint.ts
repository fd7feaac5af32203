import { parseIsoDate } from "../../dates/local-date.js";
import { parsePeriod } from "../../dates/period.js";
import type { Finding } from "../../diagnostics/finding.js";
import type { PlanRule } from "./rule.js";

/** A checkpoint (avstämning) after the measure's deadline could never be met. */
export const checkpointBeforeDeadline: PlanRule = {
  name: "checkpoint-before-deadline",
  check(plan) {
    const findings: Finding[] = [];
    const measures = plan.åtgärder;
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i]!;
      const written = m.uppföljning?.avstämning;
      const checkpoint = written && parseIsoDate(written);
      if (!checkpoint || m.klart_senast === undefined) continue;
      const deadline = parsePeriod(String(m.klart_senast));
      if (deadline.ok && checkpoint > deadline.range.end) {
        findings.push({
          code: "checkpoint-after-deadline",
          path: ["åtgärder", i, "uppföljning", "avstämning"],
          params: { value: checkpoint, deadline: `${m.klart_senast} = ${deadline.range.end}` },
        });
      }
    }
    return findings;
  },
};
