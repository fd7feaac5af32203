/**
 * The few text styles of plan's terminal output, written by chalk: at level 1 (the 16 basic colours) with colour, at
 * level 0 (no codes at all) without. Whether there is colour is decided here too, from the environment and whether
 * the output is a terminal (colorWanted); chalk's own guess from the process is never used.
 *
 * Text is escaped before it is styled (text/safe-text.ts), so it holds no codes of its own.
 */
import { Chalk } from "chalk";

export type Style = (text: string) => string;

export interface Styles {
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  yellow: Style;
  green: Style;
  cyan: Style;
}

/** The styles for output with colour, or, without, styles that return the text as it is. */
export function styles(enabled: boolean): Styles {
  const c = new Chalk({ level: enabled ? 1 : 0 });
  return { bold: c.bold, dim: c.dim, underline: c.underline, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}

/**
 * Whether the user wants colour: `FORCE_COLOR` (https://force-color.org) turns it on whatever the output is, except
 * as `0` or `false`, which turn it off as chalk reads them; else a non-empty `NO_COLOR` (https://no-color.org)
 * turns it off; else colour on a terminal only. An empty value counts as unset for both.
 */
export function colorWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}
