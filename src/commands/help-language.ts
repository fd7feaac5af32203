/**
 * The language of help, and commander's own words in Swedish ("Usage:" → "Användning:", "(default: x)" →
 * "(standard: x)"), through commander's Help hooks; the layout stays commander's.
 */
import type { Help } from "commander";
import type { Lang } from "../text/lang.js";
import type { Io } from "./io.js";

/** The language of help and of commander's errors, known before the arguments are parsed: flag, then PLAN_LANG. */
export function argvLang(argv: readonly string[], env: Io["env"]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = index < 0 ? env.PLAN_LANG : argv[index]!.includes("=") ? argv[index]!.slice(7) : argv[index + 1];
  return value === "en" ? "en" : "sv";
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
