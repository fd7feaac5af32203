/**
 * The rows of `plan due --format table`, read straight from the compact plans (compact/layout.ts): each file's items
 * in the order they are listed within it (most days overdue first, then by field), each item a row of cells made
 * from its numbers (PlanTables), filed under each of its roles. No item object is made and no list of all items is
 * sorted: a table lists one plan's items, and plans are ordered by their first row, which is all the order needs.
 * At a thousand plans that is twenty thousand rows, and a cold run paid for every object and getter on the way.
 *
 * The same few texts recur on thousands of items, so each cell is looked up by numbers: a measure's name by its
 * place in the plan, Vad by kind and dates, the dates and counts by days.
 */
import { roleCode } from "../../validate/rules/roles.js";
import { DueItemView, type DuePlan } from "../compact/item-view.js";
import { I, M, MEASURE_SIZE, NONE, PLAN_ROLES, VARIANTS } from "../compact/layout.js";
import { fileItemsInOrder } from "../compact/order.js";
import { roleMatches } from "../filter.js";
import { isFollowUpKind } from "../item-fields.js";
import type { DueFormatContext } from "./context.js";
import type { PlanTables } from "./plan-table.js";
import { whatText } from "./texts.js";

/** One plan's table under one role: the plan (for its heading), its first row's days overdue, its rows. */
export interface PlanRows {
  plan: DuePlan;
  days: number;
  rows: number[];
}

/** One role's tables, in the order they are written. */
export interface RoleTables {
  /** The role as written, spaces normalised; "" for items with no role. */
  role: string;
  plans: PlanRows[];
}

/** Distinct texts kept per kind before starting over: a bound on what a run of unusual files can make us keep. */
const LIMIT = 10_000;

/** Which variants (layout.ts) come from a measure's `uppföljning`, whose `av` acts on them. */
const FOLLOW_UP = VARIANTS.map((v) => isFollowUpKind(v.kind));

export class TableRows {
  /** Items added, and how many of them are overdue (the summary counts each item once, whatever its roles). */
  total = 0;
  overdue = 0;
  private readonly groups = new Map<string, PlanRows[]>();
  /** The same few roles are written on thousands of items: each spelling is normalised and filtered once. */
  private readonly normalised = new Map<string, string | null>();
  /** Each list of roles (compact plans share one array per distinct list) is turned into its groups once. */
  private readonly rolesOf = new Map<readonly string[], string[]>();
  /** Vad's cell: for the kinds of fixed words by variant; the others by the numbers their words come from. */
  private readonly fixedWhat = new Int32Array(VARIANTS.length).fill(-1);
  private readonly recurringWhat = new Map<number, number>();
  private readonly deadlineWhat = new Map<string, number>();
  private readonly reportBackWhat = new Map<number, Map<number, number>>();
  private readonly dueCells = new Map<number, number>();
  private noName = -1;
  /** Name cells of the measures of the plan read last, by their place among its measures. */
  private names: Int32Array = new Int32Array(0);
  private namesOf: DuePlan | undefined;
  /** A file's items, and its tables by role, kept from file to file. */
  private readonly plans: DuePlan[] = [];
  private readonly offsets: number[] = [];
  private readonly perRole = new Map<string, PlanRows>();

  constructor(
    private readonly tables: PlanTables,
    private readonly ctx: DueFormatContext,
  ) {}

  /** Adds the items of the plans taken from one file (nearly always one). Files come in path order. */
  addFile(same: readonly DuePlan[]): void {
    const { plans, offsets, perRole, tables } = this;
    const count = fileItemsInOrder(same, plans, offsets);
    perRole.clear();
    for (let i = 0; i < count; i++) {
      const plan = plans[i]!;
      const at = offsets[i]!;
      const numbers = plan.numbers;
      const variant = numbers[at + I.variant]!;
      const slot = numbers[at + I.measure]!;
      const days = numbers[at + I.daysOverdue]!;
      if (days > 0) this.overdue++;
      const row = tables.addRow(
        this.nameCell(plan, slot),
        this.whatCell(plan, at, variant, days),
        this.dueCell(plan, days),
        tables.daysCell(days, days > 0),
        tables.lineCell(numbers[at + I.line]!),
      );
      const list = slot === NONE ? PLAN_ROLES : numbers[plan.measures + slot + (FOLLOW_UP[variant] ? M.followUpBy : M.responsible)]!;
      const roles = this.groupsOf(plan.roles(list));
      for (let r = 0; r < roles.length; r++) {
        const entry = perRole.get(roles[r]!);
        if (entry) entry.rows.push(row);
        else perRole.set(roles[r]!, { plan, days, rows: [row] });
      }
    }
    this.total += count;
    for (const [role, entry] of perRole) {
      const group = this.groups.get(role);
      if (group) group.push(entry);
      else this.groups.set(role, [entry]);
    }
  }

