/** The formats of `plan check --format <name>`; the keys of `formatters` are the accepted names. */
import { formatGithub } from "./format-github.js";
import { formatJson } from "./format-json.js";
import { formatSarif } from "./format-sarif.js";
import { formatText } from "./format-text.js";

export type { FormatContext, Formatter } from "./format-context.js";

export const formatters = { text: formatText, json: formatJson, github: formatGithub, sarif: formatSarif } as const;

export type FormatName = keyof typeof formatters;

export function isFormatName(s: unknown): s is FormatName {
  return typeof s === "string" && Object.hasOwn(formatters, s);
}
