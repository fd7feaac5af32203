import type { Config } from "../../config/defaults.js";
import type { PlanFile } from "../../schema/plan-schema.js";
import type { Finding } from "../finding.js";

/** A small named check on one schema-valid document. Pure: returns findings, never prints, never throws. */
export interface Rule<T> {
  name: string;
  check(document: T, config: Config): Finding[];
}

export type PlanRule = Rule<PlanFile>;

/** Every role-holding field of a plan, with its path: `ansvarig`, `uppföljning.av`, `logg[].av`, `dokumentansvarig`. */
export function* roleFields(plan: PlanFile): Generator<[readonly PropertyKey[], string]> {
  if (plan.styrdokument?.dokumentansvarig) yield [["styrdokument", "dokumentansvarig"], plan.styrdokument.dokumentansvarig];
  for (const [i, m] of plan.åtgärder.entries()) {
    yield* listAt(["åtgärder", i, "ansvarig"], m.ansvarig);
    yield* listAt(["åtgärder", i, "uppföljning", "av"], m.uppföljning?.av);
    for (const [j, entry] of (m.uppföljning?.logg ?? []).entries()) {
      yield* listAt(["åtgärder", i, "uppföljning", "logg", j, "av"], entry.av);
    }
  }
}

function* listAt(path: readonly PropertyKey[], value: string | string[] | undefined): Generator<[readonly PropertyKey[], string]> {
  if (value === undefined) return;
  if (typeof value === "string") yield [path, value];
  else for (const [i, v] of value.entries()) yield [[...path, i], v];
}

/** Every date field of a plan, with its path. */
export function* dateFields(plan: PlanFile): Generator<[readonly PropertyKey[], string]> {
  const doc = plan.styrdokument;
  if (doc?.datum_för_beslut) yield [["styrdokument", "datum_för_beslut"], doc.datum_för_beslut];
  if (doc?.revideras_senast) yield [["styrdokument", "revideras_senast"], doc.revideras_senast];
  if (doc?.giltighetstid && !/^tills vidare$/i.test(doc.giltighetstid.trim())) {
    yield [["styrdokument", "giltighetstid"], doc.giltighetstid];
  }
  for (const [i, m] of plan.åtgärder.entries()) {
    const f = m.uppföljning;
    if (f?.datum) yield [["åtgärder", i, "uppföljning", "datum"], f.datum];
    if (f?.avstämning) yield [["åtgärder", i, "uppföljning", "avstämning"], f.avstämning];
    for (const [j, entry] of (f?.logg ?? []).entries()) yield [["åtgärder", i, "uppföljning", "logg", j, "datum"], entry.datum];
  }
}
