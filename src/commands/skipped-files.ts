/** For the commands that go on with the valid files (`due`, `status`): the errors of the others, and which they are. */
import { formatText } from "../diagnostics/format-text.js";
import type { Lang } from "../text/lang.js";
import { escapeControl } from "../text/safe-text.js";
import type { CheckResult } from "../validate/check-files.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

/** Prints the diagnostics of files that could not be used, and a line naming them; returns those files. */
export function reportSkipped(command: string, result: CheckResult, lang: Lang, io: Io): string[] {
  const valid = result.validFiles;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const skipped = [...new Set(errors.map((d) => d.file))].filter((f) => !valid.has(f));
  if (errors.length === 0) return skipped;
  io.stderr(formatText(errors, { lang, color: false, filesChecked: result.filesChecked, toolVersion: VERSION }));
  if (skipped.length) {
    const list = skipped.map((f) => escapeControl(f)).join(", ");
    io.stderr(
      lang === "sv" ? `plan ${command}: ogiltiga filer hoppades över: ${list}\n` : `plan ${command}: invalid files were skipped: ${list}\n`,
    );
  }
  return skipped;
}
