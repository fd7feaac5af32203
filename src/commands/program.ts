/**
 * The commander program: every command, option and help text, in the run's language (Swedish, or English with
 * `--lang en` / PLAN_LANG=en), commander's own words ("Usage:", "(default: …)") included. Each command's module is
 * imported only when that command runs.
 */
import { Command, Option } from "commander";
import type { Lang } from "../text/lang.js";
import { swedishHelp } from "./help-language.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

export function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const t = (sv: string, en: string) => (lang === "sv" ? sv : en);
  const examples = (...lines: string[]) => `\n${t("Exempel:", "Examples:")}\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
  const paths = t("filer eller kataloger", "files or folders");
  const formatOption = (formats: string[], fallback = "text") =>
    new Option(`-f, --format <${t("format", "format")}>`, `${t("utdataformat", "output format")}: ${formats.join(", ")}`).default(fallback);
  const langOption = () =>
    new Option(
      `--lang <${t("språk", "language")}>`,
      t("meddelandenas språk: sv (standard) eller en; även PLAN_LANG", "language of messages: sv (default) or en; also PLAN_LANG"),
    );
  const configOption = () =>
    new Option(
      `--config <${t("fil", "file")}>`,
      t("konfigurationsfil (annars söks plan.config.yaml uppåt)", "config file (else plan.config.yaml is looked for upward)"),
    );
  const todayOption = (what: string, whatEn: string, fallback: string, fallbackEn: string) =>
    new Option(
      `--today <${t("datum", "date")}>`,
      t(`${what}, ÅÅÅÅ-MM-DD (${fallback}även PLAN_TODAY)`, `${whatEn}, YYYY-MM-DD (${fallbackEn}also PLAN_TODAY)`),
    );

  const program = new Command("plan")
    .description(t("Handlingsplaner som kod: validera, följ upp och rapportera.", "Action plans as code: validate, follow up and report."))
    .version(VERSION, "-V, --version", t("visa versionen", "show the version"))
    .helpOption("-h, --help", t("visa hjälp", "show help"))
    .helpCommand(t("help [kommando]", "help [command]"), t("visa hjälp för ett kommando", "show help for a command"))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} })
    .addHelpText("after", examples("plan check", "plan due --ansvarig EC", "plan report --period 2025-11", `plan help report`));

  program
    .command("check")
    .description(t("kontrollera planfilerna (standard: plans/)", "check the plan files (default: plans/)"))
    .argument(t("[sökvägar...]", "[paths...]"), paths)
    .addOption(formatOption(["text", "json", "github", "sarif"]))
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText("after", examples("plan check", "plan check plans/enheter/ansvar-81511.yaml", "plan check --format github   # CI"))
    .action(async (given: string[], options) => {
      const { runCheck } = await import("./check.js");
      setExit(await runCheck(given, options, io));
    });

  program
    .command("schema")
    .description(
      t(
        "skriv JSON Schema för planer, rapportdefinitioner eller konfigurationen (för editorer)",
        "write the JSON Schema of plans, report definitions or the config (for editors)",
      ),
    )
    .argument("[schema]", t("plan (standard), rapport eller config", "plan (default), rapport or config"))
    .option(
      `-o, --output <${t("fil", "file")}>`,
      t("skriv till en fil i stället för standard ut", "write to a file instead of standard output"),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText("after", examples("plan schema -o plan.schema.json", "plan schema config -o plan.config.schema.json"))
    .action(async (kind: string | undefined, options) => {
      const { runSchema } = await import("./schema.js");
      setExit(await runSchema(kind, options, io));
    });

  program
    .command("due")
    .description(
      t(
        "visa vad som är försenat eller snart ska följas upp (standard: plans/)",
        "show what is overdue or soon due for follow-up (default: plans/)",
      ),
    )
    .argument(t("[sökvägar...]", "[paths...]"), paths)
    .addOption(todayOption("dagens datum", "today's date", "standard: datorns datum; ", "default: the computer's; "))
    .option(
      `--within <${t("dagar", "days")}>`,
      t("hur många dagar framåt som räknas som snart (standard: 14)", "how many days ahead count as soon (default: 14)"),
    )
    .option(
      `--ansvarig <${t("roll", "role")}>`,
      t('bara det som en roll ansvarar för, t.ex. EC eller "EC KTV"', 'only what one role answers for, e.g. EC or "EC KTV"'),
    )
    .option("--plan <id>", t("bara en plan", "one plan only"))
    .option("--status <status>", t("bara åtgärder med denna status", "only measures with this status"))
    .addOption(formatOption(["table", "json", "github", "ics"], "table"))
    .option(
      `--påminnelse <${t("dagar", "days")}>`,
      t(
        "ics: påminnelse så många dagar före (standard: påminnelse_dagar i konfigurationen, annars 7; 0 = ingen)",
        "ics: a reminder so many days before (default: påminnelse_dagar of the config, else 7; 0 = none)",
      ),
    )
    .option(
      `--fail-on <${t("läge", "state")}>`,
      t(
        "avsluta med kod 1 om något är försenad (overdue) eller snart (due-soon: försenat eller snart)",
        "exit 1 if anything is overdue (försenad) or due-soon (snart: overdue or soon)",
      ),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      "after",
      examples(
        "plan due",
        "plan due --ansvarig EC --within 30",
        "plan due --fail-on försenad   # CI",
        "plan due --format ics > uppfoljningar.ics",
      ),
    )
    .action(async (given: string[], options) => {
      const { runDue } = await import("./due.js");
      setExit(await runDue(given, options, io));
    });

  program
    .command("followup")
    .description(
      t(
        "för in en uppföljning i en planfil; resten av filen lämnas orörd",
        "record a follow-up in a plan file; the rest of the file is left as it is",
      ),
    )
    .argument("<plan>", t("planens id eller fil", "the plan's id or file"))
    .argument(t("<åtgärd>", "<measure>"), t("åtgärdens id", "the measure's id"))
    .option(
      `--datum <${t("datum", "date")}>`,
      t(
        "uppföljningens datum, ÅÅÅÅ-MM-DD (standard: i dag; även PLAN_TODAY)",
        "the follow-up's date, YYYY-MM-DD (default: today; also PLAN_TODAY)",
      ),
    )
    .option(
      "--status <status>",
      t("åtgärdens läge vid uppföljningen (skrivs i loggen)", "the measure's state at the follow-up (written in the log)"),
    )
    .option(`--kommentar <${t("text", "text")}>`, t("vad som kom fram", "what came out of it"))
    .option(`--av <${t("roll", "role")}>`, t("vem som följde upp, t.ex. AC", "who followed up, e.g. AC"))
    .option("--ny-status <status>", t("sätt också åtgärdens status", "also set the measure's status"))
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      "after",
      examples(
        'plan followup ansvar-81511 sjukfranvaro --status pågår --kommentar "7,9 % i april" --av EC',
        "plan followup plans/enheter/ansvar-81511.yaml sjukfranvaro --ny-status klar",
      ),
    )
    .action(async (plan: string, measure: string, options) => {
      const { runFollowup } = await import("./followup.js");
      setExit(await runFollowup(plan, measure, options, io));
    });

  program
    .command("new")
    .description(
      t(
        "skapa en ny handlingsplan för en enhet från mallen templates/ny-plan.yaml",
        "create a new unit plan from the template templates/ny-plan.yaml",
      ),
    )
    .option(
      `--ansvar <${t("nummer", "number")}>`,
      t("enhetens kostnadsställe (ansvar), t.ex. 81519", "the unit's cost centre (ansvar), e.g. 81519"),
    )
    .option(`--enhet <${t("namn", "name")}>`, t('enhetens namn, t.ex. "Boendestöd Centrum"', 'the unit\'s name, e.g. "Boendestöd Centrum"'))
    .option("--id <id>", t("planens id (standard: ansvar-<nummer>)", "the plan's id (default: ansvar-<number>)"))
    .option(`--år <${t("år", "year")}>`, t("planens år (standard: i år)", "the plan's year (default: this year)"))
    .option(
      `-o, --out <${t("fil", "file")}>`,
      t("filen som skapas (standard: plans/enheter/<id>.yaml)", "the file to create (default: plans/enheter/<id>.yaml)"),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      "after",
      examples(
        'plan new --ansvar 81519 --enhet "Boendestöd Centrum"',
        `plan new   # ${t("frågar efter det som saknas, i en terminal", "asks for what is missing, in a terminal")}`,
      ),
    )
    .action(async (options) => {
      const { runNew } = await import("./new.js");
      setExit(await runNew(options, io));
    });

  program
    .command("import")
    .description(
      t(
        "gör en handlingsplan i Word (.docx, eller sparad som text eller Markdown) till en planfil",
        "turn a Word action plan (.docx, or saved as text or Markdown) into a plan file",
      ),
    )
    .argument(t("<fil>", "<file>"), t("Word-dokumentet eller textfilen", "the Word document or text file"))
    .option(
      `-o, --out <${t("fil", "file")}>`,
      t("planfilen som skapas (standard: plans/<id>.md)", "the plan file to create (default: plans/<id>.md)"),
    )
    .option("--id <id>", t("planens id (standard: efter titeln)", "the plan's id (default: from the title)"))
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      "after",
      examples("plan import Handlingsplan.docx", "plan import handlingsplan.txt --id avdelningen-pa --out plans/avdelningen-pa.md"),
    )
    .action(async (file: string, options) => {
      const { runImport } = await import("./import.js");
      setExit(await runImport(file, options, io));
    });

  program
    .command("status")
    .description(
      t(
        "översikt över alla planer: åtgärder per status, försenat, senaste uppföljning (standard: plans/)",
        "overview of every plan: measures by status, overdue, last follow-up (default: plans/)",
      ),
    )
    .argument(t("[sökvägar...]", "[paths...]"), paths)
    .addOption(todayOption("dagens datum", "today's date", "standard: datorns datum; ", "default: the computer's; "))
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText("after", examples("plan status", "plan status --format json"))
    .action(async (given: string[], options) => {
      const { runStatus } = await import("./status.js");
      setExit(await runStatus(given, options, io));
    });

  program
    .command("report")
    .description(
      t(
        "skriv återrapporteringen till nämnden som Markdown, PDF, HTML och DOCX (standard: till out/)",
        "write the report-back to the committee as Markdown, PDF, HTML and DOCX (default: into out/)",
      ),
    )
    .argument(
      "[definition]",
      t("rapportdefinitionen, t.ex. plans/rapporter/2025-05.md", "the report definition, e.g. plans/rapporter/2025-05.md"),
    )
    .option(
      `--period <${t("månad", "month")}>`,
      t("välj rapportdefinitionen för en månad, t.ex. 2025-05", "pick the report definition of a month, e.g. 2025-05"),
    )
    .option(`-o, --out <${t("katalog", "folder")}>`, t("katalogen som rapporten skrivs till", "the folder the report is written to"), "out")
    .addOption(
      new Option(
        "-f, --format <format>",
        t("utdataformat, ett eller flera med komma: md, pdf, html, docx", "output formats, one or more with commas: md, pdf, html, docx"),
      ).default("md,pdf,html,docx"),
    )
    .option(
      `--mall <${t("namn", "name")}>`,
      t(
        "vilket dokument: rapport (tjänsteskrivelsen, standard) eller protokollsutdrag",
        "which document: rapport (the memo, default) or protokollsutdrag",
      ),
    )
    .option(
      `--mallar <${t("katalog", "folder")}>`,
      t(
        "egna mallar (rapport.md, rapport.typ); standard: templates/ i projektet",
        "your own templates (rapport.md, rapport.typ); default: the project's templates/",
      ),
    )
    .addOption(todayOption("rapportdatum när definitionen saknar datum", "the report date when the definition has none", "", ""))
    .option(
      `--timeout <${t("sekunder", "seconds")}>`,
      t(
        "avbryt PDF-kompileringen efter så här lång tid (standard: 60, eller PLAN_PDF_TIMEOUT)",
        "stop the PDF compilation after this long (default: 60, or PLAN_PDF_TIMEOUT)",
      ),
    )
    .option(
      "--strict",
      t(
        "skriv ingen rapport om någon fil har fel (annars lämnas filen utanför och rapporten blir ett utkast)",
        "write no report if any file has errors (else the file is left out and the report is a draft)",
      ),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      "after",
      examples(
        "plan report --period 2025-11",
        "plan report plans/rapporter/2025-05.md --format pdf,docx",
        "plan report --period 2025-11 --mall protokollsutdrag",
      ),
    )
    .action(async (definition: string | undefined, options) => {
      const { runReport } = await import("./report.js");
      setExit(await runReport(definition, options, io));
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    if (lang === "sv") command.configureHelp(swedishHelp());
  }
  for (const command of program.commands) command.helpOption("-h, --help", t("visa hjälp", "show help"));
  return program;
}
