/**
 * The document's metadata: the PDF's running header, title and author, and its creation date. The date is
 * fixed so that the same input gives the same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else midnight UTC of the report date.
 */
import type { ReportModel } from "../model/types.js";
import type { DocumentMeta } from "./blocks.js";

/** The document a shipped template makes, for the running header; a template of the project's own is a memo. */
const DOCUMENT_TYPES: Readonly<Record<string, string>> = { rapport: "Tjänsteskrivelse", protokollsutdrag: "Förslag till protokollsutdrag" };

export function documentMeta(model: ReportModel, sourceDateEpoch?: string, template = "rapport"): DocumentMeta {
  return {
    title: model.title,
    organisation: model.organisation,
    committee: model.committee,
    documentType: DOCUMENT_TYPES[template] ?? "Tjänsteskrivelse",
    date: model.date,
    ...(model.registrationNumber !== undefined && { registrationNumber: model.registrationNumber }),
    draft: model.draft,
    author: model.organisation,
    lang: "sv",
    created: creationTime(model.date, sourceDateEpoch),
  };
}

function creationTime(date: string, epoch: string | undefined): DocumentMeta["created"] {
  const seconds = epoch !== undefined && /^\d{1,12}$/.test(epoch.trim()) ? Number(epoch.trim()) : undefined;
  if (seconds !== undefined) {
    const t = new Date(seconds * 1000);
    return {
      year: t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
      hour: t.getUTCHours(),
      minute: t.getUTCMinutes(),
      second: t.getUTCSeconds(),
    };
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), hour: 0, minute: 0, second: 0 };
}

/** The same moment in seconds since 1970, for the compiler's own timestamp option. */
export function creationTimestamp(meta: DocumentMeta): number {
  const c = meta.created;
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) / 1000;
}
