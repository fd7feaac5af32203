/**
 * The plan rules as first written: plain generators and array chains, easy to read and slow. The rules in
 * src/validate/rules/ are written for speed and must give exactly these findings (rules-reference.test.ts).
 */
import type { Config } from "../../src/config/defaults.js";
import { parseIsoDate } from "../../src/dates/local-date.js";
import { parsePeriod } from "../../src/dates/period.js";
import { quoteValue } from "../../src/diagnostics/safe-text.js";
import type { PlanFile } from "../../src/schema/plan-schema.js";
import { type Finding, formatPath } from "../../src/validate/finding.js";
import { DIARIENUMMER } from "../../src/validate/rules/diarienummer.js";
import { suggest } from "../../src/validate/suggest.js";

type Check = (plan: PlanFile, config: Config) => Finding[];

export const referenceRoleCode = (value: string): string => value.trim().split(/\s+/)[0] ?? "";

function* roleFields(plan: PlanFile): Generator<[readonly PropertyKey[], string]> {
  if (plan.styrdokument?.dokumentansvarig) yield [["styrdokument", "dokumentansvarig"], plan.styrdokument.dokumentansvarig];
  for (const [i, m] of plan.åtgärder.entries()) {
    yield* listAt(["åtgärder", i, "ansvarig"], m.ansvarig);
    yield* listAt(["åtgärder", i, "uppföljning", "av"], m.uppföljning?.av);
    for (const [j, entry] of (m.uppföljning?.logg ?? []).entries()) yield* listAt(["åtgärder", i, "uppföljning", "logg", j, "av"], entry.av);
  }
}

function* listAt(path: readonly PropertyKey[], value: string | string[] | undefined): Generator<[readonly PropertyKey[], string]> {
  if (value === undefined) return;
  if (typeof value === "string") yield [path, value];
  else for (const [i, v] of value.entries()) yield [[...path, i], v];
}

function* dateFields(plan: PlanFile): Generator<[readonly PropertyKey[], string]> {
  const doc = plan.styrdokument;
  if (doc?.datum_för_beslut) yield [["styrdokument", "datum_för_beslut"], doc.datum_för_beslut];
  if (doc?.revideras_senast) yield [["styrdokument", "revideras_senast"], doc.revideras_senast];
  if (doc?.giltighetstid && !/^tills vidare$/i.test(doc.giltighetstid.trim())) yield [["styrdokument", "giltighetstid"], doc.giltighetstid];
  for (const [i, m] of plan.åtgärder.entries()) {
    const f = m.uppföljning;
    if (f?.datum) yield [["åtgärder", i, "uppföljning", "datum"], f.datum];
    if (f?.avstämning) yield [["åtgärder", i, "uppföljning", "avstämning"], f.avstämning];
    for (const [j, entry] of (f?.logg ?? []).entries()) yield [["åtgärder", i, "uppföljning", "logg", j, "datum"], entry.datum];
  }
}

export const REFERENCE_RULES: Record<string, Check> = {
  "real-dates": (plan) =>
    [...dateFields(plan)]
      .filter(([, value]) => parseIsoDate(value) === undefined)
      .map(([path, value]) => ({ code: "date-invalid", path, params: { key: formatPath(path), value: quoteValue(value) } })),

  periods(plan) {
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

  "known-roles"(plan, config) {
    const codes = Object.keys(config.roles);
    return [...roleFields(plan)]
      .filter(([, value]) => !codes.includes(referenceRoleCode(value)))
      .map(([path, value]) => ({
        code: "role-unknown",
        path,
        params: { value: quoteValue(referenceRoleCode(value)), valid: codes.join(", "), suggestion: suggest(referenceRoleCode(value), codes) },
      }));
  },

  "known-statuses"(plan, config) {
    const valid = Object.keys(config.statuses);
    const findings: Finding[] = [];
    const checkOne = (path: readonly PropertyKey[], value: string | undefined) => {
      if (value === undefined || valid.includes(value)) return;
      findings.push({ code: "status-unknown", path, params: { value: quoteValue(value), valid: valid.join(", "), suggestion: suggest(value, valid) } });
    };
    for (const [i, m] of plan.åtgärder.entries()) {
      checkOne(["åtgärder", i, "status"], m.status);
      for (const [j, entry] of (m.uppföljning?.logg ?? []).entries()) checkOne(["åtgärder", i, "uppföljning", "logg", j, "status"], entry.status);
    }
    return findings;
  },

  "unique-measure-ids"(plan) {
    const first = new Map<string, number>();
    const findings: Finding[] = [];
    for (const [i, m] of plan.åtgärder.entries()) {
      const earlier = first.get(m.id);
      if (earlier === undefined) first.set(m.id, i);
      else findings.push({ code: "measure-id-duplicate", path: ["åtgärder", i, "id"], params: { value: quoteValue(m.id), firstIndex: earlier } });
    }
    return findings;
  },

  diarienummer(plan) {
    const value = plan.styrdokument?.diarienummer;
    if (!value || DIARIENUMMER.test(value)) return [];
    return [{ code: "diarienummer-format", path: ["styrdokument", "diarienummer"], params: { value: quoteValue(value) } }];
  },

  "checkpoint-before-deadline"(plan) {
    const findings: Finding[] = [];
    for (const [i, m] of plan.åtgärder.entries()) {
      const checkpoint = m.uppföljning?.avstämning && parseIsoDate(m.uppföljning.avstämning);
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
