/**
 * Files that are not plain UTF-8 plans, and folders that cannot be read: one clear finding each, with a position
 * where there is one, and every other file still checked.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/load/read-text.js";
import { REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

interface Reported {
  code: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  file: string;
}

let dir: string;
const VALID = "id: ok\ntitel: Förbättring\nåtgärder: []\n";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-reading-"));
  // Reachable by user nobody, for the permission tests.
  chmodSync(dir, 0o755);
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function check(name: string, bytes: string | Buffer, lang = "sv"): Promise<Reported[]> {
  writeFileSync(join(dir, name), bytes);
  const run = await runCli(["check", "--format", "json", "--lang", lang, name], { cwd: dir });
  expect(run.exitCode).toBe(1);
  return (JSON.parse(run.stdout) as { diagnostics: Reported[] }).diagnostics;
}

describe("encodings", () => {
  const utf16le = (s: string) => Buffer.from(s, "utf16le");
  const utf16be = (s: string) => utf16le(s).swap16();
  it.each([
    ["with a BOM, little endian", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(VALID)]), "UTF-16 LE"],
    ["without a BOM, little endian", utf16le(VALID), "UTF-16 LE"],
    ["with a BOM, big endian", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(VALID)]), "UTF-16 BE"],
    ["without a BOM, big endian", utf16be(VALID), "UTF-16 BE"],
  ])("names UTF-16 %s and says how to save as UTF-8, never 'binär'", async (_, bytes, name) => {
    const [d] = await check("utf16.yaml", bytes);
    expect(d).toMatchObject({ code: "file-encoding" });
    expect(d!.message).toContain(name);
    expect(d!.message).not.toContain("binär");
    expect(d!.hint).toMatch(/UTF-8.*(VS Code|Anteckningar)/);
  });

  it("gives the line and column of the first Windows-1252 byte", async () => {
    const [d] = await check("cp1252.yaml", Buffer.from("id: ok\r\ntitel: F\xf6rb\xe4ttring\nåtgärder: []\n", "latin1"));
    expect(d).toMatchObject({ code: "file-encoding", line: 2, column: 9 });
    expect(d!.message).toContain("Windows-1252");
  });

  it("skips a real U+FFFD before the bad byte when counting the column", async () => {
    const bytes = Buffer.concat([Buffer.from("id: ok\ntitel: \ufffd x "), Buffer.from([0xf6]), Buffer.from("\n")]);
    expect((await check("fffd.yaml", bytes))[0]).toMatchObject({ code: "file-encoding", line: 2, column: 12 });
  });
});

describe("front matter and empty files", () => {
  it("does not take `----` on line 1 for front matter in the language '-'", async () => {
    const [d] = await check("dashes.md", "----\nid: a\n----\n");
    expect(d).toMatchObject({ code: "front-matter-missing", line: 1, column: 1 });
  });

  it("suggests a plan new that exists, with the options it needs", async () => {
    const [d] = await check("empty.yaml", "");
    expect(d!.hint).toContain('plan new --ansvar <nummer> --enhet "<namn>"');
    const help = await runCli(["new", "--help"], { cwd: dir }).catch(() => undefined);
    expect(help?.stdout ?? "").toMatch(/--ansvar[\s\S]*--enhet/);
  });
});

describe("aliases", () => {
  it("gives a YAML alias bomb one finding for the file, not one per alias", async () => {
    let text = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (let i = 0, prev = "a"; i < 9; i++, prev = `b${i - 1}`) text += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(", ")}]\n`;
    const found = await check("bomb.yaml", text);
    expect(found).toEqual([expect.objectContaining({ code: "yaml-alias", line: 1, column: 7 })]);
  });
});

describe("size before reading, on every path", () => {
  it("refuses a 300 MB sparse file found by walking a folder without reading it", async () => {
    mkdirSync(join(dir, "walk"), { recursive: true });
    writeFileSync(join(dir, "walk", "ok.yaml"), VALID);
    writeFileSync(join(dir, "walk", "huge.yaml"), "");
    truncateSync(join(dir, "walk", "huge.yaml"), 300 * 1024 * 1024);
    const rssBefore = process.resourceUsage().maxRSS;
    const started = Date.now();
    const run = await runCli(["check", "--format", "json", "walk"], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(5000);
    // maxRSS is in kilobytes; reading the file whole would add 300 MB.
    expect(process.resourceUsage().maxRSS - rssBefore).toBeLessThan(100 * 1024);
    const report = JSON.parse(run.stdout) as { diagnostics: Reported[] };
    expect(run.exitCode).toBe(1);
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: "walk/huge.yaml", code: "file-too-large" })]);
    expect(report.diagnostics[0]!.message).toContain(String(MAX_FILE_BYTES));
  });
});

describe("a folder that cannot be read", () => {
  // The tests run as root, for whom every folder is readable: the CLI runs as user nobody.
  const asNobody = process.getuid?.() === 0;
  const plan = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, "bin", "plan.js"), ...args], {
      cwd: join(dir, "perm"),
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
    });

  beforeAll(() => {
    mkdirSync(join(dir, "perm", "plans", "locked"), { recursive: true });
    mkdirSync(join(dir, "perm", "plans", "enheter"), { recursive: true });
    writeFileSync(join(dir, "perm", "plans", "enheter", "ok.yaml"), VALID);
    writeFileSync(join(dir, "perm", "plans", "enheter", "bad.yaml"), "id: bad\ntitel: T\n");
    writeFileSync(join(dir, "perm", "plans", "locked", "hidden.yaml"), VALID);
    chmodSync(join(dir, "perm", "plans", "locked"), 0o000);
  });
  afterAll(() => chmodSync(join(dir, "perm", "plans", "locked"), 0o755));

  it("plan check: one finding for the folder, the other files still checked, exit 1", () => {
    const run = plan("check", "--format", "json", "plans");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: { filesChecked: number }; diagnostics: Reported[] };
    expect(report.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ["plans/enheter/bad.yaml", "schema-required"],
      ["plans/locked", "folder-unreadable"],
    ]);
    expect(report.diagnostics[1]!.message).toContain("behörighet saknas");
  });

  it("plan check of a file inside it: a finding, not 'the path does not exist'", () => {
    const run = plan("check", "--format", "json", "plans/locked/hidden.yaml", "plans/enheter/ok.yaml");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { diagnostics: Reported[] };
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: "plans/locked/hidden.yaml", code: "file-unreadable" })]);
  });

  it("plan due: the folder is reported and skipped, the valid plans are still listed", () => {
    const run = plan("due", "--format", "json", "--fail-on", "overdue", "plans");
    expect(run.stderr).toContain("plans/locked");
    expect(run.stderr).not.toMatch(/internt fel|EACCES|\n\s+at /);
    expect(run.status).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
