import { parsePeriod } from "../../dates/period.js";
import { type Finding, formatPath } from "../../diagnostics/finding.js";
import { quoteValue } from "../../text/safe-text.js";
import type { PlanRule } from "./rule.js";

/** Deadlines and key-figure periods must parse with the one period parser that `plan due` uses. */
export const periods: PlanRule = {
  name: "periods",
  check(plan) {
    const findings: Finding[] = [];
    plan.åtgärder.forEach((measure, i) => {
      const deadline = measure.klart_senast;
      if (deadline === undefined) return;
      const result = parsePeriod(String(deadline));
      if (result.ok) return;
      const path = ["åtgärder", i, "klart_senast"];
      const code = result.reason === "invalid-date" ? "date-invalid" : "period-invalid";
      findings.push({ code, path, params: { key: formatPath(path), value: quoteValue(deadline) } });
    });
    (plan.nyckeltal ?? []).forEach((figure, i) => {
      for (const period of Object.keys(figure.värden)) {
        if (parsePeriod(period).ok) continue;
        const path = ["nyckeltal", i, "värden", period];
        findings.push({
          code: "period-invalid",
          path,
          on: "key",
          params: { key: formatPath(path.slice(0, 3)), value: quoteValue(period) },
        });
      }
    });
    return findings;
  },
};
