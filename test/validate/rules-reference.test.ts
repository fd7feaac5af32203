/**
 * The plan rules, written for speed, give exactly the findings of their plain first versions (reference-rules.ts):
 * same findings, same order, same paths and parameters, on generated plans with problems planted in every kind of
 * field, and under three configs.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../bench/generate-corpus.mjs";
import { type Config, DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import type { PlanFile } from "../../src/schema/plan-schema.js";
import { PLAN_RULES } from "../../src/validate/rules/index.js";
import { roleCode } from "../../src/validate/rules/roles.js";
import { REFERENCE_RULES, referenceRoleCode } from "./reference-rules.js";

const OTHER_CONFIG: Config = {
  ...DEFAULT_CONFIG,
  roles: { VD: "Verksamhetsdirektör", EC: "Enhetschef" },
  statuses: { öppen: "öppen", stängd: "avslutad" },
};

/** A role code with a space can never match (only a value's first word is its code), yet it is in the set. */
const SPACED_CONFIG: Config = { ...DEFAULT_CONFIG, roles: { "EC  extra": "x", "AC\tx": "y", FC: "z" } };

function planData(i: number): PlanFile {
  const [name, text] = generatePlan(i);
  const yaml = name.endsWith(".md") ? (splitFrontMatter(text) as { ok: true; value: { yaml: string } }).value.yaml : text;
  const parsed = parseYaml(yaml);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value.data as PlanFile;
}

/** Odd values, picked by the plan's number, so each plan gets another mix. */
const pick = <T>(values: readonly T[], n: number): T => values[n % values.length]!;
const ROLES = ["XY", "ec", " EC  extra", "", "E C", "AC\tx", "VD", "Redovisningsekonom", "\u00a0FC"];
const STATUSES = ["pågående", "klart", "klar", "öppen", "", "Pågår"];
const DATES = ["2024-02-30", "2024-13-01", "20240101", "2023-02-29", "2024-02-29", ""];
const DEADLINES: (string | number)[] = ["Vt-99x", "2023-02-29", "v 54 2025", "v. 53 2021", 12, 2024, "Q5 2024", "", "Sept. 25"];
const VALIDITY = ["Tills vidare", " tills vidare ", "2025-13-01", "2025-12-31", " 2025-12-31 ", "tre år"];

/** Plants problems (and near misses) in many fields of a plan. */
function plant(plan: PlanFile, n: number): PlanFile {
  const p = structuredClone(plan);
  if (p.styrdokument) {
    p.styrdokument.dokumentansvarig = pick(ROLES, n);
    p.styrdokument.giltighetstid = pick(VALIDITY, n);
    p.styrdokument.datum_för_beslut = pick([...DATES, null], n + 1);
    p.styrdokument.revideras_senast = pick(DATES, n + 2);
    p.styrdokument.diarienummer = pick(["2023.27 VON", "2023.027 VON", null], n);
  }
  p.åtgärder.forEach((m, i) => {
    const k = n + i;
    if (k % 3 === 0) m.ansvarig = [pick(ROLES, k), "EC", pick(ROLES, k + 1)];
    if (k % 3 === 1) m.ansvarig = pick(ROLES, k);
    if (k % 2 === 0) m.status = pick(STATUSES, k);
    if (k % 4 === 0) m.klart_senast = pick(DEADLINES, k);
    if (k % 5 === 0 && i > 0) m.id = p.åtgärder[0]!.id;
    if (m.uppföljning) {
      m.uppföljning.av = k % 2 ? pick(ROLES, k + 2) : [pick(ROLES, k + 3)];
      m.uppföljning.datum = pick(DATES, k);
      if (k % 3 === 0) m.uppföljning.avstämning = pick(["2099-01-01", "2000-01-01", "2024-02-30"], k);
      for (const [j, entry] of (m.uppföljning.logg ?? []).entries()) {
        entry.av = pick([undefined, ...ROLES], k + j);
        entry.status = pick([undefined, ...STATUSES], k + j);
        if ((k + j) % 3 === 0) entry.datum = pick(DATES, k + j);
      }
    }
  });
  for (const [i, figure] of (p.nyckeltal ?? []).entries()) if ((n + i) % 2 === 0) figure.värden = { ...figure.värden, "2023-13": 1, okänd: 2, "Vt-24": 3 };
  return p;
}

function expectSameFindings(plan: PlanFile, config: Config, label: string): number {
  let found = 0;
  for (const rule of PLAN_RULES) {
    const reference = REFERENCE_RULES[rule.name];
    expect(reference, rule.name).toBeDefined();
    const findings = rule.check(plan, config);
    expect(findings, `${label}: ${rule.name}`).toStrictEqual(reference!(plan, config));
    found += findings.length;
  }
  return found;
}

describe("the plan rules against their plain versions", () => {
  it("cut a role code where the plain version does, whatever the whitespace", () => {
    const spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u3000", "\u200b"];
    const texts = ["", "EC", "EC pers. ass", ...spaces, ...spaces.flatMap((s) => [`${s}EC`, `EC${s}`, `${s}EC${s}AC${s}`, `E${s}${s}C`])];
    for (const text of texts) expect(roleCode(text), JSON.stringify(text)).toBe(referenceRoleCode(text));
  });

  it("has a reference for every rule, in the same order of names", () => {
    expect(PLAN_RULES.map((r) => r.name)).toEqual(Object.keys(REFERENCE_RULES));
  });

  it("find nothing in valid generated plans, as the plain versions", () => {
    for (let i = 0; i < 100; i++) expect(expectSameFindings(planData(i), DEFAULT_CONFIG, `plan ${i}`)).toBe(0);
  });

  it("give the same findings on plans with planted problems, under three configs", () => {
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const plan = plant(planData(i), i);
      found += expectSameFindings(plan, DEFAULT_CONFIG, `planted ${i}`);
      found += expectSameFindings(plan, OTHER_CONFIG, `planted ${i}, other config`);
      found += expectSameFindings(plan, SPACED_CONFIG, `planted ${i}, roles with spaces`);
    }
    expect(found).toBeGreaterThan(2000);
  });

  it("see a config's roles and statuses change when the config is another object", () => {
    const plan = plant(planData(1), 1);
    const one = { ...DEFAULT_CONFIG, roles: { EC: "Enhetschef" } };
    const other = { ...DEFAULT_CONFIG, roles: { AC: "Avdelningschef" } };
    expectSameFindings(plan, one, "one");
    expectSameFindings(plan, other, "other");
  });
});
