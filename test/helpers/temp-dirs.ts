/**
 * Temporary folders that are removed again: `const tempDir = tempDirs()` at the top of a test file registers the
 * clean-up (after each test, or after all with "all", for folders made in beforeAll).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach } from "vitest";

export function tempDirs(when: "each" | "all" = "each"): (prefix: string) => Promise<string> {
  const made: string[] = [];
  const clean = async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  };
  if (when === "each") afterEach(clean);
  else afterAll(clean);
  return async (prefix) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
