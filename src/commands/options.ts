/** Output mode and language are pure functions of flags, environment and config. */
import type { Config } from "../config/defaults.js";
import { UsageError } from "../diagnostics/run-error.js";
import { isLang, type Lang } from "../text/lang.js";
import { colorWanted } from "../text/styles.js";
import type { Io } from "./io.js";

export function resolveLang(flag: string | undefined, io: Io, config?: Config): Lang {
  const value = flag ?? io.env.PLAN_LANG ?? config?.lang ?? "sv";
  if (!isLang(value)) throw new UsageError(`Okänt språk "${value.slice(0, 20)}": välj sv eller en.`);
  return value;
}

/** Colour only in the text formats, and there as FORCE_COLOR, NO_COLOR and the terminal say (text/styles.ts). */
export function useColor(io: Io, format: string): boolean {
  return format === "text" && colorWanted(io.env, io.isTTY);
}

export function choice<T extends string>(value: string, valid: readonly T[], what: string): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Okänt värde för ${what}: "${value.slice(0, 30)}". Giltiga: ${valid.join(", ")}.`);
}
