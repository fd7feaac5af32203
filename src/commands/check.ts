/** `plan check [paths…]`: validate plan files and print diagnostics. 0 valid, 1 invalid, 2 the run failed. */

import { loadConfig } from "../config/load-config.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { type FormatName, formatters } from "../diagnostics/formatters.js";
import { EXIT, UsageError } from "../diagnostics/run-error.js";
import { checkFiles } from "../validate/check-files.js";
import type { Io } from "./io.js";
import { choice, planPaths, resolveLang, useColor } from "./options.js";
import { VERSION } from "./version.js";

export interface CheckCommandOptions {
  format: string;
  lang?: string;
  config?: string;
}

export async function runCheck(paths: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const format = choice(options.format, Object.keys(formatters) as FormatName[], "--format");
  const config = await loadConfig(io.cwd, options.config);
  const lang = resolveLang(options.lang, io, config);
  const result = await checkFiles({ paths: planPaths(paths, config, io, lang), cwd: io.cwd, config, lang, keepDocuments: false });
  if (result.filesChecked === 0) {
    throw new UsageError(
      { sv: "Inga planfiler hittades (.md, .yaml, .yml).", en: "No plan files found (.md, .yaml, .yml)." },
      2,
      "no-plan-files",
    );
  }
  const output = formatters[format](result.diagnostics, {
    lang,
    color: useColor(io, format),
    filesChecked: result.filesChecked,
    toolVersion: VERSION,
  });
  io.stdout(output);
  return hasErrors(result.diagnostics) ? EXIT.findings : EXIT.ok;
}
