import type { Finding } from "../../diagnostics/finding.js";
import type { PlanRule } from "./rule.js";

/**
 * `intervall: regelbundet` says "regularly" without saying how often: with no `datum` and no `avstämning` beside it,
 * `plan due` can never say when the follow-up is due, so the plan is incomplete (a warning: the words are the plan's).
 */
export const followUpNeverDue: PlanRule = {
  name: "followup-never-due",
  check(plan) {
    const findings: Finding[] = [];
    plan.åtgärder.forEach((measure, i) => {
      const followUp = measure.uppföljning;
      if (followUp?.intervall !== "regelbundet" || followUp.datum || followUp.avstämning) return;
      findings.push({ code: "followup-never-due", path: ["åtgärder", i, "uppföljning", "intervall"], params: {} });
    });
    return findings;
  },
};
