/**
 * Turns the paths a user gives into the list of files to check. Directories are walked (not through symlinked
 * directories, so a link loop cannot trap the walk); anything that looks like a plan is listed, even a FIFO or a
 * broken link, so that it is reported rather than silently skipped. A path that does not exist fails the run.
 */
import { lstatSync, readdirSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { escapeControl } from "../diagnostics/safe-text.js";

export const PLAN_EXTENSIONS = [".md", ".yaml", ".yml"];
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  absolute: string;
  /** Relative to the working directory, with forward slashes, for messages. */
  display: string;
  /** Listed by a directory walk as a regular file: it need not be looked at again before it is read (read-text.ts). */
  regular?: boolean;
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
  return PLAN_EXTENSIONS.includes(extensionOf(lower)) && !NOT_PLANS.has(lower);
}

/**
 * What path.extname gives for a file name (no separators): from its last dot, unless that is its first character
 * (or the name is "..").
 * Asked for every file of a run, where extname's general path walk showed in profiles.
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && name !== ".." ? name.slice(dot) : "";
}

/**
 * Synchronous, like the reads that follow: a plans folder is small, and awaiting each directory cost more than
 * reading it.
 */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = lstatSync(absolute);
    } catch {
      throw new UsageError(`Sökvägen finns inte: ${escapeControl(given)}`);
    }
    // files, links, FIFOs, devices: listed, and judged when read
    if (!info.isDirectory()) found.set(absolute, { absolute, display: displayPath(cwd, absolute) });
    else {
      // Its entries' display paths are its own and their names: what displayPath gives for each, without a
      // relative() per file. The working directory's own is "" (displayPath shows it absolute).
      walk(absolute, absolute === cwd ? "" : displayPath(cwd, absolute), found);
    }
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** `shown` is the directory's display path ("" for the working directory itself). */
function walk(dir: string, shown: string, found: Map<string, DiscoveredFile>): void {
  const prefix = shown === "" ? "" : `${shown}/`;
  // The directory is absolute and normalised (resolve), so its entries' paths are it and their names.
  const base = dir.endsWith(sep) ? dir : dir + sep;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = base + entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(path, prefix + entry.name, found);
    } else if (isPlanFileName(entry.name)) {
      found.set(path, entry.isFile() ? { absolute: path, display: prefix + entry.name, regular: true } : { absolute: path, display: prefix + entry.name });
    }
  }
}
