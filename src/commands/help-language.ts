/**
 * The language of help, and commander's own words in Swedish ("Usage:" → "Användning:", "(default: x)" →
 * "(standard: x)"), through commander's Help hooks; the layout stays commander's.
 */
import type { Help } from "commander";
import type { Lang } from "../text/lang.js";
import type { Io } from "./io.js";

/**
 * The language of help and of the run's errors, known before the arguments are parsed: `--lang`, then PLAN_LANG,
 * then the config's `språk` (the one `--config` names, or the one found upward); Swedish otherwise. A config that
 * cannot be read does not stop help: the command reports it when it runs.
 */
export async function runLang(argv: readonly string[], io: Io): Promise<Lang> {
  const value = optionValue(argv, "--lang") ?? io.env.PLAN_LANG;
  if (value !== undefined) return value === "en" ? "en" : "sv";
  // Imported here, not at start-up: `--lang` and PLAN_LANG need no config.
  const { loadConfig } = await import("../config/load-config.js");
  const config = await loadConfig(io.cwd, optionValue(argv, "--config")).catch(() => undefined);
  return config?.lang ?? "sv";
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes("=") ? arg.slice(name.length + 1) : argv[index + 1];
}

const TITLES: Record<string, string> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
  "Global Options:": "Globala flaggor:",
};

/** Commander's words in Swedish; its layout as it is. */
export function swedishHelp(): Partial<Help> {
  const extras = (description: string, defaultValue: unknown, shown: boolean) =>
    shown && defaultValue !== undefined ? `${description} (standard: ${String(defaultValue)})` : description;
  return {
    styleTitle: (title) => TITLES[title] ?? title,
    styleUsage: (usage) => usage.replace("[options]", "[flaggor]").replace("[command]", "[kommando]"),
    styleSubcommandTerm: (term) => term.replace("[options]", "[flaggor]"),
    optionDescription: (option) => extras(option.description, option.defaultValue, option.required || option.optional),
    argumentDescription: (argument) => extras(argument.description, argument.defaultValue, true),
  };
}
