/**
 * A plan as it stood on the report date: follow-ups recorded after that day are left out, so that a report
 * rendered again later from the same files says what it said on its date (as far as the log can tell; a
 * status field changed since cannot be undone, which is why a published report is archived as its PDF).
 */
import type { IsoDate } from "../../dates/local-date.js";
import type { Plan } from "../../model/types.js";

export function planAsOf(plan: Plan, date: IsoDate): Plan {
  return {
    ...plan,
    measures: plan.measures.map((m) =>
      m.followUp ? { ...m, followUp: { ...m.followUp, log: m.followUp.log.filter((entry) => entry.date <= date) } } : m,
    ),
  };
}
