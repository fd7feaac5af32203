/**
 * Every period form a user writes in `klart_senast`, end to end through `plan due`: due on the last day of its
 * period, overdue the day after, and not listed two weeks and a day before.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/dates/local-date.js";
import { runCli } from "../helpers/run-cli.js";

const PERIODS: [written: string, end: string][] = [
  ["Vt-24", "2024-06-30"],
  ["Vt -24", "2024-06-30"],
  ["VT 2024", "2024-06-30"],
  ["vårtermin 2024", "2024-06-30"],
  ["Ht-24", "2024-12-31"],
  ["hösttermin 2024", "2024-12-31"],
  ["Feb 24", "2024-02-29"],
  ["februari 2023", "2023-02-28"],
  ["feb. 2100", "2100-02-28"],
  ["Q1 2024", "2024-03-31"],
  ["kvartal 2 2025", "2025-06-30"],
  ["K4 2025", "2025-12-31"],
  ["v. 12 2025", "2025-03-23"],
  ["vecka 1 2025", "2025-01-05"],
  ["v53 2020", "2021-01-03"],
  ["2025", "2025-12-31"],
  ["2024-02", "2024-02-29"],
  ["2025-06-30", "2025-06-30"],
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-periods-"));
  await mkdir(join(dir, "plans"));
  const measures = PERIODS.map(
    ([written], i) => `  - id: m${i}\n    rubrik: Åtgärd ${i}\n    status: pågår\n    klart_senast: "${written}"\n`,
  );
  await writeFile(join(dir, "plans", "perioder.yaml"), `id: perioder\ntitel: Perioder\nåtgärder:\n${measures.join("")}`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function deadlines(today: string): Promise<Map<string, { due: string; state: string; deadline: string }>> {
  const run = await runCli(["due", "--today", today, "--format", "json"], { cwd: dir });
  expect(run.exitCode).toBe(0);
  return new Map(JSON.parse(run.stdout).items.map((i: { measureId: string }) => [i.measureId, i]));
}

describe("klart_senast in every period form", () => {
  it.each(PERIODS.map(([written, end], i) => ({ written, end, id: `m${i}` })))("$written ends $end", async ({ written, end, id }) => {
    expect((await deadlines(end)).get(id)).toMatchObject({ due: end, state: "due-soon", deadline: written });
    expect((await deadlines(addDays(end, 1))).get(id)).toMatchObject({ due: end, state: "overdue", daysOverdue: 1 });
    expect((await deadlines(addDays(end, -15))).has(id)).toBe(false);
  });
});
