import { quoteValue } from "../../text/safe-text.js";
import type { Finding } from "../../diagnostics/finding.js";
import { suggest } from "../../text/suggest.js";
import type { PlanRule } from "./rule.js";
import { statusVocabulary, type Vocabulary } from "./vocabulary.js";

/** Statuses come from the config's vocabulary, in the measure and in every logged follow-up. */
export const knownStatuses: PlanRule = {
  name: "known-statuses",
  check(plan, config) {
    const statuses = statusVocabulary(config);
    const findings: Finding[] = [];
    const measures = plan.åtgärder;
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i]!;
      if (m.status !== undefined && !statuses.set.has(m.status)) report(findings, ["åtgärder", i, "status"], m.status, statuses);
      const log = m.uppföljning?.logg;
      if (!log) continue;
      for (let j = 0; j < log.length; j++) {
        const status = log[j]!.status;
        if (status !== undefined && !statuses.set.has(status)) report(findings, ["åtgärder", i, "uppföljning", "logg", j, "status"], status, statuses);
      }
    }
    return findings;
  },
};

function report(findings: Finding[], path: readonly PropertyKey[], value: string, statuses: Vocabulary): void {
  findings.push({ code: "status-unknown", path, params: { value: quoteValue(value), valid: statuses.listed, suggestion: suggest(value, statuses.words) } });
}
