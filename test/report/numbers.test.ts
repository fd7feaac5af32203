import { describe, expect, it } from "vitest";
import { formatAmount, formatNumber } from "../../src/report/format/numbers.js";

const NB = "\u00a0";

describe("Swedish number formatting", () => {
  it.each([
    [-9.5, "−9,5"],
    [-13.2, "−13,2"],
    [4.8, "4,8"],
    [0, "0"],
    [-0, "0"],
    [2500, "2500"],
    [34175456, `34${NB}175${NB}456`],
    [-1234567.25, `−1${NB}234${NB}567,25`],
    [0.1 + 0.2, "0,3"],
    [1e21, `1${NB}000${NB}000${NB}000${NB}000${NB}000${NB}000${NB}000`],
  ])("%s → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it("puts a no-break space before the unit, as in −9,5 mkr and 7,9 %", () => {
    expect(formatAmount(-9.5, "mkr")).toBe(`−9,5${NB}mkr`);
    expect(formatAmount(7.9, "%")).toBe(`7,9${NB}%`);
    expect(formatAmount(3, "")).toBe("3");
  });
});
