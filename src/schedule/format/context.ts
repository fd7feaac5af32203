/** What every `plan due` format gets besides the items. */
import type { IsoDate } from "../../dates/local-date.js";
import type { Location } from "../../diagnostics/messages.js";
import type { Lang } from "../../i18n.js";
import type { OutputPiece } from "../../output/byte-batches.js";
import type { DueItem } from "../types.js";

export interface DueFormatContext {
  lang: Lang;
  color: boolean;
  today: IsoDate;
  within: number;
  /** Line and column of an item's field in its file. */
  locate(item: DueItem): Location;
  /** Role code → title, from the config, for the table's group headings. */
  roleTitles: Readonly<Record<string, string>>;
  /** The `--ansvarig` filter, so the table shows only that role's groups. */
  roleFilter?: string;
  /** Plan files that were not valid and therefore not looked at. */
  skippedFiles: readonly string[];
  toolVersion: string;
}

/**
 * The output in pieces of whole lines (text, or a table that writes its own bytes), written as they come, so ten
 * thousand plans never make one huge string.
 */
export type DueFormatter = (items: readonly DueItem[], ctx: DueFormatContext) => Iterable<OutputPiece>;
