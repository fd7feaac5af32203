/**
 * The tables of `plan due --format table`: one per responsible role as written (so that "EC KTV" and "EC pers. ass"
 * are different people), and within it one per plan. An item with several roles is listed under each.
 */
import { roleCode } from "../../validate/rules/roles.js";
import { roleMatches } from "../filter.js";
import type { DueItem } from "../types.js";
import type { DueFormatContext } from "./context.js";

/** One role's items (their indexes), plan by plan, the plans in the order their first item came. */
export interface RoleGroup {
  /** The role as written, spaces normalised; "" for items with no role. */
  role: string;
  plans: number[][];
}

interface Building extends RoleGroup {
  byFile: Map<string, number[]>;
}

export class RoleGroups {
  private readonly groups = new Map<string, Building>();
  /** The same few roles are written on thousands of items: each spelling is normalised and filtered once. */
  private readonly normalised = new Map<string, string | null>();
  /** Each list of roles (compact items share one array per distinct list) is turned into its groups once. */
  private readonly rolesOf = new Map<readonly string[], string[]>();

  constructor(private readonly ctx: DueFormatContext) {}

  /** Adds item `index` to the groups of its roles; items come in the order they are listed. */
  add(item: DueItem, index: number): void {
    const written = item.responsible;
    let roles = this.rolesOf.get(written);
    if (roles === undefined) this.rolesOf.set(written, (roles = this.groupRoles(written)));
    if (roles.length === 0) return;
    const file = item.file;
    for (let r = 0; r < roles.length; r++) {
      let group = this.groups.get(roles[r]!);
      if (group === undefined) this.groups.set(roles[r]!, (group = { role: roles[r]!, plans: [], byFile: new Map() }));
      const plan = group.byFile.get(file);
      if (plan) plan.push(index);
      else {
        const first = [index];
        group.byFile.set(file, first);
        group.plans.push(first);
      }
    }
  }

  /** The groups in the config's role order, then alphabetically; "" (no role) last. */
  sorted(): RoleGroup[] {
    const order = Object.keys(this.ctx.roleTitles);
    const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
    return [...this.groups.values()].sort((a, b) => rank(a.role) - rank(b.role) || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
  }

  /** The groups an item with these written roles goes in: each role once, however often it is written. */
  private groupRoles(written: readonly string[]): string[] {
    const filter = this.ctx.roleFilter;
    if (written.length === 0) return filter === undefined || roleMatches("", filter) ? [""] : [];
    const roles: string[] = [];
    for (let i = 0; i < written.length; i++) {
      let role = this.normalised.get(written[i]!);
      if (role === undefined) {
        role = written[i]!.trim().replace(/\s+/g, " ");
        if (filter !== undefined && !roleMatches(role, filter)) role = null;
        this.normalised.set(written[i]!, role);
      }
      if (role !== null && !roles.includes(role)) roles.push(role);
    }
    return roles;
  }
}
