/** Month ends and leap years: the next follow-up never rolls over into the following month. */
import { describe, expect, it } from "vitest";
import { due, measurePlan } from "./helpers.js";

const after = (interval: string, last: string) =>
  due(measurePlan(`id: m\nrubrik: R\nuppföljning:\n  intervall: ${interval}\n  logg:\n    - datum: ${last}`), "2100-01-01")[0]!.due;

describe("recurring follow-ups at month ends", () => {
  it.each([
    ["månadsvis", "2024-01-31", "2024-02-29"],
    ["månadsvis", "2023-01-31", "2023-02-28"],
    ["månadsvis", "2024-03-31", "2024-04-30"],
    ["månadsvis", "2024-12-31", "2025-01-31"],
    ["kvartalsvis", "2024-11-30", "2025-02-28"],
    ["kvartalsvis", "2023-11-30", "2024-02-29"],
    ["halvårsvis", "2024-08-31", "2025-02-28"],
    ["årsvis", "2024-02-29", "2025-02-28"],
    ["veckovis", "2024-02-26", "2024-03-04"],
    ["veckovis", "2023-12-28", "2024-01-04"],
  ])("%s after %s is %s", (interval, last, next) => {
    expect(after(interval, last)).toBe(next);
  });
});

describe("days overdue across a leap day and a year end", () => {
  const dated = measurePlan("id: m\nrubrik: R\nuppföljning:\n  datum: 2024-02-28");
  it("counts calendar days", () => {
    expect(due(dated, "2024-03-01")[0]!.daysOverdue).toBe(2);
    expect(due(dated, "2025-02-28")[0]!.daysOverdue).toBe(366);
    const yearEnd = measurePlan("id: m\nrubrik: R\nuppföljning:\n  datum: 2024-12-31");
    expect(due(yearEnd, "2025-01-01")[0]!.daysOverdue).toBe(1);
    expect(due(yearEnd, "2024-12-17")[0]!.daysOverdue).toBe(-14);
  });
});
