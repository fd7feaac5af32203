/** One person under several spellings is one role, through the config's `befattningar`. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

let cwd: string;
const measure = (id: string, role: string, date: string) =>
  [`  - id: ${id}`, `    rubrik: Åtgärd ${id}`, `    ansvarig: [${role}]`, "    uppföljning:", `      datum: ${date}`].join("\n");

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "plan-befattningar-"));
  const config = [
    "befattningar:",
    "  EC pers. ass: [EC pers.ass., Enhetschef pers ass]",
    "  AC: [Avdelningschef]",
    "  AC pers. ass:",
    "",
  ].join("\n");
  await writeFile(join(cwd, "plan.config.yaml"), config);
  const plan = [
    "id: pa",
    "titel: Handlingsplan PA",
    "åtgärder:",
    measure("a", "EC pers. ass", "2025-05-02"),
    measure("b", "EC pers.ass.", "2025-05-03"),
    measure("c", "Enhetschef pers ass", "2025-05-04"),
    measure("d", "AC", "2025-05-05"),
    measure("e", "AC pers. ass", "2025-05-06"),
    "",
  ].join("\n");
  await writeFile(join(cwd, "pa.yaml"), plan);
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe("befattningar", () => {
  it("plan check accepts every listed spelling and names the positions for one that is not listed", async () => {
    expect((await runCli(["check", "pa.yaml"], { cwd })).exitCode).toBe(0);
    await writeFile(join(cwd, "fel.yaml"), `id: fel\ntitel: Fel\nåtgärder:\n${measure("x", "EC pers assistans", "2025-05-02")}\n`);
    const run = await runCli(["check", "fel.yaml"], { cwd });
    await rm(join(cwd, "fel.yaml"));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Okänd roll "EC pers assistans".');
    expect(run.stdout).toContain("EC pers. ass, AC, AC pers. ass");
  });

  it("plan due files every spelling under the one name, and --ansvarig matches that role only", async () => {
    const all = await runCli(["due", "pa.yaml", "--today", "2025-05-01", "--format", "json"], { cwd });
    const items = JSON.parse(all.stdout).items as { measureId: string; responsible: string[] }[];
    expect(items.map((item) => [item.measureId, item.responsible])).toEqual([
      ["a", ["EC pers. ass"]],
      ["b", ["EC pers. ass"]],
      ["c", ["EC pers. ass"]],
      ["d", ["AC"]],
      ["e", ["AC pers. ass"]],
    ]);
    const ec = await runCli(["due", "pa.yaml", "--today", "2025-05-01", "--ansvarig", "enhetschef pers ass", "--format", "json"], { cwd });
    expect(JSON.parse(ec.stdout).items.map((item: { measureId: string }) => item.measureId)).toEqual(["a", "b", "c"]);
    const ac = await runCli(["due", "pa.yaml", "--today", "2025-05-01", "--ansvarig", "AC"], { cwd });
    expect(ac.stdout).toContain("Åtgärd d");
    expect(ac.stdout).not.toContain("Åtgärd e");
    const unknown = await runCli(["due", "pa.yaml", "--ansvarig", "FC"], { cwd });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/^plan: --ansvarig "FC": ingen befattning i konfigurationen\./);
  });
});

describe("befattningar that would make a role ambiguous", () => {
  it("is a config error naming the spelling and both positions", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-tvetydig-"));
    try {
      await writeFile(join(dir, "plan.config.yaml"), "befattningar:\n  EC pers. ass: [EC]\n  EC KTV: [ec]\n");
      const run = await runCli(["check", "--lang", "en"], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toBe(
        'plan: plan.config.yaml: config error: the spelling "ec" is under both EC pers. ass and EC KTV in befattningar; a spelling belongs to one position.\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
