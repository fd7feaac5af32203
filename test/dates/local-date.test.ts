import { describe, expect, it } from "vitest";
import { nextDueAfter } from "../../src/dates/interval.js";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  diffDays,
  endOfMonth,
  formatSwedishDate,
  fromDate,
  isIsoDateShape,
  maxDate,
  minDate,
  monthFromSwedishName,
  parseIsoDate,
  SWEDISH_MONTHS,
  toDate,
  todayLocal,
} from "../../src/dates/local-date.js";
import { parsePeriod } from "../../src/dates/period.js";

describe("parseIsoDate", () => {
  it("accepts real calendar dates", () => {
    for (const d of ["2024-02-29", "2025-01-01", "2025-12-31", "2000-02-29", "2025-04-30"]) {
      expect(parseIsoDate(d)).toBe(d);
    }
  });

  it("rejects days that do not exist instead of rolling over", () => {
    for (const d of ["2023-02-29", "2024-02-30", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00", "2024-01-32"]) {
      expect(parseIsoDate(d)).toBeUndefined();
    }
  });

  it("rejects the wrong shape", () => {
    for (const d of ["2024-2-29", "24-02-29", "2024-02-29T00:00", " 2024-02-29", "2024/02/29", "", "20240229"]) {
      expect(isIsoDateShape(d)).toBe(false);
      expect(parseIsoDate(d)).toBeUndefined();
    }
    expect(isIsoDateShape("2024-99-99")).toBe(true);
  });

  it("agrees with the UTC calendar on every month and day number, leap-year edges included", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    for (const year of [0, 1, 4, 99, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const t = new Date(0);
          t.setUTCFullYear(year, month - 1, day);
          const real = month >= 1 && month <= 12 && day >= 1 && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
          expect(parseIsoDate(text), text).toBe(real ? text : undefined);
        }
      }
    }
  });
});

describe("date arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
  });

  it("clamps to the month end when adding months", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", 1)).toBe("2024-04-30");
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-01-15", -13)).toBe("2022-12-15");
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
  });

  it("clamps 29 February when adding years", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2025-06-30", -1)).toBe("2024-06-30");
  });

  it("counts calendar days a − b", () => {
    expect(diffDays("2024-03-01", "2024-02-28")).toBe(2);
    expect(diffDays("2023-03-01", "2023-02-28")).toBe(1);
    expect(diffDays("2025-01-01", "2024-01-01")).toBe(366);
    expect(diffDays("2024-01-01", "2025-01-01")).toBe(-366);
    expect(diffDays("2025-03-30", "2025-03-30")).toBe(0);
  });

  it("compares and picks extremes", () => {
    expect(compareDates("2024-01-01", "2024-01-02")).toBe(-1);
    expect(compareDates("2024-01-02", "2024-01-01")).toBe(1);
    expect(compareDates("2024-01-01", "2024-01-01")).toBe(0);
    expect(["2025-01-01", "2024-12-31", "2024-02-29"].sort(compareDates)).toEqual(["2024-02-29", "2024-12-31", "2025-01-01"]);
    expect(maxDate("2024-02-29", "2025-01-01", "2024-12-31")).toBe("2025-01-01");
    expect(minDate("2024-02-29", "2025-01-01", "2024-12-31")).toBe("2024-02-29");
    expect(maxDate("2024-02-29")).toBe("2024-02-29");
  });

  it("finds the month end", () => {
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(endOfMonth("2023-02-10")).toBe("2023-02-28");
    expect(endOfMonth("2100-02-01")).toBe("2100-02-28");
    expect(endOfMonth("2025-04-01")).toBe("2025-04-30");
    expect(endOfMonth("2025-12-31")).toBe("2025-12-31");
  });
});

