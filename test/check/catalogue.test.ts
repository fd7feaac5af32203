/** Every diagnostic code the tool can emit is documented, so a user can look up any code they see. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/diagnostics/messages.js";
import { REPO } from "../helpers/paths.js";

describe("docs/diagnostics.md", () => {
  const doc = readFileSync(join(REPO, "docs", "diagnostics.md"), "utf8");
  it.each(Object.keys(CATALOGUE))("documents %s", (code) => {
    expect(doc).toContain(`\`${code}\``);
  });
});
