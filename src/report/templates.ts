/**
 * Finds the two templates a report is rendered with: the project's own (`templates/` next to plan.config.yaml,
 * or the folder given with --mallar) where it has them, else the ones shipped with the tool. Each file is
 * looked up on its own, so a municipality can change its wording without copying the page layout, or vice versa.
 * A template is the project's file: a --mallar folder or a template (through a symlink) outside the project folder
 * is refused, so a report never renders, or compiles, a file the project does not hold.
 */
import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../diagnostics/run-error.js";
import { displayPath } from "../load/discover.js";
import type { Lang } from "../text/lang.js";
import { escapeControl } from "../text/safe-text.js";

export const MARKDOWN_TEMPLATE = "rapport.md";
export const TYPST_TEMPLATE = "rapport.typ";

export interface TemplateFile {
  text: string;
  display: string;
}

/** The tool's own templates/ folder, from the source tree (src/report/) or from the bundle (dist/). */
export function builtinTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "templates", TYPST_TEMPLATE))) return join(dir, "templates");
    dir = dirname(dir);
  }
  throw new Error("verktygets mallar (templates/) hittades inte");
}

/** Whether `path` is `folder` or inside it, both with symlinks resolved. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(realpathSync(folder), realpathSync(path));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

export async function readTemplate(
  name: string,
  cwd: string,
  projectDir: string,
  explicitDir?: string,
  lang: Lang = "sv",
): Promise<TemplateFile> {
  const builtin = builtinTemplateDir();
  const candidates = explicitDir ? [resolve(cwd, explicitDir)] : [join(projectDir, "templates"), builtin];
  if (explicitDir) checkTemplateDir(candidates[0]!, explicitDir, projectDir, lang);
  for (const dir of candidates) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const display = displayPath(cwd, path);
    if (dir !== builtin && !isInside(path, projectDir)) {
      throw new UsageError(
        lang === "sv"
          ? `${escapeControl(display)}: mallen pekar utanför projektet (${escapeControl(projectDir)}); lägg mallen i projektets mapp.`
          : `${escapeControl(display)}: the template points outside the project (${escapeControl(projectDir)}); put it in the project's folder.`,
      );
    }
    return { text: (await readFile(path, "utf8")).replace(/^\uFEFF/, ""), display };
  }
  if (explicitDir) return readTemplate(name, cwd, projectDir, undefined, lang);
  throw new UsageError(lang === "sv" ? `Mallen ${name} hittades inte.` : `The template ${name} was not found.`);
}

function checkTemplateDir(dir: string, given: string, projectDir: string, lang: Lang): void {
  const shown = escapeControl(given);
  if (!existsSync(dir))
    throw new UsageError(lang === "sv" ? `Mallkatalogen finns inte: ${shown}` : `The template folder does not exist: ${shown}`);
  if (!isInside(dir, projectDir)) {
    throw new UsageError(
      lang === "sv"
        ? `--mallar pekar utanför projektet (${escapeControl(projectDir)}): ${shown}. Mallarna ska ligga i projektets mapp.`
        : `--mallar points outside the project (${escapeControl(projectDir)}): ${shown}. The templates must be in the project's folder.`,
    );
  }
}
