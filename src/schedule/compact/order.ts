/**
 * The order of `plan due`'s items: by due date, then file, then position in the file (as compareItems in
 * due-items.ts). Without a comparison per pair: plans are taken in file order and each plan's items in the order of
 * their fields in the file, then dealt into one list per number of days overdue, which keeps that order; the lists,
 * most days overdue (the earliest date) first, are the answer.
 */
import { DueItemView, type DuePlan } from "./item-view.js";
import { I, ITEM_SIZE, M, NONE, VARIANTS } from "./layout.js";

/** Every item of the plans, sorted. */
export function sortedItems(plans: readonly DuePlan[]): DueItemView[] {
  const byDays = new Map<number, DueItemView[]>();
  const add = (item: DueItemView) => {
    const same = byDays.get(item.daysOverdue);
    if (same) same.push(item);
    else byDays.set(item.daysOverdue, [item]);
  };
  const sorted = inFileOrder(plans);
  for (let p = 0; p < sorted.length; p++) {
    const plan = sorted[p]!;
    if (p + 1 < sorted.length && sorted[p + 1]!.file === plan.file) {
      // The same file listed more than once (rare): its plans' items by field, each field in the order taken.
      let last = p + 1;
      while (last + 1 < sorted.length && sorted[last + 1]!.file === plan.file) last++;
      const items = sorted.slice(p, last + 1).flatMap((same) => {
        const count = inFieldOrder(same);
        return OFFSETS.slice(0, count).map((at, i) => ({ item: new DueItemView(same, at), rank: RANKS[i]! }));
      });
      items.sort((a, b) => a.rank - b.rank).forEach(({ item }) => add(item));
      p = last;
      continue;
    }
    const count = inFieldOrder(plan);
    for (let i = 0; i < count; i++) add(new DueItemView(plan, OFFSETS[i]!));
  }
  const days = [...byDays.keys()].sort((a, b) => b - a);
  const items: DueItemView[] = [];
  for (let d = 0; d < days.length; d++) {
    const same = byDays.get(days[d]!)!;
    for (let i = 0; i < same.length; i++) items.push(same[i]!);
  }
  return items;
}

/**
 * The items of the plans taken from one file (nearly always one plan), in the order sortedItems lists them among
 * themselves: most days overdue first, then by field, then (the same field of a file taken twice) in the order the
 * plans were taken. Fills `plans` and `offsets` (each item's plan and where its numbers start); returns the count.
 */
export function fileItemsInOrder(same: readonly DuePlan[], plans: DuePlan[], offsets: number[]): number {
  let count = 0;
  for (let p = 0; p < same.length; p++) {
    const plan = same[p]!;
    const inPlan = inFieldOrder(plan);
    for (let i = 0; i < inPlan; i++) {
      const at = OFFSETS[i]!;
      const days = plan.numbers[at + I.daysOverdue]!;
      const rank = RANKS[i]!;
      // An insertion sort, stable: a file has a few dozen items, already in field order.
      let j = count++;
      while (j > 0 && (FILE_DAYS[j - 1]! < days || (FILE_DAYS[j - 1] === days && FILE_RANKS[j - 1]! > rank))) {
        plans[j] = plans[j - 1]!;
        offsets[j] = offsets[j - 1]!;
        FILE_DAYS[j] = FILE_DAYS[j - 1]!;
        FILE_RANKS[j] = FILE_RANKS[j - 1]!;
        j--;
      }
      plans[j] = plan;
      offsets[j] = at;
      FILE_DAYS[j] = days;
      FILE_RANKS[j] = rank;
    }
  }
  return count;
}

const FILE_DAYS: number[] = [];
const FILE_RANKS: number[] = [];

/** Plans by file (as `<` compares them); a file listed twice keeps the order it was taken in (a stable sort). */
export function inFileOrder(plans: readonly DuePlan[]): DuePlan[] {
  return [...plans].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** inFieldOrder's answer, kept from plan to plan rather than made for each. */
const OFFSETS: number[] = [];
const RANKS: number[] = [];

/**
 * Puts where a plan's items start in its numbers into OFFSETS, in the order of their fields in the file, and those
 * fields' ranks into RANKS; returns how many.
 */
function inFieldOrder(plan: DuePlan): number {
  const numbers = plan.numbers;
  let count = 0;
  for (let at = plan.items; at < plan.itemsEnd; at += ITEM_SIZE) {
    const slot = numbers[at + I.measure]!;
    const rank = fieldRank(numbers[at + I.variant]!, slot === NONE ? NONE : numbers[plan.measures + slot + M.index]!);
    // An insertion sort: a plan has a few dozen items at most, and they come nearly in order.
    let i = count++;
    while (i > 0 && RANKS[i - 1]! > rank) {
      OFFSETS[i] = OFFSETS[i - 1]!;
      RANKS[i] = RANKS[i - 1]!;
      i--;
    }
    OFFSETS[i] = at;
    RANKS[i] = rank;
  }
  return count;
}

/**
 * Where a field comes in a plan, as the path order of compareItems has it: `id`, then `styrdokument`, then each
 * measure in turn (`åtgärder` sorts after both), and within one: `klart_senast`, then `uppföljning`'s `avstämning`,
 * `datum`, `intervall`.
 */
function fieldRank(variant: number, measureIndex: number): number {
  switch (VARIANTS[variant]!.field) {
    case "id":
      return 0;
    case "revideras_senast":
      return 1;
    case "klart_senast":
      return 2 + 4 * measureIndex;
    case "avstämning":
      return 3 + 4 * measureIndex;
    case "datum":
      return 4 + 4 * measureIndex;
    case "intervall":
      return 5 + 4 * measureIndex;
  }
}
