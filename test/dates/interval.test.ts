import { describe, expect, it } from "vitest";
import { intervalLabel, nextDueAfter, RECURRING_INTERVALS } from "../../src/dates/interval.js";

describe("nextDueAfter", () => {
  it("steps each interval from the last follow-up", () => {
    expect(nextDueAfter("2025-03-10", "veckovis")).toBe("2025-03-17");
    expect(nextDueAfter("2024-12-28", "veckovis")).toBe("2025-01-04");
    expect(nextDueAfter("2025-03-10", "månadsvis")).toBe("2025-04-10");
    expect(nextDueAfter("2025-11-15", "kvartalsvis")).toBe("2026-02-15");
    expect(nextDueAfter("2025-01-20", "terminsvis")).toBe("2025-07-20");
    expect(nextDueAfter("2025-01-20", "halvårsvis")).toBe("2025-07-20");
    expect(nextDueAfter("2025-05-05", "årsvis")).toBe("2026-05-05");
  });

  it("clamps to the month end", () => {
    expect(nextDueAfter("2024-01-31", "månadsvis")).toBe("2024-02-29");
    expect(nextDueAfter("2023-01-31", "månadsvis")).toBe("2023-02-28");
    expect(nextDueAfter("2024-11-30", "kvartalsvis")).toBe("2025-02-28");
    expect(nextDueAfter("2024-08-31", "terminsvis")).toBe("2025-02-28");
    expect(nextDueAfter("2024-02-29", "årsvis")).toBe("2025-02-28");
    expect(nextDueAfter("2024-02-28", "veckovis")).toBe("2024-03-06");
  });

  it("has no date when the interval is not stated", () => {
    expect(nextDueAfter("2025-03-10", "regelbundet")).toBeUndefined();
  });
});

describe("intervalLabel", () => {
  it("names every interval in both languages", () => {
    expect(intervalLabel("månadsvis", "sv")).toBe("månadsvis");
    expect(intervalLabel("månadsvis", "en")).toBe("monthly");
    for (const interval of RECURRING_INTERVALS) {
      expect(intervalLabel(interval, "sv")).toBe(interval);
      expect(intervalLabel(interval, "en")).toMatch(/^[a-z -]+$/);
    }
  });
});
