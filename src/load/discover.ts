/**
 * Turns the paths a user gives into the list of files to check. Directories are walked (not through symlinked
 * directories, so a link loop cannot trap the walk); anything that looks like a plan is listed, even a FIFO or a
 * broken link, so that it is reported rather than silently skipped. A path that does not exist fails the run.
 */
import { lstat, readdir } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { escapeControl } from "../diagnostics/safe-text.js";

export const PLAN_EXTENSIONS = [".md", ".yaml", ".yml"];
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  absolute: string;
  /** Relative to the working directory, with forward slashes, for messages. */
  display: string;
}

/** Relative to the working directory when inside it, else absolute: `../../x` helps no one. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join("/");
}

/** Files in a plans folder that are never plans: a README and the project config. */
const NOT_PLANS = new Set(["readme.md", "plan.config.yaml", "plan.config.yml"]);

export function isPlanFileName(name: string): boolean {
  return PLAN_EXTENSIONS.includes(extname(name).toLowerCase()) && !NOT_PLANS.has(name.toLowerCase());
}

export async function discoverFiles(paths: readonly string[], cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  const add = (absolute: string) => found.set(absolute, { absolute, display: displayPath(cwd, absolute) });
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = await lstat(absolute);
    } catch {
      throw new UsageError(`Sökvägen finns inte: ${escapeControl(given)}`);
    }
    if (info.isDirectory()) await walk(absolute, add);
    else add(absolute); // files, links, FIFOs, devices: listed, and judged when read
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

async function walk(dir: string, add: (absolute: string) => void): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) await walk(path, add);
    } else if (isPlanFileName(entry.name)) add(path);
  }
}
