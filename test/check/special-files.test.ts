/**
 * Files no one should ever hand to a YAML parser: made on the fly in a temporary folder, because git cannot hold
 * FIFOs or broken links. Each must become that file's own finding while the other files are still checked.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/load/read-text.js";
import { runCli } from "../helpers/run-cli.js";

const VALID = "id: ok\ntitel: T\nåtgärder: []\n";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-special-"));
  await writeFile(join(dir, "ok.yaml"), VALID);
  await writeFile(join(dir, "bom-crlf.yaml"), "\uFEFFid: bom\r\ntitel: Titel\r\nåtgärder: []\r\n");
  await writeFile(join(dir, "cp1252.yaml"), Buffer.from("id: x\ntitel: F\xf6rb\xe4ttring\n\u00e5tg\xe4rder: []\n", "latin1"));
  await writeFile(join(dir, "nul.yaml"), "id: x\ntitel: a\u0000b\nåtgärder: []\n");
  await writeFile(join(dir, "binary.yaml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 0, 0]));
  await writeFile(join(dir, "huge.yaml"), `id: x\ntitel: "${"a".repeat(MAX_FILE_BYTES)}"\n`);
  await symlink(join(dir, "missing.yaml"), join(dir, "broken.yaml"));
  await symlink(join(dir, "loop-b.yaml"), join(dir, "loop-a.yaml"));
  await symlink(join(dir, "loop-a.yaml"), join(dir, "loop-b.yaml"));
  await mkdir(join(dir, "folder.yaml"));
  execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function codes(...names: string[]) {
  const run = await runCli(["check", "--format", "json", ...names], { cwd: dir });
  const report = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; line: number }[] };
  return { run, byFile: Object.fromEntries(report.diagnostics.map((d) => [d.file, d.code])), report };
}

describe("plan check on files that are not plain UTF-8 plans", () => {
  it("accepts a UTF-8 BOM and CRLF line endings, with no stray \\r in any value", async () => {
    const run = await runCli(["check", "bom-crlf.yaml"], { cwd: dir });
    expect(run.exitCode).toBe(0);
  });

  it("reports each bad file and still checks the good one", async () => {
    const { run, byFile } = await codes(".");
    expect(run.exitCode).toBe(1);
    expect(byFile).toEqual({
      "binary.yaml": "file-binary",
      "broken.yaml": "file-broken-link",
      "cp1252.yaml": "file-encoding",
      "huge.yaml": "file-too-large",
      "loop-a.yaml": "file-link-loop",
      "loop-b.yaml": "file-link-loop",
      "nul.yaml": "file-control-char",
      "pipe.yaml": "file-not-regular",
    });
  });

  it("never opens a FIFO (it would hang) and names what it is", async () => {
    const run = await runCli(["check", "pipe.yaml"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("namngiven pipe");
  });

  it("names Windows-1252 and suggests saving as UTF-8", async () => {
    const run = await runCli(["check", "cp1252.yaml"], { cwd: dir });
    expect(run.stdout).toContain("Windows-1252");
    expect(run.stdout).toContain("UTF-8");
  });

  it("gives the line and column of a NUL", async () => {
    const { report } = await codes("nul.yaml");
    expect(report.diagnostics[0]).toMatchObject({ code: "file-control-char", line: 2 });
  });

  it("walks into a directory named like a plan rather than reading it", async () => {
    await writeFile(join(dir, "folder.yaml", "inner.yaml"), VALID.replace("ok", "inner"));
    const run = await runCli(["check", "folder.yaml"], { cwd: dir });
    expect(run.exitCode).toBe(0);
  });

  it("reports /dev/null given by name as not a regular file, without hanging", async () => {
    const run = await runCli(["check", "/dev/null", "ok.yaml"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("enhetsfil");
  });
});
