import { describe, expect, it } from "vitest";
import { filterItems, roleMatches } from "../../src/schedule/filter.js";
import { due, planOf } from "./helpers.js";

describe("roleMatches", () => {
  it.each([
    ["EC pers. ass", "EC", true],
    ["EC pers. ass", "ec", true],
    ["EC KTV och LSS", "EC KTV", true],
    ["EC  KTV", "EC ktv", true],
    ["EC pers. ass", "EC KTV", false],
    ["EC KTVX", "EC KTV", false],
    ["AC", "EC", false],
    ["ECC", "EC", false],
  ])("%s matches %s: %s", (written, wanted, expected) => {
    expect(roleMatches(written, wanted)).toBe(expected);
  });
});

describe("filterItems", () => {
  const plan = planOf(
    "id: p\ntitel: P\nstyrdokument:\n  revideras_senast: 2024-01-01\n  dokumentansvarig: AC\nåtgärder:\n" +
      "  - id: a\n    rubrik: A\n    status: pågår\n    ansvarig: [EC KTV]\n    klart_senast: 2024-01-01\n" +
      "  - id: b\n    rubrik: B\n    status: ej påbörjad\n    ansvarig: [AC, FC]\n    klart_senast: 2024-01-01\n",
    "plans/p.yaml",
  );
  const other = planOf("id: q\ntitel: Q\nåtgärder:\n  - id: c\n    rubrik: C\n    klart_senast: 2024-01-01\n", "plans/q.yaml");
  const items = due([plan, other], "2024-02-01");
  const ids = (filter: Parameters<typeof filterItems>[1]) => filterItems(items, filter).map((i) => `${i.planId}/${i.measureId ?? i.kind}`);

  it("by role, plan and status", () => {
    expect(ids({})).toEqual(["p/revision", "p/a", "p/b", "q/c"]);
    expect(ids({ role: "AC" })).toEqual(["p/revision", "p/b"]);
    expect(ids({ role: "EC" })).toEqual(["p/a"]);
    expect(ids({ planId: "q" })).toEqual(["q/c"]);
    expect(ids({ status: "ej påbörjad" })).toEqual(["p/b"]);
    expect(ids({ role: "FC", planId: "p" })).toEqual(["p/b"]);
  });
});
