/**
 * The report model as a pure function of (definition, plans, config, report date): no files, no clock.
 * The plans are read as of the report date; "next" and "overdue" come from src/schedule.
 */
import type { Config } from "../../config/defaults.js";
import { isDone } from "../../config/defaults.js";
import { formatSwedishDate, type IsoDate } from "../../dates/local-date.js";
import type { ReportDefinition } from "../../model/report-definition.js";
import { fillTokens } from "../../model/report-tokens.js";
import type { Plan } from "../../model/types.js";
import { dueItems } from "../../schedule/due-items.js";
import type { DueItem } from "../../schedule/types.js";
import { roleCode } from "../../validate/rules/roles.js";
import { planAsOf } from "./as-of.js";
import { planChanges } from "./changes.js";
import { keyFigureModels } from "./key-figures.js";
import { measureRows } from "./measures.js";
import { monthRef, nextReportMonth } from "./months.js";
import { overdueRows, plansWithoutFollowUp } from "./overdue.js";
import type { DecisionRef, HistorySource, ProseBlock, ReportDateSource, ReportLeftOut, ReportModel, UnitReport } from "./types.js";

const NOTHING_LEFT_OUT: ReportLeftOut = { files: [], plans: [] };

/** Far enough ahead that every measure's next follow-up is found, however long its interval. */
const LOOK_AHEAD_DAYS = 3 * 366;

export interface ReportInput {
  definition: ReportDefinition;
  /** The plans reported on, in report order. */
  plans: readonly Plan[];
  /** Plans whose key figures are shown as background. */
  background: readonly Plan[];
  /** The department's own plan (`avdelningens_plan`), reported in a section of its own. */
  department?: Plan;
  config: Config;
  date: IsoDate;
  dateSource: ReportDateSource;
  leftOut?: ReportLeftOut;
  /** The previous report-back and the plans as they were then, for what has changed since. */
  previous?: { date: IsoDate; file: string; plans: ReadonlyMap<string, Plan>; source: HistorySource };
}

export function buildReport({
  definition: def,
  plans,
  background,
  department,
  config,
  date,
  dateSource,
  leftOut = NOTHING_LEFT_OUT,
  previous,
}: ReportInput): ReportModel {
  const asOf = plans.map((p) => planAsOf(p, date));
  const done = (status?: string) => isDone(config, status);
  const items = dueItems(asOf, { today: date, within: LOOK_AHEAD_DAYS, reportMonths: config.reportMonths, isDone: done });
  const withoutFollowUp = plansWithoutFollowUp(items, asOf);
  const period = monthRef(def.period.year, def.period.month);
  const nextReport = nextReportMonth(def.period, config.reportMonths);
  const orderedBy = def.orderedBy && decisionRef(def.orderedBy, config);
  const tokens = { nästa_återrapportering: nextReport.text, period: period.text, uppdraget: orderedBy?.text ?? "" };
  const fill = (blocks: ProseBlock[]): ProseBlock[] =>
    blocks.map((b) =>
      b.kind === "paragraph" ? { ...b, text: fillTokens(b.text, tokens) } : { ...b, items: b.items.map((i) => fillTokens(i, tokens)) },
    );

  const unitOf = (plan: Plan, planItems: readonly DueItem[]): UnitReport => ({
    planId: plan.id,
    title: plan.title,
    shortName: plan.unit ?? (plan.costCentre !== undefined ? `ansvar ${plan.costCentre}` : plan.title),
    ...(plan.document.registrationNumber !== undefined && { registrationNumber: plan.document.registrationNumber }),
    ...(plan.document.reviseBy !== undefined && { reviseBy: plan.document.reviseBy, revisionPassed: plan.document.reviseBy < date }),
    measures: measureRows(plan, planItems, date, done),
    keyFigures: keyFigureModels(plan.keyFigures, config.currency),
  });
  const units = asOf.map((plan) => unitOf(plan, items));
  // The department plan is read by the same rules, except the report-back rule, which is for the unit plans.
  const departmentAsOf = department && planAsOf(department, date);
  const departmentItems = departmentAsOf
    ? dueItems([departmentAsOf], { today: date, within: LOOK_AHEAD_DAYS, reportMonths: [], isDone: done })
    : [];
  const departmentReport = departmentAsOf && unitOf(departmentAsOf, departmentItems);

  return {
    title: def.title,
    organisation: config.organisation,
    committee: def.committee ?? config.committee,
    committeeShort: config.committeeShort,
    date,
    dateText: formatSwedishDate(date),
    dateSource,
    leftOut,
    period,
    nextReport,
    ...(def.registrationNumber !== undefined && { registrationNumber: def.registrationNumber }),
    ...(def.paragraph !== undefined && { paragraph: def.paragraph }),
    ...(def.meetingDate !== undefined && { meetingDate: def.meetingDate }),
    ...(orderedBy && { orderedBy }),
    draft: def.draft || leftOut.files.length > 0,
    proposals: def.proposals.map((p) => fillTokens(p, tokens)),
    prose: {
      ärendebeskrivning: fill(def.body.sections.ärendebeskrivning),
      beredning: fill(def.body.sections.beredning),
      ekonomisk_bedömning: fill(def.body.sections.ekonomisk_bedömning),
    },
    focusMeasures: unique(asOf.flatMap((p) => p.measures.filter((m) => m.focus).map((m) => m.title))),
    units,
    ...(departmentReport && { department: departmentReport }),
    ...(previous && {
      changes: planChanges({
        since: previous.date,
        sinceFile: previous.file,
        date,
        plans: asOf,
        before: previous.plans,
        source: previous.source,
      }),
    }),
    background: background
      .map((p) => ({ planId: p.id, title: p.title, keyFigures: keyFigureModels(p.keyFigures, config.currency) }))
      .filter((b) => b.keyFigures.length > 0),
    overdue: overdueRows([...items, ...departmentItems], departmentAsOf ? [...asOf, departmentAsOf] : asOf, done),
    ...(withoutFollowUp && { withoutFollowUp }),
    // The memo's own Beslutsunderlag: the plans. (The minutes list the memo too; the memo does not list itself.)
    basis: plans.map((p) => p.title),
    signatories: def.signatories,
    roles: rolesUsed(departmentReport ? [...units, departmentReport] : units, config),
  };
}

function decisionRef(d: NonNullable<ReportDefinition["orderedBy"]>, config: Config): DecisionRef {
  const committee = d.committee ?? config.committeeShort;
  const section = d.paragraph !== undefined ? `§ ${d.paragraph} ${committee}` : committee;
  return {
    ...(d.date !== undefined && { date: d.date }),
    ...(d.paragraph !== undefined && { paragraph: d.paragraph }),
    committee,
    ...(d.registrationNumber !== undefined && { registrationNumber: d.registrationNumber }),
    text: d.date !== undefined ? `den ${formatSwedishDate(d.date)}, ${section}` : section,
  };
}

/** Titles compared without case and extra spaces: the same focus measure in six unit plans is listed once. */
function unique(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  return titles.filter((t) => {
    const key = t.trim().replace(/\s+/g, " ").toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rolesUsed(units: readonly UnitReport[], config: Config): { code: string; title: string }[] {
  const codes = new Set<string>();
  for (const u of units) for (const m of u.measures) for (const r of [...m.responsible, ...(m.next?.by ?? [])]) codes.add(roleCode(r));
  return Object.entries(config.roles)
    .filter(([code]) => codes.has(code))
    .map(([code, title]) => ({ code, title }));
}
