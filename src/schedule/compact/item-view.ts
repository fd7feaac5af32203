/**
 * The main thread's reading of compact due items (layout.ts): each item a DueItem whose fields are read from its
 * plan's numbers and text when asked, so the formatters need not know the compact form.
 */
import { RECURRING_INTERVALS, type RecurringInterval } from "../../dates/interval.js";
import { addDays, type IsoDate } from "../../dates/local-date.js";
import { fieldPath, isFollowUpKind } from "../item-fields.js";
import type { DueItem, DueKind, DueState } from "../types.js";
import { I, ITEM_SIZE, M, NO_DATE, NONE, PLAN_FILE, PLAN_ID, PLAN_ROLES, PLAN_TITLE, type PlanDue, sections, VARIANTS } from "./layout.js";

/** What all plans of a run share: today, for dates kept as days, and the role lists, which recur in every plan. */
export class DueReader {
  private readonly dates = new Map<number, IsoDate>();
  /** Each distinct list of roles, by a number made from its strings' lengths and first letters. */
  private readonly roleLists = new Map<number, string[][]>();

  constructor(readonly today: IsoDate) {}

  /** The date `daysOverdue` days before today. */
  date(daysOverdue: number): IsoDate {
    let date = this.dates.get(daysOverdue);
    if (date === undefined) {
      date = addDays(this.today, -daysOverdue);
      this.dates.set(daysOverdue, date);
    }
    return date;
  }

  /**
   * The list of roles at `offset` in a plan's numbers (its length, then its strings), as one array for each
   * distinct list. A list seen before is recognised in the plan's text, without making its strings again.
   */
  rolesAt(plan: DuePlan, offset: number): string[] {
    const numbers = plan.numbers;
    const count = numbers[offset]!;
    let key = count;
    for (let k = 1; k <= count; k++) key = (key * 31 + plan.stringLength(numbers[offset + k]!) * 7 + plan.firstCode(numbers[offset + k]!)) | 0;
    let same = this.roleLists.get(key);
    if (same === undefined) this.roleLists.set(key, (same = []));
    for (let i = 0; i < same.length; i++) if (plan.hasStrings(same[i]!, offset)) return same[i]!;
    const list: string[] = [];
    for (let k = 1; k <= count; k++) list.push(plan.string(numbers[offset + k]!));
    same.push(list);
    return list;
  }
}

/** One plan's compact items. */
export class DuePlan {
  readonly text: string;
  readonly numbers: Int32Array;
  /** Where the measures and the items start in `numbers`, and how many items there are. */
  readonly measures: number;
  readonly items: number;
  readonly itemsEnd: number;
  private readonly stringEnds: number;
  /** The role lists, as arrays. */
  private readonly roleLists: string[][] = [];

  /** Read once: every item shows them, and a table groups its items by file. */
  readonly planId: string;
  readonly planTitle: string;
  readonly file: string;

  constructor(
    data: PlanDue,
    readonly reader: DueReader,
  ) {
    this.text = data.text;
    this.numbers = data.numbers;
    const at = sections(data.numbers);
    this.stringEnds = at.strings;
    this.measures = at.measures;
    this.items = at.items;
    this.itemsEnd = at.end;
    for (let offset = at.roles; offset < at.measures; offset += this.numbers[offset]! + 1) this.roleLists.push(reader.rolesAt(this, offset));
    this.planId = this.string(PLAN_ID);
    this.planTitle = this.string(PLAN_TITLE);
    this.file = this.string(PLAN_FILE);
  }

  string(index: number): string {
    return this.text.slice(this.stringStart(index), this.numbers[this.stringEnds + index]!);
  }

  stringLength(index: number): number {
    return this.numbers[this.stringEnds + index]! - this.stringStart(index);
  }

  /** The first UTF-16 unit of a string, or -1 for an empty one. */
  firstCode(index: number): number {
    return this.stringLength(index) === 0 ? -1 : this.text.charCodeAt(this.stringStart(index));
  }

  /** Whether the list of strings at `offset` in the numbers (its length, then its strings) is `list`. */
  hasStrings(list: readonly string[], offset: number): boolean {
    if (this.numbers[offset] !== list.length) return false;
    for (let k = 0; k < list.length; k++) {
      const index = this.numbers[offset + 1 + k]!;
      if (this.stringLength(index) !== list[k]!.length || !this.text.startsWith(list[k]!, this.stringStart(index))) return false;
    }
    return true;
  }

