/** What every `plan due` format gets besides the items. */
import type { IsoDate } from "../../dates/local-date.js";
import type { Lang } from "../../text/lang.js";
import type { DueItem } from "../types.js";

export interface DueFormatContext {
  lang: Lang;
  color: boolean;
  today: IsoDate;
  within: number;
  /** Role code → title, from the config, for the table's group headings. */
  roleTitles: Readonly<Record<string, string>>;
  /** The `--ansvarig` filter, so the table shows only that role's groups. */
  roleFilter?: string;
  /** `roleFilter` is a position's name: only that role's group (see DueFilter.exactRole). */
  roleFilterExact?: boolean;
  /** Plan files that were not valid and therefore not looked at. */
  skippedFiles: readonly string[];
  /** Days before an event that the calendar reminds (config `påminnelse_dagar`, `--påminnelse`); 0 for none. */
  reminderDays: number;
  toolVersion: string;
}

/** The whole output of one format, for items sorted by due date (schedule/due-items.ts). */
export type DueFormatter = (items: readonly DueItem[], ctx: DueFormatContext) => string;
