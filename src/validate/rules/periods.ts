import { parsePeriod } from "../../dates/period.js";
import { quoteValue } from "../../text/safe-text.js";
import { type Finding, formatPath } from "../../diagnostics/finding.js";
import type { PlanRule } from "./rule.js";

/** Deadlines and key-figure periods must parse with the one period parser that `plan due` uses. */
export const periods: PlanRule = {
  name: "periods",
  check(plan) {
    const findings: Finding[] = [];
    const measures = plan.åtgärder;
    for (let i = 0; i < measures.length; i++) {
      const deadline = measures[i]!.klart_senast;
      if (deadline === undefined) continue;
      const result = parsePeriod(String(deadline));
      if (result.ok) continue;
      const path = ["åtgärder", i, "klart_senast"];
      const code = result.reason === "invalid-date" ? "date-invalid" : "period-invalid";
      findings.push({ code, path, params: { key: formatPath(path), value: quoteValue(deadline) } });
    }
    const figures = plan.nyckeltal;
    if (!figures) return findings;
    for (let i = 0; i < figures.length; i++) {
      for (const period of Object.keys(figures[i]!.värden)) {
        if (parsePeriod(period).ok) continue;
        const path = ["nyckeltal", i, "värden", period];
        findings.push({ code: "period-invalid", path, on: "key", params: { key: formatPath(path.slice(0, 3)), value: quoteValue(period) } });
      }
    }
    return findings;
  },
};
