import { checkpointBeforeDeadline } from "./checkpoint.js";
import { diarienummer } from "./diarienummer.js";
import { followUpNeverDue } from "./followup-never-due.js";
import { periods } from "./periods.js";
import { realDates } from "./real-dates.js";
import { knownRoles } from "./roles.js";
import type { PlanRule } from "./rule.js";
import { knownStatuses } from "./statuses.js";
import { uniqueMeasureIds } from "./unique-measure-ids.js";

/** The rules run on every schema-valid plan, in this order. */
export const PLAN_RULES: readonly PlanRule[] = [
  realDates,
  periods,
  knownRoles,
  knownStatuses,
  uniqueMeasureIds,
  diarienummer,
  checkpointBeforeDeadline,
  followUpNeverDue,
];
