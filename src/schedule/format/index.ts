/** The formats of `plan due --format <name>`: each a function of the sorted items and the context to one string. */
import type { DueFormatter } from "./context.js";
import { formatGithub } from "./github.js";
import { formatIcs } from "./ics.js";
import { formatJson } from "./json.js";
import { formatTable } from "./table.js";

export type { DueFormatContext, DueFormatter } from "./context.js";

export const formatters = { table: formatTable, json: formatJson, github: formatGithub, ics: formatIcs } satisfies Record<
  string,
  DueFormatter
>;

export type DueFormatName = keyof typeof formatters;

export const DUE_FORMATS = Object.keys(formatters) as DueFormatName[];
