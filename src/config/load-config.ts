/**
 * Finds `plan.config.yaml` by searching upward from the working directory, as linters find theirs, and reads it
 * with the same safe YAML reader as the plans. A broken config fails the run (exit 2) with its file and line.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import * as z from "zod/mini";
import { monthFromSwedishName } from "../dates/local-date.js";
import { CATALOGUE, type DiagnosticCode } from "../diagnostics/messages.js";
import { UsageError } from "../diagnostics/run-error.js";
import { displayPath } from "../load/discover.js";
import { locate } from "../load/locate.js";
import { parseYaml } from "../load/parse-yaml.js";
import { readPlanTextSync } from "../load/read-text.js";
import { schemaFindings } from "../schema/issues.js";
import { text } from "../schema/plan-schema.js";
import { type Config, DEFAULT_CONFIG } from "./defaults.js";

export const CONFIG_FILE_NAMES = ["plan.config.yaml", "plan.config.yml"];

const configSchema = z.strictObject({
  organisation: z.optional(text),
  nämnd: z.optional(text),
  nämnd_förkortning: z.optional(text),
  valuta: z.optional(text),
  språk: z.optional(z.enum(["sv", "en"])),
  återrapportering: z.optional(z.array(z.union([z.string(), z.int().check(z.gte(1), z.lte(12))])).check(z.minLength(1))),
  roller: z.optional(z.record(z.string(), text)),
  befattningar: z.optional(z.record(text, z.nullable(z.array(text)))),
  statusar: z.optional(z.record(z.string(), z.enum(["öppen", "avslutad"]))),
});

export function findConfigFile(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const file = explicit ?? findConfigFile(cwd);
  if (!file) return DEFAULT_CONFIG;
  const shown = displayPath(cwd, file);
  const fail: Fail = (code, line, column, detail) => {
    throw new UsageError(`${shown}:${line}:${column}: konfigurationsfel [${code}]: ${detail}`);
  };
  const read = readPlanTextSync(file);
  if (!read.ok) return fail(read.problem.code, 0, 0, CATALOGUE[read.problem.code].sv(read.problem.params ?? {}));
  const c = parsedConfig(read.text, fail);
  const reportMonths = (c.återrapportering ?? []).map((m) => (typeof m === "number" ? m : monthFromSwedishName(m)!));
  return {
    organisation: c.organisation ?? DEFAULT_CONFIG.organisation,
    committee: c.nämnd ?? DEFAULT_CONFIG.committee,
    committeeShort: c.nämnd_förkortning ?? DEFAULT_CONFIG.committeeShort,
    currency: c.valuta ?? DEFAULT_CONFIG.currency,
    lang: c.språk ?? DEFAULT_CONFIG.lang,
    reportMonths: reportMonths.length ? [...new Set(reportMonths)].sort((a, b) => a - b) : DEFAULT_CONFIG.reportMonths,
    roles: c.roller ?? DEFAULT_CONFIG.roles,
    ...(c.befattningar && {
      positions: Object.entries(c.befattningar).map(([name, spellings]) => ({ name, spellings: spellings ?? [] })),
    }),
    statuses: c.statusar ?? DEFAULT_CONFIG.statuses,
    file,
  };
}

type Fail = (code: DiagnosticCode, line: number, column: number, detail: string) => never;

type ConfigFile = z.infer<typeof configSchema>;

function unknownMonth(c: ConfigFile): number {
  return (c.återrapportering ?? []).findIndex((m) => typeof m === "string" && !monthFromSwedishName(m));
}

/** The config's data, or a failure with the first problem at its position. */
function parsedConfig(text: string, fail: Fail): ConfigFile {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    return fail(p.code, p.at?.line ?? 0, p.at?.column ?? 0, CATALOGUE[p.code].sv(p.params ?? {}));
  }
  const data = parsed.value.data ?? {};
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const finding = schemaFindings(result.error, data, configSchema, "sv")[0]!;
    const at = locate(parsed.value, finding.path, finding.on);
    return fail(finding.code, at.line, at.column, CATALOGUE[finding.code].sv(finding.params ?? {}));
  }
  const bad = unknownMonth(result.data);
  if (bad === -1) return result.data;
  const at = locate(parsed.value, ["återrapportering", bad]);
  const month = String(result.data.återrapportering?.[bad]);
  return fail("schema-value", at.line, at.column, `återrapportering: okänd månad "${month}"; skriv t.ex. maj eller 5.`);
}
