/** One recorded follow-up (`uppföljning.logg[]`), keys in the order of docs/format.md. */
import type { IsoDate } from "../dates/local-date.js";

export interface LogEntry {
  datum: IsoDate;
  status?: string;
  kommentar?: string;
  av?: string;
}

export function logEntry(fields: { date: IsoDate; status?: string; comment?: string; by?: string }): LogEntry {
  return {
    datum: fields.date,
    ...(fields.status !== undefined && { status: fields.status }),
    ...(fields.comment !== undefined && { kommentar: fields.comment }),
    ...(fields.by !== undefined && { av: fields.by }),
  };
}
