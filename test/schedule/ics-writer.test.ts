/** The RFC 5545 writer of src/output/ics.ts: escaping and folding at 75 octets, never inside a character. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, renderCalendar } from "../../src/output/ics.js";

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks; makes other controls visible", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("x\u001b[2Jy")).toBe("x\\\\x1b[2Jy");
  });
});

describe("foldLine", () => {
  it("leaves 75 octets alone and folds the 76th onto a line starting with a space", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
    expect(foldLine("a".repeat(75 + 74 + 1))).toBe(`${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`);
  });

  it("never splits a multi-byte character", () => {
    const folded = foldLine(`SUMMARY:${"åäö€".repeat(20)}`);
    for (const line of folded.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\ufffd");
    }
    expect(folded.replaceAll("\r\n ", "")).toBe(`SUMMARY:${"åäö€".repeat(20)}`);
  });
});

describe("renderCalendar", () => {
  it("round-trips text through an iCalendar parser", () => {
    const summary = "Avstämning: a;b,c\\d – ett långt namn med å, ä och ö som viks över flera rader i filen";
    const text = renderCalendar({ prodId: "-//t//t//SV", stamp: "2024-02-29", events: [{ uid: "u1@t", date: "2024-02-29", summary, description: "rad 1\nrad 2", categories: ["a,b", "c"] }] });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe("rad 1\nrad 2");
    expect(event.startDate.toString()).toBe("2024-02-29");
    expect(event.endDate.toString()).toBe("2024-03-01");
    expect(text).toContain("\r\nDTSTAMP:20240229T000000Z\r\n");
  });
});
