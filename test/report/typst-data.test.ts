import { describe, expect, it } from "vitest";
import { breakLongRuns, capLength, PDF_STRING_MAX, RUN } from "../../src/report/pdf/typst-data.js";

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
