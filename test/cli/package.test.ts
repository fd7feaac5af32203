/**
 * What `npm pack` ships is what a user installs: bin/plan.js, the bundle in dist/, the templates and the schema.
 * Unpacked beside the repository's node_modules (its dependencies, as npm would install them), it must run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, REPO } from "../helpers/paths.js";

let work: string;
let files: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "plan-pack-"));
  // --ignore-scripts: the test command has just built dist/, and a rebuild here would swap it under other tests.
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: REPO, encoding: "utf8" });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  files = packed!.files.map((file) => file.path);
  execFileSync("tar", ["-xzf", join(work, packed!.filename), "-C", work]);
  symlinkSync(join(REPO, "node_modules"), join(work, "package", "node_modules"), "dir");
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function plan(root: string, args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(root, "bin", "plan.js"), ...args], { cwd, encoding: "utf8" });
}

describe("the package", () => {
  it("holds the command, the bundle, the templates and the schemas, and neither sources nor tests", () => {
    const shipped = [
      "bin/plan.js",
      "dist/cli.js",
      "templates/rapport.typ",
      "templates/rapport.md",
      "plan.schema.json",
      "rapport.schema.json",
      "plan.config.schema.json",
      "package.json",
      "README.md",
    ];
    expect(files).toEqual(expect.arrayContaining(shipped));
    expect(files.filter((path) => /^(src|test|bench|scripts|plans)\//.test(path))).toEqual([]);
  });

  it("runs as installed: its version, and plan check on valid plans", () => {
    const root = join(work, "package");
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version;
    expect(plan(root, ["--version"], work).stdout.trim()).toBe(version);
    const run = plan(root, ["check", "."], fixture("check-valid"));
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/inga fel/);
    expect(run.status).toBe(0);
  });

  it("says in one line that a clone was never built, and exits 2", () => {
    const clone = join(work, "unbuilt");
    mkdirSync(clone);
    cpSync(join(REPO, "bin"), join(clone, "bin"), { recursive: true });
    cpSync(join(REPO, "package.json"), join(clone, "package.json"));
    const run = plan(clone, ["check"], clone);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("plan: inte byggt – kör npm install (eller npm run build) först\n");
    expect(run.status).toBe(2);
  });
});
