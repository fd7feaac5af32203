/**
 * A file that could not be written, as one line for the user: the path they named (never a temporary file's
 * name), what went wrong, and what to do. Exit 2, except the refusals of `plan followup` (a read-only plan,
 * another run holding its lock), which leave the plan as it was and exit 1 like its other refusals.
 */
import { UsageError } from "../diagnostics/run-error.js";
import { errorCode, FileWriteError } from "../files/write-error.js";
import { displayPath } from "../load/discover.js";
import { isLang, type Lang } from "../text/lang.js";
import { escapeControl } from "../text/safe-text.js";
import type { Io } from "./io.js";

type Words = { sv: string; en: string };

const REASONS: Record<string, Words> = {
  EACCES: {
    sv: "åtkomst nekad; kontrollera att du får skriva i filen och i katalogen",
    en: "permission denied; check that you may write the file and its folder",
  },
  EROFS: { sv: "filsystemet är skrivskyddat; välj en annan plats", en: "the file system is read-only; choose another place" },
  ENOSPC: { sv: "disken är full; frigör utrymme och försök igen", en: "the disk is full; free some space and try again" },
  EDQUOT: { sv: "diskkvoten är slut; frigör utrymme och försök igen", en: "the disk quota is used up; free some space and try again" },
  EISDIR: {
    sv: "det är en katalog; flytta eller ta bort den, eller ange en annan sökväg",
    en: "it is a folder; move or remove it, or give another path",
  },
  NOT_A_FOLDER: { sv: "det är en fil, inte en katalog; ange en katalog", en: "it is a file, not a folder; give a folder" },
  NOT_A_FILE: { sv: "det är ingen vanlig fil; ange en fil", en: "it is not a regular file; give a file" },
  ENOTDIR: {
    sv: "en del av sökvägen är en fil, inte en katalog; ange en katalog",
    en: "part of the path is a file, not a folder; give a folder",
  },
  // mkdir of a folder where a file of that name is.
  EEXIST: {
    sv: "en del av sökvägen är en fil, inte en katalog; ange en katalog",
    en: "part of the path is a file, not a folder; give a folder",
  },
  ENOENT: {
    sv: "katalogen finns inte; skapa den först eller ange en annan",
    en: "the folder does not exist; create it first or give another",
  },
  READ_ONLY: {
    sv: "filen är skrivskyddad; gör den skrivbar (chmod u+w) om den ska ändras",
    en: "the file is read-only; make it writable (chmod u+w) if it should change",
  },
  LOCKED: {
    sv: "en annan körning av plan skriver till filen just nu; försök igen om en stund",
    en: "another run of plan is writing to the file right now; try again in a moment",
  },
  EXISTS: { sv: "filen finns redan och skrivs inte över", en: "the file exists already and is not written over" },
  NOT_WRITTEN: {
    sv: "filen innehöll inte ändringen efter skrivningen; kontrollera filen och försök igen",
    en: "the file did not hold the change after writing; check the file and try again",
  },
};

const REFUSALS = new Set(["READ_ONLY", "LOCKED", "EXISTS"]);

export function writeFailure(error: unknown, cwd: string, lang: Lang, fallbackTarget?: string): UsageError {
  const code = errorCode(error);
  const target = error instanceof FileWriteError ? error.target : fallbackTarget;
  const shown = target === undefined ? "" : escapeControl(displayPath(cwd, target));
  const reason = REASONS[code]?.[lang] ?? (lang === "sv" ? `fel ${code}` : `error ${code}`);
  const unchanged = REFUSALS.has(code) ? (lang === "sv" ? " Filen är inte ändrad." : " The file was not changed.") : "";
  const message = lang === "sv" ? `Kunde inte skriva ${shown}: ${reason}.${unchanged}` : `Could not write ${shown}: ${reason}.${unchanged}`;
  const failure = new UsageError(message, REFUSALS.has(code) ? 1 : 2, "write-failed");
  failure.cause = error;
  return failure;
}

/** Runs a write; a failure becomes the one line above. Anything that is not a file error is left as it is. */
export async function writing<T>(work: () => Promise<T>, cwd: string, lang: Lang, target?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A system error (EACCES, ENOSPC, …) or one of ours; anything else is a bug and stays one.
    if (error instanceof FileWriteError || /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException)?.code))) {
      throw writeFailure(error, cwd, lang, target);
    }
    throw error;
  }
}

/** Standard output that could not be written (`> /dev/full`), as one line. */
export function outputFailure(code: string, lang: Lang): string {
  const reason = REASONS[code]?.[lang] ?? (lang === "sv" ? `fel ${code}` : `error ${code}`);
  return lang === "sv" ? `Kunde inte skriva till standard ut: ${reason}.` : `Could not write to standard output: ${reason}.`;
}

/** The language for a line written after the command: its --lang, else PLAN_LANG, else Swedish. */
export function outputLang(flag: unknown, io: Io): Lang {
  const value = typeof flag === "string" ? flag : io.env.PLAN_LANG;
  return isLang(value) ? value : "sv";
}