  private stringStart(index: number): number {
    return index === 0 ? 0 : this.numbers[this.stringEnds + index - 1]!;
  }

  roles(list: number): string[] {
    return this.roleLists[list]!;
  }

  /** How many items the plan has. */
  itemCount(): number {
    return (this.itemsEnd - this.items) / ITEM_SIZE;
  }

  /** How many of its items are overdue. */
  overdueCount(): number {
    let count = 0;
    for (let at = this.items; at < this.itemsEnd; at += ITEM_SIZE) if (this.numbers[at + I.daysOverdue]! > 0) count++;
    return count;
  }
}

/**
 * An item of a DuePlan; `at` is where its numbers start. What every format reads of every item (kind, days, date,
 * line) is read once into plain fields: a getter call per read cost more than the rest of a table row in a cold
 * run. The rest is read from the plan's numbers and text when asked.
 */
export class DueItemView implements DueItem {
  readonly kind: DueKind;
  readonly daysOverdue: number;
  readonly due: IsoDate;
  readonly line: number;
  /** Where its measure's numbers start in the plan's, or NONE for a plan-wide item. */
  private readonly measure: number;

  constructor(
    readonly plan: DuePlan,
    readonly at: number,
  ) {
    const numbers = plan.numbers;
    this.kind = VARIANTS[numbers[at + I.variant]!]!.kind;
    this.daysOverdue = numbers[at + I.daysOverdue]!;
    this.due = plan.reader.date(this.daysOverdue);
    this.line = numbers[at + I.line]!;
    const slot = numbers[at + I.measure]!;
    this.measure = slot === NONE ? NONE : plan.measures + slot;
  }

  private num(offset: number): number {
    return this.plan.numbers[this.at + offset]!;
  }

  private optionalString(index: number): string | undefined {
    return index === NONE ? undefined : this.plan.string(index);
  }

  /** A number of the item's measure, or NONE for a plan-wide item. */
  private measureNum(offset: number): number {
    return this.measure === NONE ? NONE : this.plan.numbers[this.measure + offset]!;
  }

  get state(): DueState {
    return this.daysOverdue > 0 ? "overdue" : "due-soon";
  }

  get column(): number {
    return this.plan.numbers[this.at + I.column]!;
  }

  get planId(): string {
    return this.plan.planId;
  }

  get planTitle(): string {
    return this.plan.planTitle;
  }

  get file(): string {
    return this.plan.file;
  }

  get path(): readonly PropertyKey[] {
    return fieldPath(VARIANTS[this.num(I.variant)]!.field, this.measureNum(M.index));
  }

  get measureId(): string | undefined {
    return this.optionalString(this.measureNum(M.id));
  }

  get measureName(): string | undefined {
    return this.measure === NONE ? undefined : this.plan.string(this.plan.numbers[this.measure + M.name]!);
  }

  get measureTitle(): string | undefined {
    return this.optionalString(this.measureNum(M.title));
  }

  get measureStatus(): string | undefined {
    return this.optionalString(this.measureNum(M.status));
  }

  get responsible(): string[] {
    if (this.measure === NONE) return this.plan.roles(PLAN_ROLES);
    return this.plan.roles(this.plan.numbers[this.measure + (isFollowUpKind(this.kind) ? M.followUpBy : M.responsible)]!);
  }

  get interval(): RecurringInterval | undefined {
    return this.kind === "followup-recurring" ? RECURRING_INTERVALS[this.num(I.b)] : undefined;
  }

  get lastFollowUp(): IsoDate | undefined {
    const last = this.num(I.a);
    return this.kind === "followup-recurring" && last !== NO_DATE ? this.plan.reader.date(last) : undefined;
  }

  get undated(): true | undefined {
    return VARIANTS[this.num(I.variant)]!.undated ? true : undefined;
  }

  get deadline(): string | undefined {
    return this.kind === "deadline" ? this.plan.string(this.num(I.a)) : undefined;
  }

  get reportMonth(): string | undefined {
    return this.kind === "report-back" ? this.due.slice(0, 7) : undefined;
  }

  get previousReportMonth(): string | undefined {
    return this.kind === "report-back" ? this.plan.reader.date(this.num(I.b)).slice(0, 7) : undefined;
  }

  get followUpText(): string | undefined {
    return isFollowUpKind(this.kind) ? this.optionalString(this.measureNum(M.text)) : undefined;
  }
}
