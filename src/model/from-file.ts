/** The one place where the Swedish file vocabulary becomes the English domain model. */
import { parsePeriod } from "../dates/period.js";
import type { LoadedFile } from "../load/load-file.js";
import type { FollowUpFile, MeasureFile, PlanFile } from "../schema/plan-schema.js";
import type { Deadline, FollowUp, KeyFigure, Measure, Plan, Position, SourceRef } from "./types.js";

type SourceFile = Pick<LoadedFile, "display" | "format" | "body" | "locate">;

export function planFromFile(data: PlanFile, file: SourceFile): Plan {
  const doc = data.styrdokument ?? {};
  const source = (path: readonly PropertyKey[], fields: readonly string[]) => sourceRef(file, path, fields);
  const plan: Plan = {
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
    measures: data.åtgärder.map((m, i) => measureFrom(m, ["åtgärder", i], source)),
    prose: file.format === "markdown" ? file.body : (data.brödtext ?? ""),
    file: file.display,
    format: file.format,
    keyFigures: keyFiguresFrom(data.nyckeltal ?? []),
    source: sourceRef(file, [], ["id"], { revideras_senast: ["styrdokument", "revideras_senast"] }),
  };
  // Absent rather than undefined, as the file has them.
  if (data.ansvar !== undefined) plan.costCentre = data.ansvar;
  if (data.enhet !== undefined) plan.unit = data.enhet;
  if (data.år !== undefined) plan.year = data.år;
  return plan;
}

type Source = (path: readonly PropertyKey[], fields: readonly string[]) => SourceRef;

/**
 * Where a thing is, and its `fields` (keys under it) and `elsewhere` fields (by their own paths), for the steps that
 * point at them later: plan due's items, the report's references. An absent field is where the user would add it.
 */
function sourceRef(
  file: SourceFile,
  path: readonly PropertyKey[],
  fields: readonly string[],
  elsewhere: Readonly<Record<string, readonly PropertyKey[]>> = {},
): SourceRef {
  const position = (at: readonly PropertyKey[]) => {
    const { line, column } = file.locate(at);
    return { line, column };
  };
  const positions: Record<string, Position> = {};
  for (const key of fields) positions[key] = position([...path, key]);
  for (const [key, at] of Object.entries(elsewhere)) positions[key] = position(at);
  return { file: file.display, path, at: position(path), fields: positions };
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

function measureFrom(m: MeasureFile, path: readonly PropertyKey[], source: Source): Measure {
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
    followUp: m.uppföljning && followUpFrom(m.uppföljning, [...path, "uppföljning"], source),
    source: source(path, ["klart_senast"]),
  };
}

function deadlineFrom(written: string | number | undefined): Deadline | undefined {
  if (written === undefined) return undefined;
  const parsed = parsePeriod(String(written));
  return parsed.ok ? { written: String(written), range: parsed.range } : undefined;
}

function followUpFrom(f: FollowUpFile, path: readonly PropertyKey[], source: Source): FollowUp {
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
      source: source([...path, "logg", j], []),
    })),
    source: source(path, ["datum", "intervall", "avstämning"]),
  };
}
