/** The plan `plan import` builds, in the file's Swedish vocabulary, with what it could not map kept as notes. */
export interface ImportedFollowUp {
  text?: string;
  intervall?: string;
  datum?: string;
  avstämning?: string;
  av?: string[];
}

export interface ImportedMeasure {
  id: string;
  rubrik: string;
  beskrivning?: string;
  aktivitet?: string;
  åtgärd?: string;
  status?: string;
  klart_senast?: string;
  ansvarig?: string[];
  uppföljning?: ImportedFollowUp;
  /** Source text kept as comments above the measure (an original spelling, a column the format lacks). */
  notes: string[];
}

export interface ImportedPlan {
  id: string;
  titel: string;
  styrdokument: Record<string, string | null>;
  /** Metadata the format has no key for, kept as comments under `styrdokument`. */
  styrdokumentNotes: string[];
  measures: ImportedMeasure[];
  /** The prose sections, as Markdown below the front matter. */
  body: string;
  /** Blocks kept as comments at the top of the front matter (the table of contents, stray text). */
  notes: string[];
  /** Where the Åtgärdsplan and Tidsplan stood in the original, for the comment above `åtgärder`. */
  measureHeadings: string[];
  /** The Tidsplan's header row as written (its columns became the measures' keys). */
  timetableHeader: string[];
}

export type WarningCode =
  | "metadata-unknown"
  | "metadata-not-date"
  | "contents-kept"
  | "block-kept"
  | "timetable-no-header"
  | "column-unknown"
  | "row-unmatched"
  | "status-unknown"
  | "roles-rewritten"
  | "followup-several-dates"
  | "no-measures-heading"
  | "encoding-guessed";

export interface ImportWarning {
  code: WarningCode;
  /** Line (text) or paragraph (.docx) in the source; 0 for the file as a whole. */
  at: number;
  params: Record<string, string>;
}
