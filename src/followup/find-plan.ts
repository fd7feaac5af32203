/** `plan followup <plan>`: the argument is a plan file, or a plan id looked up among the files under plans/. */
import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { UsageError } from "../diagnostics/run-error.js";
import { type DiscoveredFile, discoverFiles, displayPath, PLAN_EXTENSIONS } from "../load/discover.js";
import { loadFileSync } from "../load/load-file.js";
import { quoteValue } from "../text/safe-text.js";
import { suggest } from "../text/suggest.js";

export const PLAN_DIRECTORY = "plans";

/** `root` is the project's folder, whose plans/ an id is looked up in (the working directory may be below it). */
export async function findPlanFile(argument: string, cwd: string, root: string = cwd): Promise<DiscoveredFile> {
  const absolute = resolve(cwd, argument);
  if (looksLikePath(argument) || existsSync(absolute)) {
    if (!existsSync(absolute)) throw new UsageError(`Filen finns inte: ${quoteValue(argument)}.`, 1);
    return { absolute, display: displayPath(cwd, absolute) };
  }
  const here = resolve(cwd, PLAN_DIRECTORY);
  const plans = existsSync(here) ? here : resolve(root, PLAN_DIRECTORY);
  if (!existsSync(plans)) {
    throw new UsageError(
      `Planen ${quoteValue(argument)} hittades inte: katalogen ${PLAN_DIRECTORY}/ finns inte här. Ange planfilen i stället.`,
      1,
    );
  }
  const files = await discoverFiles([plans], cwd);
  const ids = new Map<string, DiscoveredFile[]>();
  let unreadable = 0;
  for (const file of files) {
    const loaded = loadFileSync(file);
    const id = loaded.ok ? loaded.file.data.id : undefined;
    if (typeof id === "string") ids.set(id, [...(ids.get(id) ?? []), file]);
    else unreadable++;
  }
  const matches = ids.get(argument) ?? [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError(
      `Plan-id ${quoteValue(argument)} finns i flera filer (${matches.map((f) => f.display).join(", ")}); ange filen.`,
      1,
    );
  }
  const guess = suggest(argument, [...ids.keys()]);
  const hint = guess ? ` Menade du ${quoteValue(guess)}?` : "";
  // The plan may be in a file that cannot be read as YAML: say so rather than claim it does not exist.
  const note = unreadable ? ` (${unreadable} ${unreadable === 1 ? "fil" : "filer"} där kunde inte läsas; se plan check.)` : "";
  throw new UsageError(`Ingen plan med id ${quoteValue(argument)} i ${PLAN_DIRECTORY}/.${hint}${note}`, 1);
}

function looksLikePath(argument: string): boolean {
  return argument.includes("/") || argument.includes("\\") || PLAN_EXTENSIONS.includes(extname(argument).toLowerCase());
}
