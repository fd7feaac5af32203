/**
 * `plan followup <plan> <measure>`: records a follow-up in the plan file and, with `--ny-status`, the measure's new
 * status. The rest of the file stays byte for byte. Refuses (exit 1, file untouched) when the file is invalid before
 * or would be invalid after, when the plan or measure is unknown, when the date is not a real, past date, when the
 * file is read-only, or when another run holds its lock. The whole read-change-write runs under the plan's lock
 * (files/lock.ts), so that two runs at once never lose an entry.
 */
import { readFile, realpath } from "node:fs/promises";
import { dirname } from "node:path";
import { type Config, positionOf } from "../config/defaults.js";
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
  const t = (sv: string, en: string) => ({ sv, en });
  if (options.status === undefined && options.kommentar === undefined && options.nyStatus === undefined) {
    throw new UsageError(
      t(
        "Inget att föra in: ange --status (åtgärdens läge vid uppföljningen, skrivs i loggen), --kommentar, eller --ny-status (åtgärdens nya status).",
        "Nothing to record: give --status (the measure's state at the follow-up, written in the log), --kommentar, or --ny-status (the measure's new status).",
      ),
      2,
      "followup-empty",
    );
  }
  const today = resolveToday({ env: io.env, now: io.now });
  const date = options.datum === undefined ? today : parseDateArgument(options.datum, "--datum", 1);
  if (date > today) {
    throw new UsageError(
      t(
        `--datum ${date} ligger efter i dag (${today}); en uppföljning förs in när den är gjord.`,
        `--datum ${date} is after today (${today}); a follow-up is recorded once it is done.`,
      ),
      1,
      "followup-refused",
    );
  }
  checkVocabulary(options, config);
  const file = await findPlanFile(planArgument, io.cwd, projectRoot(config, io));
  const shown = escapeControl(file.display);
  const refuse = (reason: string, reasonEn: string, code: "followup-refused" | "measure-unknown" = "followup-refused") =>
    new UsageError(t(`${shown}: ${reason} Filen är inte ändrad.`, `${shown}: ${reasonEn} The file is unchanged.`), 1, code);
  // A symbolic link is written through: the lock, the temporary file and the check are the real file's.
  const destination = await realpath(file.absolute).catch(() => file.absolute);
  const record = async (): Promise<number> => {
    const before = await checkFiles({ paths: [file.absolute], cwd: io.cwd, config, lang });
    if (hasErrors(before.diagnostics)) {
      printDiagnostics(before.diagnostics, lang, io);
      throw refuse(
        "filen är ogiltig redan före ändringen; rätta den först (plan check visar felen).",
        "the file is invalid before the change; fix it first (plan check shows the errors).",
      );
    }
    const plan = before.plans[0];
    if (!plan) throw refuse("filen är ingen handlingsplan.", "the file is not an action plan.");
    const measures = plan.measures;
    const measureIndex = measures.findIndex((m) => m.id === measureId);
    if (measureIndex === -1) {
      const guess = suggest(
        measureId,
        measures.map((m) => m.id),
      );
      const id = quoteValue(measureId);
      throw refuse(
        `åtgärden ${id} finns inte.${guess ? ` Menade du ${quoteValue(guess)}?` : ""}`,
        `there is no measure ${id}.${guess ? ` Did you mean ${quoteValue(guess)}?` : ""}`,
        "measure-unknown",
      );
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
    if (!result.ok) throw refuse(`${result.reason}.`, `the entry cannot be spliced in without changing anything else (${result.reason}).`);
    const bytes = Buffer.from(result.text, "utf8");
    const after = validateBytes(bytes, file, config, lang);
    if (after.length > 0) {
      printDiagnostics(after, lang, io);
      throw refuse("ändringen skulle göra filen ogiltig.", "the change would make the file invalid.");
    }
    await writeUnlessChanged(file, destination, original, bytes, refuse);
    const statusNote =
      options.nyStatus === undefined
        ? ""
        : `; status ${quoteValue(measures[measureIndex]!.status ?? "–")} → ${quoteValue(options.nyStatus)}`;
    const where = `${quoteValue(measureId)} ${lang === "sv" ? "i" : "in"} ${escapeControl(file.display)}${statusNote}`;
    if (options.datum === undefined && io.env.PLAN_TODAY === undefined) {
      io.stderr(
        lang === "sv"
          ? `plan: --datum saknas; uppföljningen daterades i dag, ${date}.\n`
          : `plan: no --datum; the follow-up is dated today, ${date}.\n`,
      );
    }
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
  refuse: (reason: string, reasonEn: string) => UsageError,
): Promise<void> {
  // An editor does not take our lock: if the file changed since it was read, write nothing rather than lose that.
  const current = await readFile(destination);
  if (!current.equals(original)) {
    throw refuse("filen ändrades av någon annan under tiden; försök igen.", "someone else changed the file meanwhile; try again.");
  }
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
  if (options.av !== undefined && config.positions) {
    const names = config.positions.map((p) => p.name);
    if (!positionOf(config, options.av)) throw unknownValue("--av", options.av, names);
  } else if (options.av !== undefined) {
    const codes = Object.keys(config.roles);
    if (!codes.includes(roleCode(options.av))) throw unknownValue("--av", roleCode(options.av), codes);
  }
}

function unknownValue(flag: string, value: string, known: readonly string[]): UsageError {
  const guess = suggest(value, known);
  const shown = `${flag} ${quoteValue(value, 30)}`;
  const valid = known.join(", ");
  return new UsageError(
    {
      sv: `${shown} är okänd. ${guess ? `Menade du ${quoteValue(guess)}?` : `Giltiga: ${valid}.`} Ingen fil är ändrad.`,
      en: `${shown} is unknown. ${guess ? `Did you mean ${quoteValue(guess)}?` : `Valid: ${valid}.`} No file was changed.`,
    },
    1,
    "followup-refused",
  );
}

function printDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, io: Io): void {
  io.stderr(formatText(diagnostics, { lang, color: false, filesChecked: 1, toolVersion: VERSION }));
}
