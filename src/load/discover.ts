/**
 * Turns the paths a user gives into the list of files to check. Directories are walked (not through symlinked
 * directories, so a link loop cannot trap the walk); anything that looks like a plan is listed, even a FIFO or a
 * broken link, so that it is reported rather than silently skipped. A folder that cannot be listed is listed too,
 * with its problem, so that it becomes one finding and the rest of the walk goes on. A path that does not exist
 * fails the run.
 */
import { type Dirent, lstatSync, readdirSync, type Stats } from "node:fs";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../diagnostics/run-error.js";
import { isScratchName } from "../files/scratch-names.js";
import { escapeControl } from "../text/safe-text.js";
import { errorReason, type ReadProblem } from "./read-text.js";

export const PLAN_EXTENSIONS = [".md", ".yaml", ".yml"];
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  absolute: string;
  /** Relative to the working directory, with forward slashes, for messages. */
  display: string;
  /** Set when the walk could not list this folder: the finding to report instead of reading it. */
  problem?: ReadProblem;
}

/** Relative to the working directory when inside it, else absolute: `../../x` helps no one. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const outside = rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const shown = rel === "" || outside ? absolute : rel;
  return shown.split(sep).join("/");
}

/** Files in a plans folder that are never plans: a README and the project config. */
const NOT_PLANS = new Set(["readme.md", "plan.config.yaml", "plan.config.yml"]);

export function isPlanFileName(name: string): boolean {
  const lower = name.toLowerCase();
  // A temporary file or lock of a run that writes (files/scratch-names.ts) is never a plan, whatever its name ends in.
  return PLAN_EXTENSIONS.includes(extname(lower)) && !NOT_PLANS.has(lower) && !isScratchName(lower);
}

/** Every plan file under the given paths, sorted by display path; a path that does not exist fails the run. */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  const add = (absolute: string, problem?: ReadProblem) =>
    found.set(absolute, { absolute, display: displayPath(cwd, absolute), ...(problem ? { problem } : {}) });
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info: Stats;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A path that exists behind a folder we may not enter is a finding like any unreadable file, not "missing".
      if (code === "EACCES" || code === "EPERM") {
        add(absolute, { code: "file-unreadable", params: { reason: errorReason(error) } });
        continue;
      }
      const shown = escapeControl(given);
      throw new UsageError({ sv: `Sökvägen finns inte: ${shown}`, en: `No such path: ${shown}` }, 2, "path-missing");
    }
    // Files, links, FIFOs, devices: listed, and judged when read.
    if (info.isDirectory()) walk(absolute, add);
    else add(absolute);
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

function walk(dir: string, add: (absolute: string, problem?: ReadProblem) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    add(dir, { code: "folder-unreadable", params: { reason: errorReason(error) } });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(path, add);
    } else if (isPlanFileName(entry.name)) add(path);
  }
}
