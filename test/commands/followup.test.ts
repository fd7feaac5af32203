/**
 * `plan followup` end to end, in-process, on copies of plans full of comments: the new entry is there, the rest of
 * the file is byte for byte what it was, the result passes `plan check`, and every refusal leaves the file alone.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertedLines } from "../followup/helpers.js";
import { fixture } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
const MD = "plans/kommentarer.md";
const YAML = "plans/kommentarer.yaml";
const env = { PLAN_TODAY: "2024-05-02" };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-followup-"));
  await cp(fixture("followup-comments"), dir, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (file: string) => readFile(join(dir, file), "utf8");
const followup = (...args: string[]) => runCli(["followup", ...args], { cwd: dir, env });

describe("recording a follow-up", () => {
  it("in a .md plan: appends to the log, sets the status, keeps every other byte and the body", async () => {
    const before = await read(MD);
    const run = await followup("kommentarer-md", "raster", "--kommentar", "Klart på två av tre", "--av", "EC", "--ny-status", "klar");
    expect(run).toMatchObject({ exitCode: 0, stderr: "" });
    expect(run.stdout).toBe('Uppföljning 2024-05-02 införd för "raster" i plans/kommentarer.md; status "pågår" → "klar".\n');
    const after = await read(MD);
    const expectedStatus = before.replace("status: pågår   # ändras med --ny-status", "status: klar   # ändras med --ny-status");
    expect(insertedLines(expectedStatus, after)).toEqual([
      "        - datum: 2024-05-02",
      "          status: klar",
      "          kommentar: Klart på två av tre",
      "          av: EC",
    ]);
    expect(after.slice(after.indexOf("\n---\n"))).toBe(before.slice(before.indexOf("\n---\n")));
    expect((await runCli(["check", MD], { cwd: dir })).exitCode).toBe(0);
  });

  it("in a .md plan: creates uppföljning, or logg, where they are missing", async () => {
    const before = await read(MD);
    expect((await followup("kommentarer-md", "lokaler", "--status", "ej påbörjad")).exitCode).toBe(0);
    expect((await followup(MD, "taxi", "--kommentar", "k", "--av", "AC", "--datum", "2024-04-30")).exitCode).toBe(0);
    expect(insertedLines(before, await read(MD))).toEqual([
      "    uppföljning:",
      "      logg:",
      "        - datum: 2024-05-02",
      "          status: ej påbörjad",
      "      logg:",
      "        - datum: 2024-04-30",
      "          kommentar: k",
      "          av: AC",
    ]);
  });

  it("in a .yaml plan with its own indentation, an indentless log and `logg: []`", async () => {
    const before = await read(YAML);
    expect((await followup("kommentarer-yaml", "bemanning", "--kommentar", "x")).exitCode).toBe(0);
    expect((await followup("kommentarer-yaml", "tom-logg", "--ny-status", "pågår")).exitCode).toBe(0);
    expect((await followup("kommentarer-yaml", "sist", "--kommentar", "k", "--av", "AC")).exitCode).toBe(0);
    const after = await read(YAML);
    const expected = before.replace("      logg: []   # fylls på av plan followup", "      logg:   # fylls på av plan followup");
    expect(insertedLines(expected, after)).toEqual([
      "      - datum: 2024-05-02",
      "        kommentar: x",
      "  status: pågår",
      "      - datum: 2024-05-02",
      "        status: pågår",
      "      logg:",
      "      - datum: 2024-05-02",
      "        kommentar: k",
      "        av: AC",
    ]);
    expect((await runCli(["check", YAML], { cwd: dir })).exitCode).toBe(0);
  });

  it("keeps CRLF line endings and a BOM", async () => {
    const crlf = `\ufeff${(await read(MD)).replaceAll("\n", "\r\n")}`;
    await writeFile(join(dir, MD), crlf);
    expect((await followup("kommentarer-md", "raster", "--kommentar", "k", "--av", "EC")).exitCode).toBe(0);
    const after = await read(MD);
    expect(after.startsWith("\ufeff---\r\n")).toBe(true);
    expect(after.replaceAll("\r\n", "")).not.toContain("\n");
    expect(insertedLines(crlf, after)).toEqual(["        - datum: 2024-05-02\r", "          kommentar: k\r", "          av: EC\r"]);
  });

  it("the follow-up clears the item from plan due", async () => {
    const due = async () =>
      JSON.parse((await runCli(["due", "--today", "2024-05-02", "--format", "json", MD], { cwd: dir })).stdout).items.map(
        (i: { measureId: string }) => i.measureId,
      );
    expect(await due()).toContain("raster");
    await followup("kommentarer-md", "raster", "--datum", "2024-05-02", "--status", "pågår");
    expect(await due()).not.toContain("raster");
  });

  it("replaces the file atomically: a new inode, no temporary file left", async () => {
    const inode = (await stat(join(dir, MD))).ino;
    expect((await followup("kommentarer-md", "raster", "--kommentar", "k")).exitCode).toBe(0);
    expect((await stat(join(dir, MD))).ino).not.toBe(inode);
    expect((await readdir(join(dir, "plans"))).sort()).toEqual(["kommentarer.md", "kommentarer.yaml"]);
  });
});

describe("refusals: exit 1, one line naming the problem, the file untouched", () => {
  interface Refusal {
    name: string;
    args: string[];
    stderr: RegExp;
    setup?: () => Promise<void>;
  }
  const REFUSALS: Refusal[] = [
    {
      name: "unknown plan id, with a suggestion",
      args: ["kommentarer-m", "raster"],
      stderr: /^plan: Ingen plan med id "kommentarer-m" i plans\/\. Menade du "kommentarer-md"\?\n$/,
    },
    {
      name: "unknown measure id, with a suggestion",
      args: ["kommentarer-md", "rastr"],
      stderr: /^plan: plans\/kommentarer\.md: åtgärden "rastr" finns inte\. Menade du "raster"\? Filen är inte ändrad\.\n$/,
    },
    {
      name: "a date that does not exist",
      args: ["kommentarer-md", "raster", "--datum", "2024-02-30"],
      stderr: /^plan: Ogiltigt datum för --datum: "2024-02-30"\./,
    },
    {
      name: "a date in the future",
      args: ["kommentarer-md", "raster", "--datum", "2024-05-03"],
      stderr: /^plan: --datum 2024-05-03 ligger efter i dag \(2024-05-02\)/,
    },
    {
      name: "an unknown status",
      args: ["kommentarer-md", "raster", "--ny-status", "klart"],
      stderr: /--ny-status "klart" är okänd\. Menade du "klar"\?/,
    },
    {
      name: "an unknown role",
      args: ["kommentarer-md", "raster", "--av", "XY"],
      stderr: /--av "XY" är okänd\. Giltiga: EC, AC, FC, Redovisningsekonom\./,
    },
    {
      name: "a flow-style follow-up that would need reformatting",
      args: ["kommentarer-yaml", "flode"],
      stderr: /^plan: plans\/kommentarer\.yaml: uppföljning är skriven i flödesstil .* Filen är inte ändrad\.\n$/,
    },
    { name: "a file that does not exist", args: ["plans/saknas.md", "raster"], stderr: /Filen finns inte: "plans\/saknas\.md"/ },
    {
      name: "a file invalid before the change, with its diagnostics",
      args: ["kommentarer-md", "raster"],
      setup: async () => writeFile(join(dir, MD), (await read(MD)).replace("revideras_senast: 2030-06-30", "revideras_senast: 2030-02-30")),
      stderr: /2030-02-30[\s\S]*plan: plans\/kommentarer\.md: filen är ogiltig redan före ändringen/,
    },
    {
      name: "a change that would make the file invalid (over the size limit)",
      args: ["kommentarer-yaml", "bemanning", "--kommentar", "x".repeat(4000)],
      setup: async () => writeFile(join(dir, YAML), `${await read(YAML)}# ${"p".repeat(1024 * 1024 - 2000)}\n`),
      stderr: /file-too-large[\s\S]*ändringen skulle göra filen ogiltig\. Filen är inte ändrad\./,
    },
  ];

  it.each(REFUSALS)("$name", async ({ args, stderr, setup }) => {
    await setup?.();
    const before = { md: await readFile(join(dir, MD)), yaml: await readFile(join(dir, YAML)) };
    // Each refusal is about something else than an empty entry (that one is its own test below).
    const records = args.some((arg) => ["--status", "--kommentar", "--ny-status"].includes(arg));
    const run = await followup(...args, ...(records ? [] : ["--kommentar", "k"]));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(stderr);
    expect(await readFile(join(dir, MD))).toEqual(before.md);
    expect(await readFile(join(dir, YAML))).toEqual(before.yaml);
    expect((await readdir(join(dir, "plans"))).sort()).toEqual(["kommentarer.md", "kommentarer.yaml"]);
  });
});

describe("looking a plan up by id", () => {
  it("says when files in plans/ could not be read, rather than only that the id is missing", async () => {
    await writeFile(join(dir, "plans", "trasig.yaml"), "id: [trasig\n");
    const run = await followup("trasig", "m", "--kommentar", "k");
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('plan: Ingen plan med id "trasig" i plans/. (1 fil där kunde inte läsas; se plan check.)\n');
  });
});

describe("plan followup, what it records", () => {
  it("refuses a follow-up with nothing to record, naming --status (the log) and --ny-status (the measure)", async () => {
    const before = await read(MD);
    const run = await followup("kommentarer-md", "raster", "--av", "EC");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "plan: Inget att föra in: ange --status (åtgärdens läge vid uppföljningen, skrivs i loggen), --kommentar, eller --ny-status (åtgärdens nya status).\n",
    );
    expect(await read(MD)).toBe(before);
  });

  it("says so when the date is today by the clock, and speaks English when asked", async () => {
    const run = await runCli(["followup", "kommentarer-md", "raster", "--status", "pågår", "--lang", "en"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe("plan: no --datum; the follow-up is dated today, 2025-05-12.\n");
    const refused = await runCli(["followup", "kommentarer-md", "nope", "--status", "pågår", "--lang", "en"], { cwd: dir });
    expect(refused.stderr).toMatch(/^plan: plans\/kommentarer\.md: there is no measure "nope"\. .*The file is unchanged\.\n$/);
  });
});
