/**
 * `plan status`: one row per plan for the whole department, from the same due items as `plan due`: the unit, who
 * owns the plan, its measures counted by status, what is overdue or due soon, the last recorded follow-up and the
 * revision date. Sorted so that the most urgent plan is on top. Pure.
 */
import type { IsoDate } from "../dates/local-date.js";
import type { Plan } from "../model/types.js";
import type { DueItem } from "./types.js";

export interface PlanStatus {
  planId: string;
  title: string;
  file: string;
  /** `enhet`, else "ansvar 81511", else "–". */
  unit: string;
  owner?: string;
  /** Measures by status as written ("" for those with none), in the order first met. */
  statuses: { status: string; count: number }[];
  measures: number;
  overdue: number;
  dueSoon: number;
  lastFollowUp?: IsoDate;
  reviseBy?: IsoDate;
  revisionPassed: boolean;
}

export function planStatuses(plans: readonly Plan[], items: readonly DueItem[], today: IsoDate): PlanStatus[] {
  const rows = plans.map((plan): PlanStatus => {
    const own = items.filter((item) => item.file === plan.file);
    const counts = new Map<string, number>();
    for (const m of plan.measures) counts.set(m.status ?? "", (counts.get(m.status ?? "") ?? 0) + 1);
    const logged = plan.measures.flatMap((m) => m.followUp?.log.map((entry) => entry.date) ?? []).sort();
    const reviseBy = plan.document.reviseBy;
    return {
      planId: plan.id,
      title: plan.title,
      file: plan.file,
      unit: plan.unit ?? (plan.costCentre !== undefined ? `ansvar ${plan.costCentre}` : "–"),
      ...(plan.document.documentOwner !== undefined && { owner: plan.document.documentOwner }),
      statuses: [...counts].map(([status, count]) => ({ status, count })),
      measures: plan.measures.length,
      overdue: own.filter((item) => item.state === "overdue").length,
      dueSoon: own.filter((item) => item.state === "due-soon").length,
      ...(logged.length > 0 && { lastFollowUp: logged.at(-1)! }),
      ...(reviseBy !== undefined && { reviseBy }),
      revisionPassed: reviseBy !== undefined && reviseBy < today,
    };
  });
  return rows.sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0));
}
