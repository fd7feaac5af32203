/**
 * How `plan due --format table` files the items: under each responsible role as written (spaces normalised, so
 * "EC  KTV" and "EC KTV" are one person, while "EC KTV" and "EC pers. ass" are two), then per plan. Pure.
 */
import { roleCode } from "../../validate/rules/roles.js";
import { roleMatches } from "../filter.js";
import type { DueItem } from "../types.js";

export interface PlanGroup {
  planId: string;
  planTitle: string;
  file: string;
  items: DueItem[];
}

export interface RoleGroup {
  /** The role as written, spaces normalised; "" for the items with no role. */
  role: string;
  plans: PlanGroup[];
}

/**
 * The groups for items sorted by due date (due-items.ts). An item with several roles is in each of their groups;
 * with `roleFilter` (`--ansvarig`) only the groups of matching roles are made. Roles come in the config's role
 * order (`roleOrder`: the codes), roles of other codes after them, alphabetically within each rank, and the
 * group of items with no role last. Within a role, plans come in the order of their first item, the most overdue
 * first, and each plan's items in the order given.
 */
export function roleGroups(items: readonly DueItem[], roleOrder: readonly string[], roleFilter?: string, exact = false): RoleGroup[] {
  const groups = new Map<string, Map<string, PlanGroup>>();
  for (const item of items) {
    for (const role of rolesOf(item)) {
      if (roleFilter !== undefined && !roleMatches(role, roleFilter, exact)) continue;
      const plans = groups.get(role) ?? new Map<string, PlanGroup>();
      groups.set(role, plans);
      const plan = plans.get(item.file);
      if (plan) plan.items.push(item);
      else plans.set(item.file, { planId: item.planId, planTitle: item.planTitle, file: item.file, items: [item] });
    }
  }
  const rank = (role: string) => {
    if (role === "") return Infinity;
    const at = roleOrder.indexOf(roleCode(role));
    return at === -1 ? roleOrder.length : at;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([role, plans]) => ({ role, plans: [...plans.values()] }));
}

/** Each written role once; [""] for an item with none. */
function rolesOf(item: DueItem): string[] {
  if (item.responsible.length === 0) return [""];
  return [...new Set(item.responsible.map((role) => role.trim().replace(/\s+/g, " ")))];
}
