/**
 * bin/plan.js loads the bundle the build made (dist/plan.cjs) with the code cache the build saved for it
 * (dist/plan.cache). The cache is only a speed-up: with none, or one V8 will not take, plan answers the same.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";

let copy: string;

beforeAll(() => {
  // bin/ and dist/ beside each other, as in the repository, so the cache can be changed without touching the real one.
  copy = mkdtempSync(join(tmpdir(), "plan-bundle-"));
  cpSync(join(REPO, "bin"), join(copy, "bin"), { recursive: true });
  cpSync(join(REPO, "dist"), join(copy, "dist"), { recursive: true });
  writeFileSync(join(copy, "package.json"), '{ "type": "module" }\n');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

function cacheState(root: string): string {
  const loader = JSON.stringify(join(root, "bin", "load-bundle.js"));
  const probe = `const m = await import(${loader}); m.loadBundle(); console.log(m.codeCacheState());`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" }).stdout.trim();
}

function check(root: string) {
  const run = spawnSync(process.execPath, [join(root, "bin", "plan.js"), "check", "--format", "json", "."], {
    cwd: fixture("check-cases"),
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the bundle and its code cache", () => {
  it("uses the cache the build saved", () => {
    expect(cacheState(REPO)).toBe("used");
  });

  it("answers the same with a cache V8 refuses, and with none", () => {
    const expected = check(REPO);
    expect(expected.status).toBe(1);
    writeFileSync(join(copy, "dist", "plan.cache"), Buffer.from("not a code cache, nor anything V8 would take".repeat(50)));
    expect(cacheState(copy)).toBe("rejected");
    expect(check(copy)).toEqual(expected);
    rmSync(join(copy, "dist", "plan.cache"));
    expect(cacheState(copy)).toBe("missing");
    expect(check(copy)).toEqual(expected);
  });

  it("says in one line that a clone was never built, and exits 2", () => {
    rmSync(join(copy, "dist", "plan.cjs"));
    const run = check(copy);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^plan: det byggda programmet saknas \(.*plan\.cjs\): kör npm ci eller npm run build\n$/);
  });
});
