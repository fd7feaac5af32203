/**
 * The formats of `plan due --format <name>`. The table reads the compact plans themselves (table.ts); the others
 * take the items as one sorted list.
 */
import type { DueFormatter } from "./context.js";
import { formatGithub } from "./github.js";
import { formatIcs } from "./ics.js";
import { formatJson } from "./json.js";

export type { DueFormatContext, DueFormatter } from "./context.js";
export { formatTable } from "./table.js";

export const itemFormatters = { json: formatJson, github: formatGithub, ics: formatIcs } satisfies Record<string, DueFormatter>;

export const DUE_FORMATS = ["table", ...(Object.keys(itemFormatters) as (keyof typeof itemFormatters)[])] as const;

export type DueFormatName = (typeof DUE_FORMATS)[number];
