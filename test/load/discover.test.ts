import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverFiles, displayPath } from "../../src/load/discover.js";
import { MAX_FILE_BYTES, readPlanTextSync } from "../../src/load/read-text.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "plan-discover-"));
  mkdirSync(join(root, "repo", "plans", "2024", "enheter"), { recursive: true });
  mkdirSync(join(root, "repo", "plans", ".git"));
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "repo", "plans", "a.md"), "---\nid: a\n---\n");
  writeFileSync(join(root, "repo", "plans", "2024", "b.yaml"), "id: b\n");
  writeFileSync(join(root, "repo", "plans", "2024", "enheter", "c.yml"), "id: c\n");
  writeFileSync(join(root, "repo", "plans", "README.md"), "# not a plan\n");
  writeFileSync(join(root, "repo", "plans", ".git", "d.md"), "hidden\n");
  writeFileSync(join(root, "repo", "plans", "..x.md"), "---\nid: x\n---\n");
  symlinkSync(join(root, "repo", "plans", "a.md"), join(root, "repo", "plans", "link.md"));
  writeFileSync(join(root, "outside", "e.md"), "---\nid: e\n---\n");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("discoverFiles", () => {
  it("shows each walked file as displayPath does, from the working directory, from a folder and from outside", async () => {
    const cwd = join(root, "repo");
    for (const given of [".", "plans", "plans/2024", "../outside"]) {
      const files = await discoverFiles([given], cwd);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(file.display).toBe(displayPath(cwd, file.absolute));
    }
    const shown = (await discoverFiles(["."], cwd)).map((f) => f.display);
    expect(shown).toEqual(["plans/..x.md", "plans/2024/b.yaml", "plans/2024/enheter/c.yml", "plans/a.md", "plans/link.md"]);
    expect((await discoverFiles(["../outside"], cwd)).map((f) => f.display)).toEqual([`${join(root, "outside", "e.md")}`]);
  });
});

describe("readPlanTextSync of a file a walk listed", () => {
  it("reads it", () => {
    expect(readPlanTextSync(join(root, "repo", "plans", "2024", "b.yaml"))).toEqual({ ok: true, text: "id: b\n" });
  });

  it("refuses one too large before reading it, and says so of one gone since it was listed", () => {
    const big = join(root, "big.md");
    writeFileSync(big, `---\nid: x\n---\n${"a".repeat(MAX_FILE_BYTES)}\n`);
    expect(readPlanTextSync(big)).toMatchObject({ ok: false, problem: { code: "file-too-large" } });
    expect(readPlanTextSync(join(root, "gone.md"))).toMatchObject({
      ok: false,
      problem: { code: "file-unreadable", params: { reason: "finns inte" } },
    });
  });
});
