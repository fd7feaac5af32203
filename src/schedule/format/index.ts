/** The formats of `plan due --format <name>`; the keys are the accepted names. */
import type { DueFormatter } from "./context.js";
import { formatGithub } from "./github.js";
import { formatIcs } from "./ics.js";
import { formatJson } from "./json.js";
import { formatTable } from "./table.js";

export type { DueFormatContext, DueFormatter } from "./context.js";

export const dueFormatters = { table: formatTable, json: formatJson, github: formatGithub, ics: formatIcs } satisfies Record<string, DueFormatter>;

export type DueFormatName = keyof typeof dueFormatters;
