/**
 * `plan import <file> [--out <plan file>]`: a Word plan (.docx, or saved as text or Markdown) as a plan file. The
 * result is checked like any plan before it is written, and is never written over an existing file; what could not
 * be mapped is kept in the file as comments and listed on stderr with its line (or paragraph) in the source.
 * Exit 0 written and valid; 1 written but `plan check` finds errors to fix, or the file exists; 2 not importable.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Config } from "../config/defaults.js";
import { loadConfig } from "../config/load-config.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { formatText } from "../diagnostics/format-text.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { writeFileAtomic } from "../files/write-atomic.js";
import { mapPlan } from "../import/map-plan.js";
import { problemText, warningText } from "../import/messages.js";
import { readSource } from "../import/read-source.js";
import type { ImportWarning } from "../import/types.js";
import { planFileText } from "../import/write-plan.js";
import { displayPath } from "../load/discover.js";
import { loadText } from "../load/load-file.js";
import type { Lang } from "../text/lang.js";
import { escapeControl } from "../text/safe-text.js";
import { checkLoaded } from "../validate/check-file.js";
import { checkFiles } from "../validate/check-files.js";
import type { Io } from "./io.js";
import { projectRoot, resolveLang } from "./options.js";
import { VERSION } from "./version.js";
import { writing } from "./write-failure.js";

export interface ImportCommandOptions {
  out?: string;
  id?: string;
  lang?: string;
  config?: string;
}

export async function runImport(file: string, options: ImportCommandOptions, io: Io): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const sv = lang === "sv";
  if (options.id !== undefined && !/^[a-z0-9åäö][a-z0-9åäö-]*$/.test(options.id)) {
    throw new UsageError(
      sv
        ? `Ogiltigt id: ${escapeControl(options.id)}. Skriv små bokstäver, siffror och bindestreck.`
        : `Invalid id: ${escapeControl(options.id)}. Use lower-case letters, digits and hyphens.`,
    );
  }
  const source = resolve(io.cwd, file);
  const sourceDisplay = escapeControl(displayPath(io.cwd, source));
  const read = await readSource(source);
  if (!read.ok) throw new UsageError(problemText(read.problem, sourceDisplay, lang), 2, "import-failed");

  const mapped = mapPlan(read.document, { roles: Object.keys(config.roles), statuses: Object.keys(config.statuses) }, options.id);
  if (!mapped.ok && mapped.reason === "too-many-measures") {
    const problem = { code: "source-too-many-measures", count: mapped.count, max: mapped.max } as const;
    throw new UsageError(problemText(problem, sourceDisplay, lang), 2, "import-failed");
  }
  if (!mapped.ok) {
    throw new UsageError(
      mapped.reason === "no-title"
        ? sv
          ? `${sourceDisplay} ser inte ut som en handlingsplan: dokumentet börjar inte med en rubrik.`
          : `${sourceDisplay} does not look like an action plan: the document does not start with a heading.`
        : sv
          ? `${sourceDisplay} ser inte ut som en handlingsplan: inga åtgärder (punkter under Åtgärdsplan eller rader i en Tidsplan).`
          : `${sourceDisplay} does not look like an action plan: no measures (bullets under Åtgärdsplan or rows of a Tidsplan).`,
    );
  }
  const { plan } = mapped;
  const warnings = [...mapped.warnings];
  if (read.document.notes.includes("windows-1252")) warnings.unshift({ code: "encoding-guessed", at: 0, params: {} });

  const target = options.out ? resolve(io.cwd, options.out) : resolve(projectRoot(config, io), "plans", `${plan.id}.md`);
  const display = displayPath(io.cwd, target);
  const format = /\.ya?ml$/i.test(target) ? "yaml" : "markdown";
  if (format === "markdown" && !/\.md$/i.test(target)) {
    throw new UsageError(
      sv ? `--out ska sluta på .md eller .yaml: ${escapeControl(display)}.` : `--out must end in .md or .yaml: ${escapeControl(display)}.`,
    );
  }
  const text = planFileText(plan, basename(source), format);
  io.stderr(warningLines(warnings, sourceDisplay, read.document.unit, lang));
  if (existsSync(target)) {
    io.stderr(
      sv
        ? `plan: ${escapeControl(display)} finns redan; plan import skriver aldrig över en fil. Välj en annan med --out.\n`
        : `plan: ${escapeControl(display)} already exists; plan import never overwrites a file. Choose another with --out.\n`,
    );
    return EXIT.findings;
  }

  // The id must be the project's only one: plan check would refuse two files with it.
  const taken = await planIdOwner(plan.id, projectRoot(config, io), io.cwd, config, lang);
  if (taken) {
    const shown = escapeControl(taken);
    io.stderr(
      sv
        ? `plan: planens id ${plan.id} används redan i ${shown}; välj ett annat med --id. Ingen fil skrevs.\n`
        : `plan: the plan id ${plan.id} is already used in ${shown}; choose another with --id. No file was written.\n`,
    );
    return EXIT.findings;
  }
  // Checked as it will be read: the import must not leave a file that fails `plan check` without saying so.
  const found = { absolute: target, display };
  const outcome = checkLoaded(found, () => loadText(found, text), config, lang);
  await writing(
    async () => {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, text);
    },
    io.cwd,
    lang,
    target,
  );
  const count = plan.measures.length;
  const failed = hasErrors(outcome.diagnostics);
  if (failed) io.stderr(formatText(outcome.diagnostics, { lang, color: false, filesChecked: 1, toolVersion: VERSION }));
  io.stdout(
    sv
      ? `Skrev ${escapeControl(display)}: ${count} åtgärder, ${warnings.length} varningar. ${failed ? "Rätta felen ovan och" : "Granska planen mot originalet och"} kontrollera med: npx plan check ${escapeControl(display)}\n`
      : `Wrote ${escapeControl(display)}: ${count} measures, ${warnings.length} warnings. ${failed ? "Fix the errors above and" : "Review the plan against the original and"} check it with: npx plan check ${escapeControl(display)}\n`,
  );
  return failed ? EXIT.findings : EXIT.ok;
}

/** The file under the project's plans/ that already has this plan id, if any. */
async function planIdOwner(id: string, root: string, cwd: string, config: Config, lang: Lang): Promise<string | undefined> {
  const plans = resolve(root, "plans");
  if (!existsSync(plans)) return undefined;
  const checked = await checkFiles({ paths: [plans], cwd, config, lang, keepDocuments: true });
  return checked.plans.find((plan) => plan.id === id)?.file;
}

function warningLines(warnings: readonly ImportWarning[], file: string, unit: "line" | "paragraph", lang: Lang): string {
  const word = lang === "sv" ? "varning" : "warning";
  return warnings
    .map((warning) => {
      const where =
        warning.at === 0
          ? file
          : unit === "line"
            ? `${file}:${warning.at}`
            : `${file} (${lang === "sv" ? "stycke" : "paragraph"} ${warning.at})`;
      return `${where}: ${word}: ${escapeControl(warningText(warning, lang))}\n`;
    })
    .join("");
}
