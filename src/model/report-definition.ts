/** The one place where a report definition's Swedish keys become the English shape the report model is built from. */

import type { IsoDate } from "../dates/local-date.js";
import { parsePeriod } from "../dates/period.js";
import type { LoadedFile } from "../load/load-file.js";
import type { ReportDefinitionFile } from "../schema/report-schema.js";
import { type ParsedBody, parseBody } from "./report-body.js";
import type { Position } from "./types.js";

export interface ReportDefinition {
  title: string;
  /** The report-back month. */
  period: { year: number; month: number };
  /** The memo's date; absent while it is not yet set (a draft). */
  date?: IsoDate;
  committee?: string;
  registrationNumber?: string;
  paragraph?: number;
  meetingDate?: IsoDate;
  orderedBy?: { date?: IsoDate; paragraph?: number; committee?: string; registrationNumber?: string };
  /** Plan ids reported on; absent means every plan. */
  plans?: string[];
  keyFiguresFrom: string[];
  /** The department's own plan (`avdelningens_plan`), reported in a section of its own. */
  departmentPlan?: string;
  proposals: string[];
  signatories: { name: string; title: string }[];
  draft: boolean;
  body: ParsedBody;
  /** The file, as displayed and absolute, and the line its body starts on (for messages about the prose). */
  file: string;
  absolute: string;
  bodyStartLine: number;
  /** Where each id of `planer`, `nyckeltal_från` and `avdelningens_plan` is, for a message about an id no plan has. */
  positions: { plans: Position[]; keyFiguresFrom: Position[]; departmentPlan?: Position };
}

/** Expects a definition that `plan check` found valid (the period is a month). */
export function definitionFromFile(
  data: ReportDefinitionFile,
  file: Pick<LoadedFile, "absolute" | "display" | "body" | "bodyStartLine" | "locate">,
): ReportDefinition {
  const period = parsePeriod(data.period);
  if (!period.ok) throw new Error(`period ${data.period} är ingen månad`);
  const start = period.range.start;
  const u = data.uppdrag;
  return {
    title: data.titel,
    period: { year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) },
    ...(data.datum !== undefined && { date: data.datum }),
    ...(data.nämnd !== undefined && { committee: data.nämnd }),
    ...(data.diarienummer !== undefined && { registrationNumber: data.diarienummer }),
    ...(data.paragraf !== undefined && { paragraph: data.paragraf }),
    ...(data.sammanträde !== undefined && { meetingDate: data.sammanträde }),
    ...(u && {
      orderedBy: {
        ...(u.datum !== undefined && { date: u.datum }),
        ...(u.paragraf !== undefined && { paragraph: u.paragraf }),
        ...(u.nämnd !== undefined && { committee: u.nämnd }),
        ...(u.diarienummer !== undefined && { registrationNumber: u.diarienummer }),
      },
    }),
    ...(data.planer !== undefined && { plans: data.planer }),
    keyFiguresFrom: data.nyckeltal_från ?? [],
    ...(data.avdelningens_plan !== undefined && { departmentPlan: data.avdelningens_plan }),
    proposals: data.förslag_till_beslut,
    signatories: (data.underskrifter ?? []).map((s) => ({ name: s.namn ?? "", title: s.titel })),
    draft: data.utkast ?? false,
    body: parseBody(file.body),
    file: file.display,
    absolute: file.absolute,
    bodyStartLine: file.bodyStartLine,
    positions: {
      plans: (data.planer ?? []).map((_, i) => position(file.locate(["planer", i]))),
      keyFiguresFrom: (data.nyckeltal_från ?? []).map((_, i) => position(file.locate(["nyckeltal_från", i]))),
      ...(data.avdelningens_plan !== undefined && { departmentPlan: position(file.locate(["avdelningens_plan"])) }),
    },
  };
}

function position({ line, column }: Position): Position {
  return { line, column };
}
