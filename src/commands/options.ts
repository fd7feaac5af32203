/** Output mode and language are pure functions of flags, environment and config. */
import type { Config } from "../config/defaults.js";
import { UsageError } from "../diagnostics/run-error.js";
import { isLang, type Lang } from "../text/lang.js";
import type { Io } from "./io.js";

export function resolveLang(flag: string | undefined, io: Io, config?: Config): Lang {
  const value = flag ?? io.env.PLAN_LANG ?? config?.lang ?? "sv";
  if (!isLang(value)) throw new UsageError(`Okänt språk "${value.slice(0, 20)}": välj sv eller en.`);
  return value;
}

/** Colour only on a terminal, never with NO_COLOR (any value, per no-color.org), never in machine formats. */
export function useColor(io: Io, format: string): boolean {
  return format === "text" && io.isTTY && io.env.NO_COLOR === undefined;
}

export function choice<T extends string>(value: string, valid: readonly T[], what: string): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Okänt värde för ${what}: "${value.slice(0, 30)}". Giltiga: ${valid.join(", ")}.`);
}
