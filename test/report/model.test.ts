import { describe, expect, it } from "vitest";
import { nextReportMonth } from "../../src/report/model/months.js";
import { fixtureReport } from "./helpers.js";

describe("the report model", () => {
  it("fills the next report-back month from the config: May → November the same year", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    expect(model.period.text).toBe("maj 2025");
    expect(model.nextReport.text).toBe("november 2025");
    expect(model.proposals).toEqual([
      "Vård- och omsorgsnämnden godkänner återrapporteringen. Uppdraget från den 19 november 2024, § 80 VON anses därmed avslutat.",
      "Återrapportering ska ske i november 2025.",
    ]);
    expect(model.prose.ärendebeskrivning[0]).toEqual({
      kind: "paragraph",
      text: "Den 19 november 2024, § 80 VON fick förvaltningen i uppdrag att följa upp handlingsplanerna. Återrapportering ska ske i maj 2025.",
    });
  });

  it("November → May the next year", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 11);
    expect(model.nextReport.text).toBe("maj 2026");
    expect(model.proposals).toEqual(["Nästa återrapportering sker i maj 2026."]);
    expect(nextReportMonth({ year: 2025, month: 12 }, [5, 11]).text).toBe("maj 2026");
    expect(nextReportMonth({ year: 2025, month: 1 }, [5, 11]).text).toBe("maj 2025");
    expect(nextReportMonth({ year: 2025, month: 11 }, []).text).toBe("maj 2026");
  });

  it("lists each reported plan in Beslutsunderlag by its title, and not the memo itself", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    expect(model.basis).toEqual(["Handlingsplan 2025 ansvar 81511", "Handlingsplan 2025 Korttidstillsyn"]);
  });

  it("lists each focus measure once, however many plans have it", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    expect(model.focusMeasures).toEqual(["Sänka sjukfrånvaron", "Optimera bemanningen"]);
  });

  it("reads the plans as of the report date: a follow-up logged later is not there", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    const measure = model.units[0]!.measures[0]!;
    expect(measure.last).toEqual({ date: "2025-04-25", status: "pågår", comment: "Sjukfrånvaron 7,9 % i april.", by: ["EC"] });
    expect(measure.next).toEqual({ date: "2025-05-25", note: "månadsvis", by: ["AC"], overdue: false });
    expect(measure.deadline).toBe("Ht-25");
  });

  it("has no next follow-up for a done measure, and marks one that is late", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    const [, done, late] = model.units[0]!.measures;
    expect(done).toMatchObject({ status: "klar", done: true });
    expect(done!.next).toBeUndefined();
    expect(late!.next).toEqual({ date: "2025-03-01", by: ["AC"], overdue: true });
  });

  it("says what is overdue, from the schedule", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    expect(model.overdue).toEqual([
      {
        planId: "enhet-a",
        plan: "Handlingsplan 2025 ansvar 81511",
        what: "Uppföljning",
        measures: ["Se över antal timmar med bilaga J"],
        allMeasures: false,
        due: "2025-03-01",
        daysLate: 59,
      },
    ]);
  });

  it("holds an item due on the report date as due that day, not late", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5, undefined, "2025-03-01");
    expect(model.overdue.map((row) => row.measures)).not.toContainEqual(["Se över antal timmar med bilaga J"]);
    const measure = model.units[0]!.measures.find((m) => m.title === "Se över antal timmar med bilaga J");
    expect(measure!.next).toEqual({ date: "2025-03-01", by: ["AC"], overdue: false });
    const later = await fixtureReport("report-basic", 2025, 5, undefined, "2025-03-02");
    expect(later.model.overdue.find((row) => row.due === "2025-03-01")?.daysLate).toBe(1);
  });

  it("orders key figures in time and formats them the Swedish way", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    const figure = model.units[0]!.keyFigures[0]!;
    expect(figure.values.map((v) => [v.period, v.text])).toEqual([
      ["2023", "9,1"],
      ["2024", "8,6"],
      ["2025", "7,9"],
    ]);
    expect(figure.unit).toBe("%");
    expect(figure.target?.text).toBe("6,5");
    expect(figure.description).toBe("Sjukfrånvaro, %: 2023 9,1; 2024 8,6; 2025 7,9. Mål 6,5.");
    const background = model.background[0]!.keyFigures;
    expect(background[0]!.unit).toBe("mkr");
    expect(background[0]!.values.map((v) => v.text)).toEqual(["−9,5", "−13,2"]);
  });

  it("explains the role codes the tables use, with their titles from the config", async () => {
    const { model } = await fixtureReport("report-basic", 2025, 5);
    expect(model.roles.map((r) => r.code)).toEqual(["EC", "AC", "FC"]);
  });
});
