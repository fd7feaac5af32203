/**
 * The command-line shell: parses arguments with commander and hands each command to its module, imported only
 * when that command runs. `main` returns the exit code; errors become one line on stderr here and nowhere else.
 */
import { Command, CommanderError, Option } from "commander";
import { type Io, processIo } from "./commands/io.js";
import { VERSION } from "./commands/version.js";
import { EXIT, UsageError } from "./diagnostics/run-error.js";
import { escapeControl } from "./text/safe-text.js";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") {
      return EXIT.ok;
    }
    io.stderr(`plan: ${escapeControl(translateCommanderMessage(error))}\n`);
    return EXIT.failure;
  }
  if (error instanceof UsageError) {
    io.stderr(`plan: ${escapeControl(error.message)}\n`);
    return error.exitCode;
  }
  // A bug, not a user error: still one line, with what a bug report needs.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `plan: internt fel: ${escapeControl(message).slice(0, 300)} (plan ${VERSION}; rapportera gärna detta som en bugg, med kommandot)\n`,
  );
  return EXIT.failure;
}

function translateCommanderMessage(error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "commander.unknownOption":
      return `okänd flagga ${quoted}. Se plan --help.`;
    case "commander.unknownCommand":
      return `okänt kommando ${quoted}. Se plan --help.`;
    case "commander.missingArgument":
      return `argument saknas: ${quoted}. Se plan --help.`;
    case "commander.optionMissingArgument":
      return `flaggan ${quoted} behöver ett värde.`;
    case "commander.excessArguments":
      return "för många argument. Se plan --help.";
    default:
      return error.message.replace(/^error: /, "");
  }
}

const formatOption = (formats: string[], fallback = "text") =>
  new Option("-f, --format <format>", `utdataformat: ${formats.join(", ")}`).default(fallback);
