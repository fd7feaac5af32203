/** Output mode and language are pure functions of flags, environment and config. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Config } from "../config/defaults.js";
import { UsageError } from "../diagnostics/run-error.js";
import { isLang, type Lang } from "../text/lang.js";
import { quoteValue } from "../text/safe-text.js";
import { colorWanted } from "../text/styles.js";
import type { Io } from "./io.js";

export function resolveLang(flag: string | undefined, io: Io, config?: Config): Lang {
  const value = flag ?? io.env.PLAN_LANG ?? config?.lang ?? "sv";
  if (!isLang(value)) {
    const shown = quoteValue(value, 20);
    throw new UsageError(
      { sv: `Okänt språk ${shown}: välj sv eller en.`, en: `Unknown language ${shown}: choose sv or en.` },
      2,
      "option-invalid",
    );
  }
  return value;
}

/** Colour only in the text formats, and there as FORCE_COLOR, NO_COLOR and the terminal say (text/styles.ts). */
export function useColor(io: Io, format: string): boolean {
  return format === "text" && colorWanted(io.env, io.isTTY);
}

export function choice<T extends string>(value: string, valid: readonly T[], what: string): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  const shown = quoteValue(value, 30);
  throw new UsageError(
    {
      sv: `Okänt värde för ${what}: ${shown}. Giltiga: ${valid.join(", ")}.`,
      en: `Unknown value for ${what}: ${shown}. Valid: ${valid.join(", ")}.`,
    },
    2,
    "option-invalid",
  );
}

/** The project's folder: where plan.config.yaml was found (upward from the working directory, as git finds .git). */
export function projectRoot(config: Config, io: Io): string {
  return config.file ? dirname(config.file) : io.cwd;
}

/**
 * The paths a command reads: those given, or `plans/` here, or else the project's `plans/` (beside the config found
 * upward), so that a command works from any subfolder. Outside a project it says so and how to start one.
 */
export function planPaths(paths: readonly string[], config: Config, io: Io, _lang?: Lang): string[] {
  if (paths.length > 0) return [...paths];
  if (existsSync(join(io.cwd, "plans"))) return ["plans"];
  const plans = join(projectRoot(config, io), "plans");
  if (existsSync(plans)) return [plans];
  if (config.file) {
    throw new UsageError(
      {
        sv: `Projektet i ${dirname(config.file)} har ingen katalog plans/. Skapa en plan med plan new, eller ange filerna.`,
        en: `The project in ${dirname(config.file)} has no plans/ folder. Create a plan with plan new, or name the files.`,
      },
      2,
      "no-project",
    );
  }
  throw new UsageError(
    {
      sv: "Inget projekt här: varken plan.config.yaml (här eller uppåt) eller en katalog plans/. Starta ett med plan new --ansvar … --enhet …, eller ange filerna.",
      en: "No project here: neither plan.config.yaml (here or above) nor a plans/ folder. Start one with plan new --ansvar … --enhet …, or name the files.",
    },
    2,
    "no-project",
  );
}