describe("Date conversion", () => {
  it("round-trips through local midnight", () => {
    const date = toDate("2024-02-29");
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 1, 29, 0]);
    expect(fromDate(date)).toBe("2024-02-29");
    expect(fromDate(toDate("0024-05-06"))).toBe("0024-05-06");
  });

  it("takes today from the local calendar", () => {
    expect(todayLocal(new Date(2025, 3, 29, 23, 59))).toBe("2025-04-29");
    expect(todayLocal(new Date(2025, 3, 29, 0, 0))).toBe("2025-04-29");
    expect(todayLocal()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("time zones", () => {
  it("runs the suite far from UTC", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("Pacific/Kiritimati");
  });

  it("handles a day the test zone skipped (1994-12-31 does not exist in Pacific/Kiritimati)", () => {
    // A local-Date implementation turns this day into 1995-01-01.
    expect(fromDate(toDate("1994-12-31"))).toBe("1995-01-01");
    expect(addDays("1994-12-30", 1)).toBe("1994-12-31");
    expect(addMonths("1994-10-31", 2)).toBe("1994-12-31");
    expect(diffDays("1995-01-01", "1994-12-30")).toBe(2);
    expect(parseIsoDate("1994-12-31")).toBe("1994-12-31");
  });

  it("gives the same results in every zone", () => {
    const zones = [
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Pacific/Apia",
      "America/Sao_Paulo",
      "America/Santiago",
      "Europe/Stockholm",
      "UTC",
    ];
    const compute = () => [
      addMonths("2024-01-31", 1),
      addDays("2011-12-29", 1),
      addDays("2025-03-29", 1),
      addDays("2025-10-25", 1),
      diffDays("2025-03-31", "2025-03-29"),
      addDays("2024-09-07", 1),
      nextDueAfter("2024-01-31", "månadsvis"),
      JSON.stringify(parsePeriod("v 13 2025")),
      JSON.stringify(parsePeriod("v. 53 2020")),
      JSON.stringify(parsePeriod("Feb 24")),
      fromDate(toDate("2025-03-30")),
    ];
    const original = process.env.TZ;
    try {
      const results = zones.map((zone) => {
        // Node re-reads TZ whenever it is assigned.
        process.env.TZ = zone;
        return compute();
      });
      for (const result of results) expect(result).toEqual(results[0]);
      expect(results[0]!.slice(0, 6)).toEqual(["2024-02-29", "2011-12-30", "2025-03-30", "2025-10-26", 2, "2024-09-08"]);
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("Swedish month names", () => {
  it("formats dates the Swedish way", () => {
    expect(formatSwedishDate("2025-04-29")).toBe("29 april 2025");
    expect(formatSwedishDate("2024-02-01")).toBe("1 februari 2024");
    expect(formatSwedishDate("2025-12-31")).toBe("31 december 2025");
  });

  it("lists the twelve months", () => {
    expect(SWEDISH_MONTHS).toHaveLength(12);
    expect(SWEDISH_MONTHS[0]).toBe("januari");
    expect(SWEDISH_MONTHS[11]).toBe("december");
  });

  it("reads full names and common abbreviations", () => {
    for (const [i, name] of SWEDISH_MONTHS.entries()) expect(monthFromSwedishName(name)).toBe(i + 1);
    const abbreviations: [string, number][] = [
      ["jan", 1],
      ["feb", 2],
      ["febr", 2],
      ["mar", 3],
      ["apr", 4],
      ["maj", 5],
      ["jun", 6],
      ["jul", 7],
      ["aug", 8],
      ["sep", 9],
      ["sept", 9],
      ["okt", 10],
      ["nov", 11],
      ["dec", 12],
    ];
    for (const [name, month] of abbreviations) {
      expect(monthFromSwedishName(name)).toBe(month);
      expect(monthFromSwedishName(`${name}.`)).toBe(month);
      expect(monthFromSwedishName(name.toUpperCase())).toBe(month);
    }
    expect(monthFromSwedishName("Maj")).toBe(5);
    expect(monthFromSwedishName("Sept.")).toBe(9);
  });

  it("rejects anything else", () => {
    for (const name of ["", "may", "october", "ja", "mars..", "13", "toString", "constructor", "febru"]) {
      expect(monthFromSwedishName(name)).toBeUndefined();
    }
  });
});
