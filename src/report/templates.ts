/**
 * Finds the two templates a report is rendered with: the project's own (`templates/` next to plan.config.yaml,
 * or the folder given with --mallar) where it has them, else the ones shipped with the tool. Each file is
 * looked up on its own, so a municipality can change its wording without copying the page layout, or vice versa.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../diagnostics/run-error.js";
import { displayPath } from "../load/discover.js";

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

export async function readTemplate(name: string, cwd: string, projectDir: string, explicitDir?: string): Promise<TemplateFile> {
  const candidates = explicitDir ? [resolve(cwd, explicitDir)] : [join(projectDir, "templates"), builtinTemplateDir()];
  if (explicitDir && !existsSync(candidates[0]!)) throw new UsageError(`Mallkatalogen finns inte: ${explicitDir}`);
  for (const dir of candidates) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    return { text: (await readFile(path, "utf8")).replace(/^\uFEFF/, ""), display: displayPath(cwd, path) };
  }
  if (explicitDir) return readTemplate(name, cwd, projectDir);
  throw new UsageError(`Mallen ${name} hittades inte.`);
}
