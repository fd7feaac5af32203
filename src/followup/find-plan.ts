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
    if (!existsSync(absolute)) {
      const shown = quoteValue(argument);
      throw new UsageError({ sv: `Filen finns inte: ${shown}.`, en: `No such file: ${shown}.` }, 1, "path-missing");
    }
    return { absolute, display: displayPath(cwd, absolute) };
  }
  const here = resolve(cwd, PLAN_DIRECTORY);
  const plans = existsSync(here) ? here : resolve(root, PLAN_DIRECTORY);
  if (!existsSync(plans)) {
    const shown = quoteValue(argument);
    throw new UsageError(
      {
        sv: `Planen ${shown} hittades inte: katalogen ${PLAN_DIRECTORY}/ finns inte här. Ange planfilen i stället.`,
        en: `The plan ${shown} was not found: there is no ${PLAN_DIRECTORY}/ folder here. Give the plan file instead.`,
      },
      1,
      "plan-unknown",
    );
  }
  const files = await discoverFiles([plans], cwd);
  const ids = new Map<string, DiscoveredFile[]>();
  let unreadable = 0;
  for (const file of files) {
    const loaded = loadFileSync(file);
    // Only a file that cannot be read may hide the plan; a report definition (no id) is simply not one.
    if (!loaded.ok) unreadable++;
    const id = loaded.ok ? loaded.file.data.id : undefined;
    if (typeof id === "string") ids.set(id, [...(ids.get(id) ?? []), file]);
  }
  const matches = ids.get(argument) ?? [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = quoteValue(argument);
    const where = matches.map((f) => f.display).join(", ");
    throw new UsageError(
      {
        sv: `Plan-id ${shown} finns i flera filer (${where}); ange filen.`,
        en: `The plan id ${shown} is in several files (${where}); give the file.`,
      },
      1,
      "plan-unknown",
    );
  }
  const guess = suggest(argument, [...ids.keys()]);
  const shown = quoteValue(argument);
  // The plan may be in a file that cannot be read as YAML: say so rather than claim it does not exist.
  const files_ = (sv: string, en: string) => (unreadable === 1 ? sv : en);
  throw new UsageError(
    {
      sv:
        `Ingen plan med id ${shown} i ${PLAN_DIRECTORY}/.${guess ? ` Menade du ${quoteValue(guess)}?` : ""}` +
        (unreadable ? ` (${unreadable} ${files_("fil", "filer")} där kunde inte läsas; se plan check.)` : ""),
      en:
        `No plan with the id ${shown} in ${PLAN_DIRECTORY}/.${guess ? ` Did you mean ${quoteValue(guess)}?` : ""}` +
        (unreadable ? ` (${unreadable} ${unreadable === 1 ? "file" : "files"} there could not be read; see plan check.)` : ""),
    },
    1,
    "plan-unknown",
  );
}

function looksLikePath(argument: string): boolean {
  return argument.includes("/") || argument.includes("\\") || PLAN_EXTENSIONS.includes(extname(argument).toLowerCase());
}
