/**
 * The command-line shell: parses arguments with commander and hands each command to its module, imported only
 * when that command runs. `main` returns the exit code; errors become one line on stderr here and nowhere else.
 */
import { CommanderError } from "commander";
import { runLang } from "./commands/help-language.js";
import { type Io, processIo } from "./commands/io.js";
import { jsonError, jsonRequested } from "./commands/json-error.js";
import { buildProgram } from "./commands/program.js";
import { VERSION } from "./commands/version.js";
import { outputFailure, outputLang } from "./commands/write-failure.js";
import { EXIT, type RunErrorCode, UsageError } from "./diagnostics/run-error.js";
import type { Lang } from "./text/lang.js";
import { escapeControl } from "./text/safe-text.js";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = await runLang(argv, io);
  const program = buildProgram(io, lang, (code) => {
    exitCode = code;
  });
  // The format and language the command was given, once commander has parsed them (for a failure's wording).
  let parsed: { format?: unknown; lang?: unknown } | undefined;
  program.hook("preAction", (_program, command) => {
    parsed = command.opts();
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    const json = parsed ? parsed.format === "json" : jsonRequested(argv);
    exitCode = reportError(error, io, json, lang);
  }
  // Output that could not be written is a failed run, whatever the command found: one line, exit 2.
  const unwritten = await io.finish?.();
  if (unwritten === undefined) return exitCode;
  io.stderr(`plan: ${outputFailure(unwritten, outputLang(parsed?.lang, io))}\n`);
  return EXIT.failure;
}

function reportError(error: unknown, io: Io, json: boolean, lang: Lang): number {
  const fail = (code: RunErrorCode | "internal", message: string, exitCode: number) => {
    io.stderr(`plan: ${escapeControl(message)}\n`);
    if (json && exitCode === EXIT.failure) io.stdout(jsonError(code, message, exitCode));
    return exitCode;
  };
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
      return EXIT.ok;
    }
    return fail("usage", commanderMessage(error, lang), EXIT.failure);
  }
  if (error instanceof UsageError) return fail(error.code, error.text(lang), error.exitCode);
  // A bug, not a user error: still one line, with what a bug report needs.
  const message = error instanceof Error ? error.message : String(error);
  const detail = `${message.slice(0, 300)} (plan ${VERSION}`;
  return fail(
    "internal",
    lang === "sv"
      ? `internt fel: ${detail}; rapportera gärna detta som en bugg, med kommandot)`
      : `internal error: ${detail}; please report this as a bug, with the command)`,
    EXIT.failure,
  );
}

function commanderMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const sv = lang === "sv";
  switch (error.code) {
    case "commander.unknownOption":
      return sv ? `okänd flagga ${quoted}. Se plan --help.` : `unknown option ${quoted}. See plan --help.`;
    case "commander.unknownCommand":
      return sv ? `okänt kommando ${quoted}. Se plan --help.` : `unknown command ${quoted}. See plan --help.`;
    case "commander.missingArgument":
      return sv ? `argument saknas: ${quoted}. Se plan --help.` : `missing argument: ${quoted}. See plan --help.`;
    case "commander.optionMissingArgument":
      return sv ? `flaggan ${quoted} behöver ett värde.` : `the option ${quoted} needs a value.`;
    case "commander.excessArguments":
      return sv ? "för många argument. Se plan --help." : "too many arguments. See plan --help.";
    default:
      return error.message.replace(/^error: /, "");
  }
}
