/**
 * The order of `plan due`'s items: by due date, then file, then position in the file (as compareItems in
 * due-items.ts), from numbers worked out once per item rather than strings and paths compared per comparison.
 */
import { DueItemView, type DuePlan } from "./item-view.js";
import { I, ITEM_SIZE, M, NONE, VARIANTS } from "./layout.js";

/** Room for a plan's field ranks below a file's rank: 2^26 is far more than the measures a 1 MiB file can hold. */
const FIELD_RANKS = 2 ** 26;

/** Every item of the plans, sorted. */
export function sortedItems(plans: readonly DuePlan[]): DueItemView[] {
  const fileRank = fileRanks(plans);
  const items: DueItemView[] = [];
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p]!;
    const base = fileRank[p]! * FIELD_RANKS;
    const numbers = plan.numbers;
    for (let at = plan.items; at < plan.itemsEnd; at += ITEM_SIZE) {
      const slot = numbers[at + I.measure]!;
      const rank = base + fieldRank(numbers[at + I.variant]!, slot === NONE ? NONE : numbers[plan.measures + slot + M.index]!);
      // The due date ascending is the days overdue descending.
      items.push(new DueItemView(plan, at, -numbers[at + I.daysOverdue]!, rank));
    }
  }
  // Array.prototype.sort is stable: equal items keep the order they were taken in, as before.
  return items.sort((a, b) => a.order - b.order || a.rank - b.rank);
}

/** Files in string order (as `<` compares them), equal files equal ranks. */
function fileRanks(plans: readonly DuePlan[]): number[] {
  const byFile = plans.map((plan, p) => ({ file: plan.file, p }));
  byFile.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ranks = new Array<number>(plans.length);
  let rank = 0;
  for (let i = 0; i < byFile.length; i++) {
    if (i > 0 && byFile[i]!.file !== byFile[i - 1]!.file) rank++;
    ranks[byFile[i]!.p] = rank;
  }
  return ranks;
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
