import { parseIsoDate } from "../../dates/local-date.js";
import { type Finding, formatPath } from "../../diagnostics/finding.js";
import { quoteValue } from "../../text/safe-text.js";
import type { PlanRule } from "./rule.js";

const UNTIL_FURTHER_NOTICE = /^tills vidare$/i;

/**
 * Dates must exist in the calendar: 2024-02-30 is reported, never rolled over to March. The date fields, in order:
 * the governing document's decision date, revision date and validity (unless "tills vidare"), then each measure's
 * follow-up date, checkpoint and logged dates.
 */
export const realDates: PlanRule = {
  name: "real-dates",
  check(plan) {
    const findings: Finding[] = [];
    const doc = plan.styrdokument;
    if (doc) {
      if (doc.datum_för_beslut && !parseIsoDate(doc.datum_för_beslut))
        report(findings, ["styrdokument", "datum_för_beslut"], doc.datum_för_beslut);
      if (doc.revideras_senast && !parseIsoDate(doc.revideras_senast))
        report(findings, ["styrdokument", "revideras_senast"], doc.revideras_senast);
      const validity = doc.giltighetstid;
      if (validity && !UNTIL_FURTHER_NOTICE.test(validity.trim()) && !parseIsoDate(validity))
        report(findings, ["styrdokument", "giltighetstid"], validity);
    }
    plan.åtgärder.forEach((measure, i) => {
      const f = measure.uppföljning;
      const at = ["åtgärder", i, "uppföljning"];
      if (f?.datum && !parseIsoDate(f.datum)) report(findings, [...at, "datum"], f.datum);
      if (f?.avstämning && !parseIsoDate(f.avstämning)) report(findings, [...at, "avstämning"], f.avstämning);
      f?.logg?.forEach((entry, j) => {
        if (!parseIsoDate(entry.datum)) report(findings, [...at, "logg", j, "datum"], entry.datum);
      });
    });
    return findings;
  },
};

function report(findings: Finding[], path: readonly PropertyKey[], value: string): void {
  findings.push({ code: "date-invalid", path, params: { key: formatPath(path), value: quoteValue(value) } });
}
