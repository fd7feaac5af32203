/**
 * `plan new --ansvar 81519 --enhet "…"`: a new unit plan from the template `ny-plan.yaml` (the project's
 * `templates/` first, then the tool's), with the metadata filled in, the schema line for editors and the comments
 * that say what to write. The file passes `plan check` as created (it is checked before it is written) and is never
 * written over an existing one. Exit 0 written; 1 the file exists; 2 a bad option or a template that fails the check.
 */
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { loadConfig } from "../config/load-config.js";
import { formatText } from "../diagnostics/format-text.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { removeStaleTemps } from "../files/scratch-names.js";
import { ensureFolder, writeFileAtomic } from "../files/write-atomic.js";
import { errorCode } from "../files/write-error.js";
import { displayPath } from "../load/discover.js";
import { loadText } from "../load/load-file.js";
import { readTemplate } from "../report/templates.js";
import { escapeControl } from "../text/safe-text.js";
import { checkLoaded } from "../validate/check-file.js";
import type { Io } from "./io.js";
import { projectRoot, resolveLang } from "./options.js";
import { VERSION } from "./version.js";
import { writing } from "./write-failure.js";

export interface NewCommandOptions {
  ansvar?: string;
  enhet?: string;
  id?: string;
  år?: string;
  out?: string;
  lang?: string;
  config?: string;
}

const TEMPLATE = "ny-plan.yaml";

const isCostCentre = (text: string) => /^\d+$/.test(text.trim());

/** On a terminal, what the options left out is asked for (three tries); elsewhere nothing is asked. */
async function askFor(io: Io, question: string, valid: (answer: string) => boolean): Promise<string | undefined> {
  if (!io.ask) return undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = (await io.ask(question))?.trim();
    if (answer === undefined) return undefined;
    if (valid(answer)) return answer;
  }
  return undefined;
}

export async function runNew(options: NewCommandOptions, io: Io): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const ansvar = (options.ansvar ?? (await askFor(io, "Enhetens kostnadsställe (ansvar), t.ex. 81519: ", isCostCentre)))?.trim();
  const enhet = (options.enhet ?? (await askFor(io, 'Enhetens namn, t.ex. "Boendestöd Centrum": ', Boolean)))?.trim();
  if (!ansvar || !isCostCentre(ansvar) || !enhet) {
    throw new UsageError(
      {
        sv: 'Ange enhetens kostnadsställe och namn: plan new --ansvar 81519 --enhet "Boendestöd Centrum".',
        en: 'Give the unit\'s cost centre and name: plan new --ansvar 81519 --enhet "Boendestöd Centrum".',
      },
      2,
      "option-invalid",
    );
  }
  const year = options.år === undefined ? io.now().getFullYear() : Number(options.år);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UsageError(
      { sv: `Ogiltigt år för --år: ${escapeControl(options.år ?? "")}.`, en: `Invalid year for --år: ${escapeControl(options.år ?? "")}.` },
      2,
      "option-invalid",
    );
  const id = options.id ?? `ansvar-${ansvar}`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new UsageError(
      {
        sv: `Ogiltigt id: ${escapeControl(id)}. Skriv små bokstäver, siffror och bindestreck.`,
        en: `Invalid id: ${escapeControl(id)}. Use lower-case letters, digits and hyphens.`,
      },
      2,
      "option-invalid",
    );

  const projectDir = projectRoot(config, io);
  const target = options.out ? resolve(io.cwd, options.out) : resolve(projectDir, "plans", "enheter", `${id}.yaml`);
  const display = displayPath(io.cwd, target);
  if (existsSync(target)) {
    io.stderr(`plan: ${escapeControl(display)} finns redan; plan new skriver aldrig över en fil. Välj --id eller --out.\n`);
    return EXIT.findings;
  }

  const template = await readTemplate(TEMPLATE, io.cwd, projectDir);
  const schema = relative(dirname(target), resolve(projectDir, "plan.schema.json")).replaceAll("\\", "/");
  const values: Record<string, string> = {
    schema,
    id,
    // As YAML double-quoted scalars (JSON strings are), so that no name can change the file's structure.
    titel: JSON.stringify(`Handlingsplan ${year} ${enhet}`),
    ansvar: JSON.stringify(ansvar),
    enhet: JSON.stringify(enhet),
    år: String(year),
  };
  const text = template.text.replace(/\{\{(\w+|år)\}\}/gu, (token, name: string) => values[name] ?? token);

  // The template is the project's to edit: a plan made from it must still pass the check, or nothing is written.
  const found = { absolute: target, display };
  const outcome = checkLoaded(found, () => loadText(found, text), config, lang);
  if (!outcome.document) {
    io.stderr(formatText(outcome.diagnostics, { lang, color: false, filesChecked: 1, toolVersion: VERSION }));
    throw new UsageError(
      {
        sv: `Mallen ${template.display} ger ingen giltig plan; ingen fil skrevs.`,
        en: `The template ${template.display} does not give a valid plan; no file was written.`,
      },
      2,
      "template-invalid",
    );
  }
  try {
    await writing(
      async () => {
        await ensureFolder(dirname(target));
        await removeStaleTemps(dirname(target));
        // Exclusive: a file made meanwhile by someone else is not written over either.
        await writeFileAtomic(target, text, { exclusive: true });
      },
      io.cwd,
      lang,
      target,
    );
  } catch (error) {
    if (!(error instanceof UsageError) || errorCode(error.cause) !== "EXISTS") throw error;
    io.stderr(`plan: ${escapeControl(display)} finns redan; plan new skriver aldrig över en fil. Välj --id eller --out.\n`);
    return EXIT.findings;
  }
  io.stdout(`Skrev ${escapeControl(display)}. Fyll i åtgärderna och kontrollera med: npx plan check ${escapeControl(display)}\n`);
  return EXIT.ok;
}
