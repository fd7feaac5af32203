/**
 * The compact items of `plan due` (src/schedule/compact/) read back exactly as the full items of dueItems, in the
 * same order, also after a worker's structured clone, and keep no slice of the plan's source text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, isDone } from "../../src/config/defaults.js";
import { loadText } from "../../src/load/load-file.js";
import { planFromFile } from "../../src/model/from-file.js";
import type { PlanFile } from "../../src/schema/plan-schema.js";
import { DuePlan, DueReader } from "../../src/schedule/compact/item-view.js";
import type { PlanDue } from "../../src/schedule/compact/layout.js";
import { sortedItems } from "../../src/schedule/compact/order.js";
import { compareItems, dueItems } from "../../src/schedule/due-items.js";
import type { DueFilter } from "../../src/schedule/filter.js";
import { filterItems } from "../../src/schedule/filter.js";
import { planDueJob } from "../../src/schedule/plan-due.js";
import { scheduleRun } from "../../src/schedule/schedule-run.js";
import { DUE_KINDS, type DueItem, type ScheduleOptions } from "../../src/schedule/types.js";
import { validateDocument, type ValidDocument } from "../../src/validate/validate-document.js";
import { fixture, REPO } from "../helpers/paths.js";

const FIELDS = [
  "kind", "state", "due", "daysOverdue", "planId", "planTitle", "file", "path", "measureId", "measureName", "measureTitle",
  "measureStatus", "responsible", "interval", "lastFollowUp", "undated", "deadline", "reportMonth", "previousReportMonth",
  "followUpText",
] as const satisfies readonly (keyof DueItem)[];

function documents(dir: string, display: string): ValidDocument[] {
  const out: ValidDocument[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.(md|ya?ml)$/.test(name)) continue;
    const absolute = join(dir, name);
    const loaded = loadText({ absolute, display: `${display}/${name}` }, readFileSync(absolute, "utf8"));
    if (!loaded.ok) continue;
    const result = validateDocument(loaded.file, DEFAULT_CONFIG, "sv");
    if (result.ok && result.document.typ === "handlingsplan") out.push(result.document);
  }
  return out;
}

const options = (today: string, within = 14): ScheduleOptions => ({ today, within, reportMonths: [5, 11], isDone: (s) => isDone(DEFAULT_CONFIG, s) });

function fields(item: DueItem) {
  return Object.fromEntries(FIELDS.map((key) => [key, item[key]]));
}

function compare(docs: readonly ValidDocument[], opts: ScheduleOptions, filter: DueFilter = {}) {
  const take = planDueJob(scheduleRun(opts), filter);
  // Through a structured clone, as from a worker thread.
  const taken = docs.map((doc) => structuredClone(take(doc)!) as PlanDue);
  const reader = new DueReader(opts.today);
  const compact = sortedItems(taken.map((data) => new DuePlan(data, reader)));
  const plans = docs.map((doc) => planFromFile(doc.data as PlanFile, doc.file));
  const full = filterItems(dueItems(plans, opts), filter);
  expect(compact.map(fields)).toEqual(full.map(fields));
  for (let i = 0; i < compact.length; i++) {
    expect(compact[i]!.line).toBe(docs.find((d) => d.file.display === full[i]!.file)!.file.locate(full[i]!.path).line);
  }
  return compact;
}

/** A unit plan with no year and nothing logged: an undated recurring follow-up and a report-back. */
const UNDATED = `id: utan-ar
titel: "Plan utan år, med \\x1b och 😀"
enhet: Enhet X
styrdokument:
  dokumentansvarig: AC
åtgärder:
  - id: a
    rubrik: Åtgärd a
    aktivitet: Aktivitet a
    status: pågår
    ansvarig: [EC pers. ass, EC]
    uppföljning:
      text: Varje månad
      intervall: månadsvis
      av: [AC]
  - id: b
    rubrik: Åtgärd b
    uppföljning:
      intervall: kvartalsvis
      avstämning: 2024-04-30
`;

function inline(yaml: string, display: string): ValidDocument {
  const loaded = loadText({ absolute: `/x/${display}`, display }, yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const result = validateDocument(loaded.file, DEFAULT_CONFIG, "sv");
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.document;
}

describe("compact due items", () => {
  const corpus = [
    ...documents(join(REPO, "plans"), "plans"),
    ...documents(fixture("due-cases", "plans"), "due-cases"),
    inline(UNDATED, "inline/utan-ar.yaml"),
  ];

  it.each([
    ["2024-05-01", 14],
    ["2025-05-01", 30],
    ["2024-10-20", 400],
    ["2023-01-01", 3660],
  ])("read back as the full items on %s within %i days, in the same order", (today, within) => {
    const items = compare(corpus, options(today, within));
    expect(items.length).toBeGreaterThan(0);
    expect([...items].sort(compareItems)).toEqual(items);
  });

  it("cover every kind of item", () => {
    const items = compare(corpus, options("2024-04-20", 3660));
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(DUE_KINDS));
    expect(items.some((i) => i.undated)).toBe(true);
  });

  it("apply the filter as filterItems does", () => {
    compare(corpus, options("2024-10-20", 400), { role: "EC" });
    compare(corpus, options("2024-10-20", 400), { status: "pågår" });
    compare(corpus, options("2024-10-20", 400), { role: "AC", planId: "avdelningen-pa" });
  });

  it("keep a plan that is listed twice twice, in the order taken", () => {
    const twice = [...corpus, ...corpus];
    const items = compare(twice, options("2024-05-01", 60));
    expect(items.length % 2).toBe(0);
  });

  it("keep no slice of the plan's text", () => {
    const take = planDueJob(scheduleRun(options("2024-05-01", 3660)), {});
    const doc = corpus[0]!;
    const data = take(doc)!;
    // A copy, not a piece of the file: its characters are only those of the strings the items show.
    expect(data.text.length).toBeLessThan(doc.file.text.length / 2);
  });
});
