/**
 * Finds `plan.config.yaml` by searching upward from the working directory, as linters find theirs, and reads it
 * with the same safe YAML reader as the plans. A broken config fails the run (exit 2) with its file and line.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import * as z from "zod/mini";
import { monthFromSwedishName } from "../dates/local-date.js";
import { CATALOGUE, type DiagnosticCode, type Params } from "../diagnostics/messages.js";
import { UsageError } from "../diagnostics/run-error.js";
import { displayPath } from "../load/discover.js";
import { locate } from "../load/locate.js";
import { parseYaml } from "../load/parse-yaml.js";
import { readPlanTextSync } from "../load/read-text.js";
import { schemaFindings } from "../schema/issues.js";
import { about } from "../schema/meta.js";
import { text } from "../schema/plan-schema.js";
import type { Texts } from "../text/lang.js";
import { type Config, DEFAULT_CONFIG, MAX_REMINDER_DAYS, normalRole, type Position } from "./defaults.js";

export const CONFIG_FILE_NAMES = ["plan.config.yaml", "plan.config.yml"];

/** The shape of plan.config.yaml; `about` gives editors the Swedish descriptions (`plan schema config`). */
export const configSchema = z.strictObject({
  organisation: about(z.optional(text), "Förvaltningen som äger handlingsplanerna; skrivs i rapportens sidhuvud.", [
    "Vård- och omsorgsförvaltningen",
  ]),
  nämnd: about(z.optional(text), "Nämnden som handlingsplanerna återrapporteras till.", ["Vård- och omsorgsnämnden"]),
  nämnd_förkortning: about(z.optional(text), "Nämndens förkortning, som i diarienummer (2023.027 VON).", ["VON"]),
  valuta: about(z.optional(text), "Beteckningen för belopp i nyckeltal.", ["mkr", "mnkr"]),
  språk: about(z.optional(z.enum(["sv", "en"])), "Språket i verktygets meddelanden: sv (standard) eller en.", ["sv"]),
  återrapportering: about(
    z.optional(z.array(z.union([z.string(), z.int().check(z.gte(1), z.lte(12))])).check(z.minLength(1))),
    "Månaderna då förvaltningen återrapporterar till nämnden: svenska månadsnamn eller nummer 1–12. Standard: maj och november.",
    [["maj", "november"]],
  ),
  roller: about(
    z.optional(z.record(z.string(), text)),
    "Roller: kod → fullständig titel. Första ordet i ansvarig, uppföljning.av och dokumentansvarig ska vara en kod härifrån.",
    [{ EC: "Enhetschef", AC: "Avdelningschef", FC: "Förvaltningschef" }],
  ),
  befattningar: about(
    z.optional(z.record(text, z.nullable(z.array(text)))),
    "Valfritt: varje ansvarig befattning en gång, med de andra stavningar planerna använder för den. Finns listan måste varje roll i planerna vara en av dem; plan due visar och filtrerar på namnet.",
    [{ "EC pers. ass": ["EC pers.ass.", "Enhetschef pers ass"], AC: null }],
  ),
  statusar: about(
    z.optional(z.record(z.string(), z.enum(["öppen", "avslutad"]))),
    "Statusar: status → öppen (återstår) eller avslutad (klar eller avbruten). En avslutad åtgärd har inget som förfaller.",
    [{ "ej påbörjad": "öppen", pågår: "öppen", klar: "avslutad", avbruten: "avslutad" }],
  ),
  påminnelse_dagar: about(
    z.optional(z.int().check(z.gte(0), z.lte(MAX_REMINDER_DAYS))),
    `Hur många dagar före en händelse kalendern i plan due --format ics påminner (0 = ingen påminnelse). Standard: ${DEFAULT_CONFIG.reminderDays}.`,
    [7],
  ),
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
    const at = `${shown}:${line}:${column}`;
    throw new UsageError(
      { sv: `${at}: konfigurationsfel [${code}]: ${detail.sv}`, en: `${at}: config error [${code}]: ${detail.en}` },
      2,
      "config-invalid",
    );
  };
  const read = readPlanTextSync(file);
  if (!read.ok) return fail(read.problem.code, 0, 0, both(read.problem.code, read.problem.params));
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
    ...(c.befattningar && { positions: positionsOf(c.befattningar, shown) }),
    statuses: c.statusar ?? DEFAULT_CONFIG.statuses,
    reminderDays: c.påminnelse_dagar ?? DEFAULT_CONFIG.reminderDays,
    file,
  };
}

type Fail = (code: DiagnosticCode, line: number, column: number, detail: Texts) => never;

/** A catalogue message in both languages: the config is read before the run's language is known. */
function both(code: DiagnosticCode, params: Params = {}): Texts {
  return { sv: CATALOGUE[code].sv(params), en: CATALOGUE[code].en(params) };
}

type ConfigFile = z.infer<typeof configSchema>;

function unknownMonth(c: ConfigFile): number {
  return (c.återrapportering ?? []).findIndex((m) => typeof m === "string" && !monthFromSwedishName(m));
}

/** The config's data, or a failure with the first problem at its position. */
function parsedConfig(text: string, fail: Fail): ConfigFile {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    return fail(p.code, p.at?.line ?? 0, p.at?.column ?? 0, both(p.code, p.params));
  }
  const data = parsed.value.data ?? {};
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const finding = schemaFindings(result.error, data, configSchema, "sv")[0]!;
    const at = locate(parsed.value, finding.path, finding.on);
    return fail(finding.code, at.line, at.column, both(finding.code, finding.params));
  }
  const bad = unknownMonth(result.data);
  if (bad === -1) return result.data;
  const at = locate(parsed.value, ["återrapportering", bad]);
  const month = String(result.data.återrapportering?.[bad]);
  return fail("schema-value", at.line, at.column, {
    sv: `återrapportering: okänd månad "${month}"; skriv t.ex. maj eller 5.`,
    en: `återrapportering: unknown month "${month}"; write e.g. maj or 5.`,
  });
}

/** `befattningar` as positions; a spelling under two of them (after normalising) would make a role ambiguous. */
function positionsOf(written: Record<string, string[] | null>, shown: string): Position[] {
  const positions = Object.entries(written).map(([name, spellings]) => ({ name, spellings: spellings ?? [] }));
  const owner = new Map<string, string>();
  for (const { name, spellings } of positions) {
    for (const spelling of [name, ...spellings]) {
      const key = normalRole(spelling);
      const other = owner.get(key);
      if (other !== undefined && other !== name) {
        throw new UsageError(
          {
            sv: `${shown}: konfigurationsfel: stavningen "${spelling}" står under både ${other} och ${name} i befattningar; en stavning hör till en befattning.`,
            en: `${shown}: config error: the spelling "${spelling}" is under both ${other} and ${name} in befattningar; a spelling belongs to one position.`,
          },
          2,
          "config-invalid",
        );
      }
      owner.set(key, name);
    }
  }
  return positions;
}
