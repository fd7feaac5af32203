import { parsePeriod } from "../../dates/period.js";
import { quoteValue } from "../../diagnostics/safe-text.js";
import { type Finding, formatPath } from "../finding.js";
import type { PlanRule } from "./rule.js";

/** Deadlines and key-figure periods must parse with the one period parser that `plan due` uses. */
export const periods: PlanRule = {
  name: "periods",
  check(plan) {
    const findings: Finding[] = [];
    for (const [i, m] of plan.åtgärder.entries()) {
      if (m.klart_senast === undefined) continue;
      const result = parsePeriod(String(m.klart_senast));
      if (result.ok) continue;
      const path = ["åtgärder", i, "klart_senast"];
      const code = result.reason === "invalid-date" ? "date-invalid" : "period-invalid";
      findings.push({ code, path, params: { key: formatPath(path), value: quoteValue(m.klart_senast) } });
    }
    for (const [i, figure] of (plan.nyckeltal ?? []).entries()) {
      for (const period of Object.keys(figure.värden)) {
        if (parsePeriod(period).ok) continue;
        const path = ["nyckeltal", i, "värden", period];
        findings.push({ code: "period-invalid", path, on: "key", params: { key: formatPath(path.slice(0, 3)), value: quoteValue(period) } });
      }
    }
    return findings;
  },
};
