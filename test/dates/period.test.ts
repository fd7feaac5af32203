import { describe, expect, it } from "vitest";
import { type PeriodKind, parsePeriod, periodEnd } from "../../src/dates/period.js";

function expectRange(texts: string[], kind: PeriodKind, start: string, end: string) {
  for (const text of texts) {
    expect(parsePeriod(text), text).toEqual({ ok: true, kind, range: { start, end } });
  }
}

function expectFailure(texts: string[], reason: "invalid-date" | "unrecognised") {
  for (const text of texts) expect(parsePeriod(text), text).toEqual({ ok: false, reason });
}

describe("parsePeriod", () => {
  it("reads an ISO date as that day", () => {
    expectRange(["2025-06-30", " 2025-06-30 "], "date", "2025-06-30", "2025-06-30");
    expectRange(["2024-02-29"], "date", "2024-02-29", "2024-02-29");
  });

  it("calls a date-shaped day that does not exist an invalid date", () => {
    expectFailure(["2023-02-29", "2024-02-30", "2024-13-01", "2025-04-31", "2025-00-10"], "invalid-date");
  });

  it("reads a year and a numeric month", () => {
    expectRange(["2025"], "year", "2025-01-01", "2025-12-31");
    expectRange(["2025-06"], "month", "2025-06-01", "2025-06-30");
    expectRange(["2024-02"], "month", "2024-02-01", "2024-02-29");
    expectRange(["2023-02"], "month", "2023-02-01", "2023-02-28");
    expectFailure(["2025-13", "2025-00", "2025-6", "25"], "unrecognised");
  });

  it("reads the spring term", () => {
    const written = ["Vt-24", "Vt -24", "VT 2024", "vt24", "vårtermin 2024", "VT-2024", "Vårtermin -24", "vt - 24", "Vt\t 24", "Vt–24"];
    expectRange(written, "term", "2024-01-01", "2024-06-30");
    // A decomposed "å", as some editors on macOS write it.
    expectRange(["va\u030Artermin 2024"], "term", "2024-01-01", "2024-06-30");
  });

  it("reads the autumn term", () => {
    expectRange(["Ht-24", "HT 2024", "hösttermin 2024", "ht24", "Ht -24", "HÖSTTERMIN 2024"], "term", "2024-08-01", "2024-12-31");
  });

  it("reads a named month, with leap years", () => {
    expectRange(
      ["Feb 24", "feb. 2024", "februari 2024", "Februari -24", "FEB-24", "febr. 24", "feb24"],
      "month",
      "2024-02-01",
      "2024-02-29",
    );
    expectRange(["Feb 23", "februari 2023"], "month", "2023-02-01", "2023-02-28");
    expectRange(["Feb 2100"], "month", "2100-02-01", "2100-02-28");
    expectRange(["Feb 2000"], "month", "2000-02-01", "2000-02-29");
    expectRange(["maj 2025", "Maj -25"], "month", "2025-05-01", "2025-05-31");
    expectRange(["sept. 2025", "september 2025"], "month", "2025-09-01", "2025-09-30");
    expectRange(["dec 25"], "month", "2025-12-01", "2025-12-31");
  });

  it("reads a quarter", () => {
    expectRange(["Q2 2025", "Q2-25", "kvartal 2 2025", "K2 2025", "q2 25", "Kvartal 2 -25"], "quarter", "2025-04-01", "2025-06-30");
    expectRange(["Q1 2024"], "quarter", "2024-01-01", "2024-03-31");
    expectRange(["Q3 2025"], "quarter", "2025-07-01", "2025-09-30");
    expectRange(["Q4 2025"], "quarter", "2025-10-01", "2025-12-31");
  });

  it("reads an ISO week, Monday to Sunday", () => {
    expectRange(["v. 12 2025", "v12 2025", "vecka 12 2025", "v 12-25", "V.12 2025", "Vecka 12 -25"], "week", "2025-03-17", "2025-03-23");
    // Week 1 may start in the previous year.
    expectRange(["v 1 2025"], "week", "2024-12-30", "2025-01-05");
    expectRange(["v 1 2021"], "week", "2021-01-04", "2021-01-10");
    expectRange(["v 52 2021"], "week", "2021-12-27", "2022-01-02");
  });

  it("accepts week 53 only in ISO years that have one", () => {
    expectRange(["v 53 2020", "vecka 53 2020"], "week", "2020-12-28", "2021-01-03");
    expectRange(["v 53 2026"], "week", "2026-12-28", "2027-01-03");
    expectFailure(["v 53 2021", "vecka 53 2025"], "invalid-date");
  });

  it("does not guess", () => {
    expectFailure(
      [
        "",
        " ",
        "31.02.24",
        "30/6 2025",
        "Q5 2025",
        "Q0 2025",
        "K5 25",
        "v 0 2025",
        "v 54 2025",
        "vecka 99 2025",
        "månad 13 2025",
        "2025-13",
        "Vt",
        "Vt-2",
        "Vt-245",
        "vår 2024",
        "höst -24",
        "mars",
        "Feb",
        "foo 2024",
        "Q22025",
        "v122025",
        "2025 Q2",
        "Q2 2025 extra",
        "juni 2025-06",
      ],
      "unrecognised",
    );
  });

  it("never shifts with the time zone", () => {
    const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "Europe/Stockholm"];
    const original = process.env.TZ;
    try {
      const results = zones.map((zone) => {
        process.env.TZ = zone;
        return ["v 1 2025", "v 53 2020", "v 1 1995", "Ht-24", "Feb 24"].map((t) => parsePeriod(t));
      });
      for (const result of results) expect(result).toEqual(results[0]);
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("periodEnd", () => {
  it("is the last day of the range", () => {
    expect(periodEnd("Vt-24")).toBe("2024-06-30");
    expect(periodEnd("Feb 24")).toBe("2024-02-29");
    expect(periodEnd("v. 12 2025")).toBe("2025-03-23");
    expect(periodEnd("2025-06-30")).toBe("2025-06-30");
  });

  it("is undefined when the text does not parse", () => {
    expect(periodEnd("snart")).toBeUndefined();
    expect(periodEnd("2024-02-30")).toBeUndefined();
  });
});

describe("parsePeriod's cache", () => {
  it("gives the same answer every time, frozen so that no caller can change another's", () => {
    for (const text of ["Vt-24", "2024-02-30", "okänd", "Q2 2025"]) {
      const first = parsePeriod(text);
      expect(parsePeriod(text)).toEqual(first);
      expect(Object.isFrozen(first)).toBe(true);
      if (first.ok) expect(Object.isFrozen(first.range)).toBe(true);
    }
  });

  it("stays right past its bound", () => {
    for (let n = 0; n < 5000; n++) {
      const year = 1000 + n;
      expect(parsePeriod(String(year)), String(year)).toEqual({
        ok: true,
        kind: "year",
        range: { start: `${year}-01-01`, end: `${year}-12-31` },
      });
    }
    expect(parsePeriod("Vt-24")).toEqual({ ok: true, kind: "term", range: { start: "2024-01-01", end: "2024-06-30" } });
  });
});
