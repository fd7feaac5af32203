/** The one place where the Swedish file vocabulary becomes the English domain model. */
import { parsePeriod } from "../dates/period.js";
import type { LoadedFile } from "../load/load-file.js";
import type { FollowUpFile, MeasureFile, PlanFile } from "../schema/plan-schema.js";
import type { Deadline, FollowUp, KeyFigure, Measure, Plan, PlanCore } from "./types.js";

type SourceFile = Pick<LoadedFile, "display" | "format" | "body">;

export function planFromFile(data: PlanFile, file: SourceFile): Plan {
  const plan = planCoreFromFile(data, file) as Plan;
  plan.keyFigures = keyFiguresFrom(data.nyckeltal ?? []);
  return plan;
}

/**
 * The plan without its key figures, for `plan due`, which never shows them. Not a lazy getter instead: an object
 * literal with its own getter gets its own hidden class, in old space, whose closure holds the file's data; every
 * young-generation GC then kept (and promoted) the data of all recent plans (10,000 plans: 414 ms of scavenges
 * against 139 ms).
 */
export function planCoreFromFile(data: PlanFile, file: SourceFile): PlanCore {
  const doc = data.styrdokument ?? {};
  const plan: PlanCore = {
    id: data.id,
    title: data.titel,
    document: {
      documentType: doc.typ_av_styrdokument,
      decidedBy: doc.beslutande_instans,
      decisionDate: doc.datum_för_beslut ?? undefined,
      registrationNumber: doc.diarienummer ?? undefined,
      appliesTo: doc.gäller_för,
      validity: doc.giltighetstid,
      reviseBy: doc.revideras_senast ?? undefined,
      documentOwner: doc.dokumentansvarig,
    },
    measures: data.åtgärder.map((m, i) => measureFrom(m, file.display, i)),
    prose: file.format === "markdown" ? file.body : (data.brödtext ?? ""),
    file: file.display,
    format: file.format,
  };
  // Absent rather than undefined, as the file has them; assigned, since spreading them in costs more than the rest.
  if (data.ansvar !== undefined) plan.costCentre = data.ansvar;
  if (data.enhet !== undefined) plan.unit = data.enhet;
  if (data.år !== undefined) plan.year = data.år;
  return plan;
}

function keyFiguresFrom(figures: NonNullable<PlanFile["nyckeltal"]>): KeyFigure[] {
  return figures.map((k) => ({
    id: k.id,
    name: k.namn,
    unit: k.enhet,
    values: Object.entries(k.värden).map(([period, value]) => ({ period, value })),
    target: k.mål,
    sourceNote: k.källa,
  }));
}

export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

function measureFrom(m: MeasureFile, file: string, index: number): Measure {
  const path = ["åtgärder", index];
  return {
    id: m.id,
    title: m.rubrik,
    description: m.beskrivning,
    focus: m.fokus ?? false,
    activity: m.aktivitet,
    action: m.åtgärd,
    status: m.status,
    deadline: deadlineFrom(m.klart_senast),
    responsible: asList(m.ansvarig),
    followUp: m.uppföljning && followUpFrom(m.uppföljning, file, [...path, "uppföljning"]),
    source: { file, path },
  };
}

function deadlineFrom(written: string | number | undefined): Deadline | undefined {
  if (written === undefined) return undefined;
  const parsed = parsePeriod(String(written));
  return parsed.ok ? { written: String(written), range: parsed.range } : undefined;
}

function followUpFrom(f: FollowUpFile, file: string, path: readonly PropertyKey[]): FollowUp {
  return {
    text: f.text,
    interval: f.intervall,
    date: f.datum,
    checkpoint: f.avstämning,
    by: asList(f.av),
    log: (f.logg ?? []).map((entry, j) => ({
      date: entry.datum,
      status: entry.status,
      comment: entry.kommentar,
      by: asList(entry.av),
      source: { file, path: [...path, "logg", j] },
    })),
    source: { file, path },
  };
}
