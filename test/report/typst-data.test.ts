import { describe, expect, it } from "vitest";
import { breakLongRuns, CELL_RUN, capLength, PDF_STRING_MAX, RUN, typstData } from "../../src/report/pdf/typst-data.js";

const ZWSP = "\u200b";

describe("the Typst data's text", () => {
  it("leaves words and sentences alone", () => {
    const text = `${"ord ".repeat(500)}sjukfrånvarouppföljningsrutinerna ${"x".repeat(RUN)}`;
    expect(breakLongRuns(text)).toBe(text);
  });

  it("gives a long run a break opportunity after every RUN characters, and nothing else", () => {
    const broken = breakLongRuns(`a ${"b".repeat(RUN * 3 + 1)} c`);
    expect(broken).toBe(`a ${`${"b".repeat(RUN)}${ZWSP}`.repeat(3)}b c`);
    expect(broken.replaceAll(ZWSP, "")).toBe(`a ${"b".repeat(RUN * 3 + 1)} c`);
  });

  it("never breaks inside a character: emoji sequences, flags, combining accents", () => {
    for (const unit of ["👩‍💻", "🇸🇪", "e\u0301", "😀"]) {
      const pieces = breakLongRuns(unit.repeat(RUN * 2 + 5)).split(ZWSP);
      expect(pieces.map((p) => p.length / unit.length)).toEqual([RUN, RUN, 5]);
    }
  });

  it("cuts a string the PDF holds whole at PDF_STRING_MAX characters, with an ellipsis, between characters", () => {
    expect(capLength("kort")).toBe("kort");
    const cut = capLength("😀".repeat(PDF_STRING_MAX * 2));
    expect(cut).toBe(`${"😀".repeat(PDF_STRING_MAX - 1)}…`);
  });
});

describe("text in a table cell", () => {
  it("breaks a run longer than any word (a URL, an id) every CELL_RUN characters, and leaves long words alone", () => {
    const url = "https://intranet.kommun.se/dokument/handlingsplaner/2025/ansvar-81511";
    const word = "sjukfrånvarouppföljningsrutin";
    const data = JSON.parse(
      typstData({
        meta: {
          title: "T",
          organisation: "O",
          committee: "C",
          documentType: "D",
          date: "2025-05-01",
          draft: false,
          author: "A",
          lang: "sv",
          created: { year: 2025, month: 5, day: 1, hour: 0, minute: 0, second: 0 },
        },
        blocks: [{ kind: "table", caption: "K", columns: [{ title: "Åtgärd", align: "left" }], rows: [[`${word} ${url}`]] }],
      }),
    ) as { blocks: { rows: string[][] }[] };
    const cell = data.blocks[0]!.rows[0]![0]!;
    expect(cell.split(" ")[0]).toBe(word);
    expect(
      cell
        .split(" ")[1]!
        .split(ZWSP)
        .map((piece) => piece.length),
    ).toEqual([15, 15, 15, 15, 9]);
    expect(CELL_RUN).toBe(15);
  });
});