  /**
   * The roles in the config's role order, then alphabetically, "" (no role) last; each role's plans by their first
   * row, most days overdue first, then (files came in path order, and the sort is stable) by path.
   */
  sorted(): RoleTables[] {
    const order = Object.keys(this.ctx.roleTitles);
    const rank = (role: string) => (role === "" ? Infinity : order.indexOf(roleCode(role)) === -1 ? order.length : order.indexOf(roleCode(role)));
    return [...this.groups]
      .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([role, plans]) => ({ role, plans: plans.sort((a, b) => b.days - a.days) }));
  }

  private nameCell(plan: DuePlan, slot: number): number {
    if (slot === NONE) return this.noName === -1 ? (this.noName = this.tables.nameCell("–")) : this.noName;
    if (plan !== this.namesOf) {
      this.namesOf = plan;
      this.names = new Int32Array(plan.numbers[2]!).fill(-1);
    }
    const measure = slot / MEASURE_SIZE;
    let id = this.names[measure]!;
    if (id === -1) this.names[measure] = id = this.tables.nameCell(plan.string(plan.numbers[plan.measures + slot + M.name]!));
    return id;
  }

  /** Vad: fixed words, or words made once per interval and last follow-up, deadline, or pair of report-back months. */
  private whatCell(plan: DuePlan, at: number, variant: number, days: number): number {
    const numbers = plan.numbers;
    switch (VARIANTS[variant]!.kind) {
      case "followup-recurring": {
        // The latest follow-up's days (or NO_DATE) and the interval's index (below 64): one exact number.
        const key = numbers[at + I.a]! * 64 + numbers[at + I.b]!;
        let id = this.recurringWhat.get(key);
        if (id === undefined) id = remember(this.recurringWhat, key, this.madeWhat(plan, at));
        return id;
      }
      case "deadline": {
        const written = plan.string(numbers[at + I.a]!);
        let id = this.deadlineWhat.get(written);
        if (id === undefined) id = remember(this.deadlineWhat, written, this.madeWhat(plan, at));
        return id;
      }
      case "report-back": {
        let byPrevious = this.reportBackWhat.get(days);
        if (byPrevious === undefined) this.reportBackWhat.set(days, (byPrevious = new Map()));
        let id = byPrevious.get(numbers[at + I.b]!);
        if (id === undefined) id = remember(byPrevious, numbers[at + I.b]!, this.madeWhat(plan, at));
        return id;
      }
      default: {
        let id = this.fixedWhat[variant]!;
        if (id === -1) this.fixedWhat[variant] = id = this.madeWhat(plan, at);
        return id;
      }
    }
  }

  /** Vad's words for the item at `at`, as every format says them (texts.ts), in their cell. */
  private madeWhat(plan: DuePlan, at: number): number {
    return this.tables.whatCell(whatText(new DueItemView(plan, at), this.ctx.lang));
  }

  private dueCell(plan: DuePlan, days: number): number {
    let id = this.dueCells.get(days);
    if (id === undefined) id = remember(this.dueCells, days, this.tables.dueCell(plan.reader.date(days)));
    return id;
  }

  /** The groups an item with these written roles goes in: each role once, however often it is written. */
  private groupsOf(written: readonly string[]): string[] {
    let roles = this.rolesOf.get(written);
    if (roles === undefined) this.rolesOf.set(written, (roles = this.groupRoles(written)));
    return roles;
  }

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

function remember<K>(map: Map<K, number>, key: K, id: number): number {
  if (map.size >= LIMIT) map.clear();
  map.set(key, id);
  return id;
}
