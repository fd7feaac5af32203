/**
 * `plan followup <plan> <measure>`: records a follow-up in the plan file and, with `--ny-status`, the measure's new
 * status. The rest of the file stays byte for byte. Refuses (exit 1, file untouched) when the file is invalid before
 * or would be invalid after, when the plan or measure is unknown, when the date is not a real, past date, when the
 * file is read-only, or when another run holds its lock. The whole read-change-write runs under the plan's lock
 * (files/lock.ts), so that two runs at once never lose an entry.
 */
import { readFile, realpath } from "node:fs/promises";
import { dirname } from "node:path";
import type { Config } from "../config/defaults.js";
import { loadConfig } from "../config/load-config.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { formatText } from "../diagnostics/format-text.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { withFileLock } from "../files/lock.js";
import { removeStaleTemps } from "../files/scratch-names.js";
import { assertWritable } from "../files/writable.js";
import { writeFileAtomic } from "../files/write-atomic.js";
import { FileWriteError } from "../files/write-error.js";
import { logEntry } from "../followup/entry.js";
import { findPlanFile } from "../followup/find-plan.js";
import { recordFollowUp } from "../followup/record.js";
import { validateBytes } from "../followup/verify.js";
import type { DiscoveredFile } from "../load/discover.js";
import { formatOf } from "../load/load-file.js";
import { parseDateArgument, resolveToday } from "../schedule/resolve-today.js";
import type { Lang } from "../text/lang.js";
import { escapeControl, quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";
import { checkFiles } from "../validate/check-files.js";
import { roleCode } from "../validate/rules/roles.js";
import type { Io } from "./io.js";
import { projectRoot, resolveLang } from "./options.js";
import { VERSION } from "./version.js";
import { writing } from "./write-failure.js";

export interface FollowupCommandOptions {
  datum?: string;
  status?: string;
  kommentar?: string;
  av?: string;
  nyStatus?: string;
  lang?: string;
  config?: string;
}

export async function runFollowup(planArgument: string, measureId: string, options: FollowupCommandOptions, io: Io): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const today = resolveToday({ env: io.env, now: io.now });
  const date = options.datum === undefined ? today : parseDateArgument(options.datum, "--datum", 1);
  if (date > today) {
    throw new UsageError(`--datum ${date} ligger efter i dag (${today}); en uppföljning förs in när den är gjord.`, 1);
  }
  checkVocabulary(options, config);
  const file = await findPlanFile(planArgument, io.cwd, projectRoot(config, io));
  const refuse = (reason: string) => new UsageError(`${escapeControl(file.display)}: ${reason} Filen är inte ändrad.`, 1);
  // A symbolic link is written through: the lock, the temporary file and the check are the real file's.
  const destination = await realpath(file.absolute).catch(() => file.absolute);
  const record = async (): Promise<number> => {
    const before = await checkFiles({ paths: [file.absolute], cwd: io.cwd, config, lang });
    if (hasErrors(before.diagnostics)) {
      printDiagnostics(before.diagnostics, lang, io);
      throw refuse("filen är ogiltig redan före ändringen; rätta den först (plan check visar felen).");
    }
    const plan = before.plans[0];
    if (!plan) throw refuse("filen är ingen handlingsplan.");
    const measures = plan.measures;
    const measureIndex = measures.findIndex((m) => m.id === measureId);
    if (measureIndex === -1) {
      const guess = suggest(
        measureId,
        measures.map((m) => m.id),
      );
      throw refuse(`åtgärden ${quoteValue(measureId)} finns inte.${guess ? ` Menade du ${quoteValue(guess)}?` : ""}`);
    }

    const original = await readFile(destination);
    const status = options.status ?? options.nyStatus;
    const entry = logEntry({
      date,
      ...(status !== undefined && { status }),
      ...(options.kommentar !== undefined && { comment: options.kommentar }),
      ...(options.av !== undefined && { by: options.av.trim() }),
    });
    const result = recordFollowUp(original.toString("utf8"), formatOf(file.absolute), {
      measureIndex,
      entry,
      ...(options.nyStatus !== undefined && { newStatus: options.nyStatus }),
    });
    if (!result.ok) throw refuse(`${result.reason}.`);
    const bytes = Buffer.from(result.text, "utf8");
    const after = validateBytes(bytes, file, config, lang);
    if (after.length > 0) {
      printDiagnostics(after, lang, io);
      throw refuse("ändringen skulle göra filen ogiltig.");
    }
    await writeUnlessChanged(file, destination, original, bytes, refuse);
    const statusNote =
      options.nyStatus === undefined
        ? ""
        : `; status ${quoteValue(measures[measureIndex]!.status ?? "–")} → ${quoteValue(options.nyStatus)}`;
    const where = `${quoteValue(measureId)} ${lang === "sv" ? "i" : "in"} ${escapeControl(file.display)}${statusNote}`;
    io.stdout(lang === "sv" ? `Uppföljning ${date} införd för ${where}.\n` : `Follow-up ${date} recorded for ${where}.\n`);
    return EXIT.ok;
  };
  return writing(
    async () => {
      await assertWritable(destination, file.absolute);
      // Under the lock the file is read again and written once: two runs at once both land, or one refuses.
      return withFileLock(destination, file.absolute, async () => {
        await removeStaleTemps(dirname(destination));
        return record();
      });
    },
    io.cwd,
    lang,
    file.absolute,
  );
}

/** Another editor may have saved the file meanwhile: then write nothing rather than lose their change. */
async function writeUnlessChanged(
  file: DiscoveredFile,
  destination: string,
  original: Buffer,
  bytes: Buffer,
  refuse: (reason: string) => UsageError,
): Promise<void> {
  // An editor does not take our lock: if the file changed since it was read, write nothing rather than lose that.
  const current = await readFile(destination);
  if (!current.equals(original)) throw refuse("filen ändrades av någon annan under tiden; försök igen.");
  await writeFileAtomic(file.absolute, bytes);
  // Success is only said for an entry that is in the file.
  const written = await readFile(destination);
  if (!written.equals(bytes)) throw new FileWriteError(file.absolute, "NOT_WRITTEN");
}

/** Statuses and roles from the config, checked up front so that a typo gets a suggestion, not a validation error. */
function checkVocabulary(options: FollowupCommandOptions, config: Config): void {
  const statuses = Object.keys(config.statuses);
  for (const [flag, value] of [
    ["--status", options.status],
    ["--ny-status", options.nyStatus],
  ] as const) {
    if (value !== undefined && !statuses.includes(value)) throw unknownValue(flag, value, statuses);
  }
  if (options.av !== undefined) {
    const codes = Object.keys(config.roles);
    if (!codes.includes(roleCode(options.av))) throw unknownValue("--av", roleCode(options.av), codes);
  }
}

function unknownValue(flag: string, value: string, known: readonly string[]): UsageError {
  const guess = suggest(value, known);
  const hint = guess ? `Menade du ${quoteValue(guess)}?` : `Giltiga: ${known.join(", ")}.`;
  return new UsageError(`${flag} ${quoteValue(value, 30)} är okänd. ${hint} Ingen fil är ändrad.`, 1);
}

function printDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, io: Io): void {
  io.stderr(formatText(diagnostics, { lang, color: false, filesChecked: 1, toolVersion: VERSION }));
}