const langOption = () => new Option("--lang <språk>", "meddelandenas språk: sv (standard) eller en; även PLAN_LANG");
const configOption = () => new Option("--config <fil>", "konfigurationsfil (annars söks plan.config.yaml uppåt)");

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("plan")
    .description("Handlingsplaner som kod: validera, följ upp och rapportera.")
    .version(VERSION, "-V, --version", "visa versionen")
    .helpOption("-h, --help", "visa hjälp")
    .helpCommand("help [kommando]", "visa hjälp för ett kommando")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} });

  program
    .command("check")
    .description("kontrollera planfilerna (standard: plans/)")
    .argument("[sökvägar...]", "filer eller kataloger")
    .addOption(formatOption(["text", "json", "github", "sarif"]))
    .addOption(langOption())
    .addOption(configOption())
    .action(async (paths: string[], options) => {
      const { runCheck } = await import("./commands/check.js");
      setExit(await runCheck(paths, options, io));
    });

  program
    .command("schema")
    .description("skriv JSON Schema för planformatet (för editorer)")
    .option("-o, --output <fil>", "skriv till en fil i stället för standard ut")
    .action(async (options) => {
      const { runSchema } = await import("./commands/schema.js");
      setExit(await runSchema(options, io));
    });

  program
    .command("due")
    .description("visa vad som är försenat eller snart ska följas upp (standard: plans/)")
    .argument("[sökvägar...]", "filer eller kataloger")
    .option("--today <datum>", "dagens datum, ÅÅÅÅ-MM-DD (standard: datorns datum; även PLAN_TODAY)")
    .option("--within <dagar>", "hur många dagar framåt som räknas som snart (standard: 14)")
    .option("--ansvarig <roll>", 'bara det som en roll ansvarar för, t.ex. EC eller "EC KTV"')
    .option("--plan <id>", "bara en plan")
    .option("--status <status>", "bara åtgärder med denna status")
    .addOption(formatOption(["table", "json", "github", "ics"], "table"))
    .option("--fail-on <läge>", "avsluta med kod 1 om något är overdue (försenat) eller due-soon (försenat eller snart)")
    .addOption(langOption())
    .addOption(configOption())
    .action(async (paths: string[], options) => {
      const { runDue } = await import("./commands/due.js");
      setExit(await runDue(paths, options, io));
    });

  program
    .command("followup")
    .description("för in en uppföljning i en planfil; resten av filen lämnas orörd")
    .argument("<plan>", "planens id eller fil")
    .argument("<åtgärd>", "åtgärdens id")
    .option("--datum <datum>", "uppföljningens datum, ÅÅÅÅ-MM-DD (standard: i dag; även PLAN_TODAY)")
    .option("--status <status>", "åtgärdens läge vid uppföljningen")
    .option("--kommentar <text>", "vad som kom fram")
    .option("--av <roll>", "vem som följde upp, t.ex. AC")
    .option("--ny-status <status>", "sätt också åtgärdens status")
    .addOption(langOption())
    .addOption(configOption())
    .action(async (plan: string, measure: string, options) => {
      const { runFollowup } = await import("./commands/followup.js");
      setExit(await runFollowup(plan, measure, options, io));
    });

  program
    .command("new")
    .description("skapa en ny handlingsplan för en enhet från mallen templates/ny-plan.yaml")
    .option("--ansvar <nummer>", "enhetens kostnadsställe (ansvar), t.ex. 81519")
    .option("--enhet <namn>", 'enhetens namn, t.ex. "Boendestöd Centrum"')
    .option("--id <id>", "planens id (standard: ansvar-<nummer>)")
    .option("--år <år>", "planens år (standard: i år)")
    .option("-o, --out <fil>", "filen som skapas (standard: plans/enheter/<id>.yaml)")
    .addOption(langOption())
    .addOption(configOption())
    .action(async (options) => {
      const { runNew } = await import("./commands/new.js");
      setExit(await runNew(options, io));
    });

  program
    .command("status")
    .description("översikt över alla planer: åtgärder per status, försenat, senaste uppföljning (standard: plans/)")
    .argument("[sökvägar...]", "filer eller kataloger")
    .option("--today <datum>", "dagens datum, ÅÅÅÅ-MM-DD (standard: datorns datum; även PLAN_TODAY)")
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .addOption(configOption())
    .action(async (paths: string[], options) => {
      const { runStatus } = await import("./commands/status.js");
      setExit(await runStatus(paths, options, io));
    });

  program
    .command("report")
    .description("skriv återrapporteringen till nämnden som Markdown, PDF, HTML och DOCX (standard: till out/)")
    .argument("[definition]", "rapportdefinitionen, t.ex. plans/rapporter/2025-05.md")
    .option("--period <månad>", "välj rapportdefinitionen för en månad, t.ex. 2025-05")
    .option("-o, --out <katalog>", "katalogen som rapporten skrivs till", "out")
    .addOption(
      new Option("-f, --format <format>", "utdataformat, ett eller flera med komma: md, pdf, html, docx").default("md,pdf,html,docx"),
    )
    .option("--mall <namn>", "vilket dokument: rapport (tjänsteskrivelsen, standard) eller protokollsutdrag")
    .option("--mallar <katalog>", "egna mallar (rapport.md, rapport.typ); standard: templates/ i projektet")
    .option("--today <datum>", "rapportdatum när definitionen saknar datum, ÅÅÅÅ-MM-DD (även PLAN_TODAY)")
    .option("--timeout <sekunder>", "avbryt PDF-kompileringen efter så här lång tid (standard: 60, eller PLAN_PDF_TIMEOUT)")
    .option("--strict", "skriv ingen rapport om någon fil har fel (annars lämnas filen utanför och rapporten blir ett utkast)")
    .addOption(langOption())
    .addOption(configOption())
    .action(async (definition: string | undefined, options) => {
      const { runReport } = await import("./commands/report.js");
      setExit(await runReport(definition, options, io));
    });

  for (const command of program.commands) command.exitOverride().helpOption("-h, --help", "visa hjälp");
  return program;
}
