/** The filters of `plan due`: by responsible role, by plan and by measure status. Pure. */
import { roleCode } from "../validate/rules/roles.js";
import type { DueItem } from "./types.js";

export interface DueFilter {
  /** A role code (`EC`), optionally with a qualifier (`EC KTV`) that the written role must start with. */
  role?: string;
  /** The role is a position's name (config `befattningar`): only that role, not every role it starts. */
  exactRole?: boolean;
  planId?: string;
  /** Only items of measures with this status; plan-wide items (revision, report-back) have none. */
  status?: string;
}

export function filterItems(items: readonly DueItem[], filter: DueFilter): DueItem[] {
  const passes = itemFilter(filter);
  return items.filter((item) => passes(item.planId, item.measureStatus, item.responsible));
}

/** The filter as one test of an item's plan id, measure status and roles. */
export function itemFilter(filter: DueFilter): (planId: string, status: string | undefined, responsible: readonly string[]) => boolean {
  const wanted = filter.role;
  return (planId, status, responsible) =>
    (filter.planId === undefined || planId === filter.planId) &&
    (filter.status === undefined || status === filter.status) &&
    (wanted === undefined || responsible.some((written) => roleMatches(written, wanted, filter.exactRole)));
}

/** `EC` matches `EC pers. ass`; `EC KTV` matches `EC KTV` and `EC KTV och LSS` but not `EC pers. ass`. */
export function roleMatches(written: string, wanted: string, exact = false): boolean {
  const normal = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  if (exact) return normal(written) === normal(wanted);
  if (roleCode(written).toLowerCase() !== roleCode(wanted).toLowerCase()) return false;
  const w = normal(wanted);
  const r = normal(written);
  return !w.includes(" ") || r === w || r.startsWith(`${w} `);
}
