import { quoteValue } from "../../text/safe-text.js";
import type { PlanRule } from "./rule.js";

/** year.sequence COMMITTEE, as on every document of the registry: `2023.027 VON`. */
export const DIARIENUMMER = /^(19|20)\d{2}\.\d{3,4} [A-ZÅÄÖ]{2,10}$/;

export const diarienummer: PlanRule = {
  name: "diarienummer",
  check(plan) {
    const value = plan.styrdokument?.diarienummer;
    if (!value || DIARIENUMMER.test(value)) return [];
    return [{ code: "diarienummer-format", path: ["styrdokument", "diarienummer"], params: { value: quoteValue(value) } }];
  },
};
