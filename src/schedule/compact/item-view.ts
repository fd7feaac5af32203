/**
 * The main thread's reading of compact due items (layout.ts): each item a DueItem whose fields are read from its
 * plan's numbers and text when asked, so the formatters need not know the compact form.
 */
import { RECURRING_INTERVALS, type RecurringInterval } from "../../dates/interval.js";
import { addDays, type IsoDate } from "../../dates/local-date.js";
import { fieldPath, isFollowUpKind } from "../item-fields.js";
import type { DueItem, DueKind, DueState } from "../types.js";
import { I, M, NO_DATE, NONE, PLAN_FILE, PLAN_ID, PLAN_ROLES, PLAN_TITLE, type PlanDue, sections, VARIANTS } from "./layout.js";

/** What all plans of a run share: today, for dates kept as days, and the role lists, which recur in every plan. */
export class DueReader {
  private readonly dates = new Map<number, IsoDate>();
  private readonly roleLists = new Map<string, string[]>();

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

  /** One array for each distinct list of roles. */
  roles(written: string[]): string[] {
    const key = JSON.stringify(written);
    const known = this.roleLists.get(key);
    if (known) return known;
    this.roleLists.set(key, written);
    return written;
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
    for (let offset = at.roles; offset < at.measures; offset += this.numbers[offset]! + 1) {
      const list: string[] = [];
      for (let k = 1; k <= this.numbers[offset]!; k++) list.push(this.string(this.numbers[offset + k]!));
      this.roleLists.push(reader.roles(list));
    }
    this.planId = this.string(PLAN_ID);
    this.planTitle = this.string(PLAN_TITLE);
    this.file = this.string(PLAN_FILE);
  }

  string(index: number): string {
    const start = index === 0 ? 0 : this.numbers[this.stringEnds + index - 1]!;
    return this.text.slice(start, this.numbers[this.stringEnds + index]!);
  }

  roles(list: number): string[] {
    return this.roleLists[list]!;
  }

}

/** An item of a DuePlan; `at` is where its numbers start. `order` and `rank` sort it (see order.ts). */
export class DueItemView implements DueItem {
  constructor(
    readonly plan: DuePlan,
    readonly at: number,
    readonly order: number,
    readonly rank: number,
  ) {}

  private num(offset: number): number {
    return this.plan.numbers[this.at + offset]!;
  }

  private optionalString(index: number): string | undefined {
    return index === NONE ? undefined : this.plan.string(index);
  }

  /** A number of the item's measure, or NONE for a plan-wide item. */
  private measureNum(offset: number): number {
    const slot = this.num(I.measure);
    return slot === NONE ? NONE : this.plan.numbers[this.plan.measures + slot + offset]!;
  }

  get kind(): DueKind {
    return VARIANTS[this.num(I.variant)]!.kind;
  }

  get state(): DueState {
    return this.num(I.daysOverdue) > 0 ? "overdue" : "due-soon";
  }

  get due(): IsoDate {
    return this.plan.reader.date(this.num(I.daysOverdue));
  }

  get daysOverdue(): number {
    return this.num(I.daysOverdue);
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
    return this.optionalString(this.measureNum(M.name));
  }

  get measureTitle(): string | undefined {
    return this.optionalString(this.measureNum(M.title));
  }

  get measureStatus(): string | undefined {
    return this.optionalString(this.measureNum(M.status));
  }

  get responsible(): string[] {
    if (this.num(I.measure) === NONE) return this.plan.roles(PLAN_ROLES);
    return this.plan.roles(this.measureNum(isFollowUpKind(this.kind) ? M.followUpBy : M.responsible));
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

  get line(): number {
    return this.num(I.line);
  }

  get column(): number {
    return this.num(I.column);
  }
}
