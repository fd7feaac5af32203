/** What an item shows besides its date, read from its plan and measure. */
import type { IsoDate } from "../dates/local-date.js";
import type { Measure, Plan, Position } from "../model/types.js";
import type { Candidate, DueField } from "./candidate.js";
import { lastLogged } from "./measure-rules.js";
import type { DueKind } from "./types.js";

/** The kinds that come from a measure's `uppföljning`: its `av` is who acts on them. */
export function isFollowUpKind(kind: DueKind): boolean {
  return kind === "followup-date" || kind === "followup-recurring" || kind === "checkpoint";
}

/** Roles as written: the follow-up's `av` (else the measure's `ansvarig`), the measure's, or the plan's owner. */
export function responsibleOf(plan: Plan, c: Candidate): string[] {
  const measure = c.measure;
  if (!measure) return planOwner(plan);
  return isFollowUpKind(c.kind) ? followUpResponsible(measure) : measure.responsible;
}

/** Who acts on a measure's follow-ups: their `av`, else the measure's `ansvarig`. */
export function followUpResponsible(measure: Measure): string[] {
  const by = measure.followUp?.by;
  return by && by.length > 0 ? by : measure.responsible;
}

/** Who answers for the plan-wide items: the document owner, when the plan names one. */
export function planOwner(plan: Plan): string[] {
  const owner = plan.document.documentOwner;
  return owner ? [owner] : [];
}

/** The name the Tidsplan uses (aktivitet), else the measure's rubrik. */
export function measureName(measure: Measure): string {
  return measure.activity ?? measure.title;
}

/** The follow-up's own wording, for the items that come from it. */
export function followUpTextOf(c: Candidate): string | undefined {
  return c.measure && isFollowUpKind(c.kind) ? c.measure.followUp?.text : undefined;
}

/** The data path of the field that makes the candidate due. */
export function pathOf(c: Candidate): readonly PropertyKey[] {
  return fieldPath(c.field, c.measure ? measureIndex(c.measure) : -1);
}

/** Where a measure stands in the plan's `åtgärder`. */
export function measureIndex(measure: Measure): number {
  return measure.source.path[1] as number;
}

/** The data path of a field: of the plan, of measure `index`, or of its `uppföljning`. */
export function fieldPath(field: DueField, index: number): readonly PropertyKey[] {
  switch (field) {
    case "id":
      return ["id"];
    case "revideras_senast":
      return ["styrdokument", "revideras_senast"];
    case "klart_senast":
      return ["åtgärder", index, field];
    default:
      return ["åtgärder", index, "uppföljning", field];
  }
}

/** Where the field is in the file, as the model recorded it; a field the file lacks points at its parent. */
export function positionOf(plan: Plan, c: Candidate): Position {
  const measure = c.measure;
  const source = !measure ? plan.source : c.field === "klart_senast" || !measure.followUp ? measure.source : measure.followUp.source;
  return source.fields[c.field] ?? source.at;
}

/** Recurring follow-ups: the latest recorded follow-up, if any. */
export function lastLoggedOf(c: Candidate): IsoDate | undefined {
  const followUp = c.measure?.followUp;
  return followUp ? lastLogged(followUp) : undefined;
}
