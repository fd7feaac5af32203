import { parseIsoDate } from "../../dates/local-date.js";
import { quoteValue } from "../../diagnostics/safe-text.js";
import { formatPath } from "../finding.js";
import { dateFields, type PlanRule } from "./rule.js";

/** Dates must exist in the calendar: 2024-02-30 is reported, never rolled over to March. */
export const realDates: PlanRule = {
  name: "real-dates",
  check: (plan) =>
    [...dateFields(plan)]
      .filter(([, value]) => parseIsoDate(value) === undefined)
      .map(([path, value]) => ({ code: "date-invalid", path, params: { key: formatPath(path), value: quoteValue(value) } })),
};
