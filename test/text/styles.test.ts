import { describe, expect, it } from "vitest";
import { colorWanted, styles } from "../../src/text/styles.js";

describe("colorWanted", () => {
  it("follows the terminal when neither FORCE_COLOR nor NO_COLOR is set (or either is empty)", () => {
    expect(colorWanted({}, true)).toBe(true);
    expect(colorWanted({}, false)).toBe(false);
    expect(colorWanted({ NO_COLOR: "", FORCE_COLOR: "" }, true)).toBe(true);
  });

  it("turns colour off with a non-empty NO_COLOR, on a terminal too", () => {
    expect(colorWanted({ NO_COLOR: "1" }, true)).toBe(false);
  });

  it("turns colour on with FORCE_COLOR into a pipe, and FORCE_COLOR wins over NO_COLOR", () => {
    expect(colorWanted({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
  });

  it("reads FORCE_COLOR=0 and FORCE_COLOR=false as off", () => {
    expect(colorWanted({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: "false" }, true)).toBe(false);
  });
});

describe("styles", () => {
  it("writes the basic ANSI codes with colour: red, bold, and both nested", () => {
    const c = styles(true);
    expect(c.red("fel")).toBe("\x1b[31mfel\x1b[39m");
    expect(c.bold("rubrik")).toBe("\x1b[1mrubrik\x1b[22m");
    expect(c.red(c.bold("5 försenade"))).toBe("\x1b[31m\x1b[1m5 försenade\x1b[22m\x1b[39m");
  });

  it("leaves text as it is without colour", () => {
    const none = styles(false);
    for (const text of ["fel", "", "två\nrader", "å ä ö ─│"]) {
      expect(Object.values(none).map((style) => style(text))).toEqual(Array(7).fill(text));
    }
  });
});
