import { describe, expect, it } from "vitest";
import {
  escapeControl,
  isDecomposed,
  neutraliseLine,
  neutraliseLines,
  quoteValue,
  showInvisible,
  stringifyJson,
} from "../../src/text/safe-text.js";
import { runnerCommandLines } from "./fixtures.js";

describe("escapeControl", () => {
  it("leaves ordinary text, Swedish letters and emoji alone", () => {
    expect(escapeControl("Åtgärd 3: öka läsförståelsen 📚 (50 %)")).toBe("Åtgärd 3: öka läsförståelsen 📚 (50 %)");
  });

  it("names newline, carriage return and tab", () => {
    expect(escapeControl("a\nb\rc\td")).toBe("a\\nb\\rc\\td");
  });

  it("shows other C0 controls, DEL and C1 controls as \\xNN", () => {
    expect(escapeControl("\x1b[2J\x00\x07\x7f\x85\x9b")).toBe("\\x1b[2J\\x00\\x07\\x7f\\x85\\x9b");
  });

  it("shows line separators, bidi controls and lone surrogates as \\u{…}", () => {
    expect(escapeControl("\u2028\u2029\u202a\u202e\u2066\u2069\u200f")).toBe(
      "\\u{2028}\\u{2029}\\u{202a}\\u{202e}\\u{2066}\\u{2069}\\u{200f}",
    );
    expect(escapeControl("x\ud800y")).toBe("x\\u{d800}y");
  });

  it("can keep CR and LF for callers that encode them themselves", () => {
    expect(escapeControl("a\r\nb\x1b", { keepNewlines: true })).toBe("a\r\nb\\x1b");
  });

  it("leaves nothing that could drive a terminal", () => {
    let all = "";
    for (let code = 0; code < 0x3000; code++) all += String.fromCharCode(code);
    expect(escapeControl(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("quoteValue", () => {
  it("quotes strings and escapes quotes, backslashes and control characters", () => {
    expect(quoteValue("Klar")).toBe('"Klar"');
    expect(quoteValue('sa "hej"\\n')).toBe('"sa \\"hej\\"\\\\n"');
    expect(quoteValue("rad 1\nrad 2\x1b[2J")).toBe('"rad 1\\nrad 2\\x1b[2J"');
  });

  it("cuts long strings with an ellipsis and stays within max", () => {
    const quoted = quoteValue("x".repeat(100), 10);
    expect(quoted).toBe(`"${"x".repeat(9)}…"`);
    expect(quoteValue("x".repeat(10), 10)).toBe(`"${"x".repeat(10)}"`);
    expect(quoteValue("ö".repeat(1000)).length).toBeLessThanOrEqual(62);
  });

  it("never cuts through an escape or a surrogate pair", () => {
    expect(quoteValue("ab\x1bcdef", 5)).toBe('"ab…"');
    expect(quoteValue("a😀😀😀", 3)).toBe('"a😀…"');
  });

  it("never echoes a huge value", () => {
    expect(quoteValue("a".repeat(5_000_000))).toHaveLength(62);
  });

  it("renders other values briefly", () => {
    expect(quoteValue(42)).toBe("42");
    expect(quoteValue(true)).toBe("true");
    expect(quoteValue(null)).toBe("null");
    expect(quoteValue(undefined)).toBe("undefined");
    expect(quoteValue(new Date("2025-03-01T00:00:00Z"))).toBe("2025-03-01");
    expect(quoteValue([1, "a"])).toBe('[1, "a"]');
    expect(quoteValue({ status: "klar", n: [1] })).toBe('{"status": "klar", "n": […]}');
    const long = quoteValue(Array.from({ length: 10_000 }, (_, i) => i));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/, …\]$/);
    expect(quoteValue({ "a\nb": "\x1b" })).toBe('{"a\\nb": "\\x1b"}');
  });
});

describe("neutraliseLine", () => {
  it("leaves ordinary lines alone", () => {
    expect(neutraliseLine("plans/a.md")).toBe("plans/a.md");
    expect(neutraliseLine("  12:5  fel  a::b")).toBe("  12:5  fel  a::b");
  });

  it("stops a line starting with :: from being a workflow command, even after leading whitespace", () => {
    expect(neutraliseLine("::set-output name=x::y")).toBe("\\x3a:set-output name=x::y");
    expect(neutraliseLine("  \t::error::x")).toBe("  \t\\x3a:error::x");
    expect(runnerCommandLines(neutraliseLine("\u0085::error::x"))).toEqual([]);
  });

  it("breaks the old ##[ syntax anywhere in a line", () => {
    expect(neutraliseLine("see ##[error]x")).toBe("see #\\x23[error]x");
  });

  it("treats each CR- or LF-separated part as a line, as the runner does", () => {
    expect(runnerCommandLines(neutraliseLine("ok\r::add-mask::x\n::error::y"))).toEqual([]);
  });

  it("is idempotent", () => {
    const once = neutraliseLine("::a ##[b");
    expect(neutraliseLine(once)).toBe(once);
  });
});

describe("neutraliseLines", () => {
  it("neutralises every line of a text as neutraliseLine does, and leaves a clean text as it is", () => {
    const texts = ["ok\n  ::error::x\nok", "a\r::add-mask::x", "\u0085::e", "a\n\n  \n::x", "see ##[error]", "a::b\n c::d"];
    for (const text of texts) expect(neutraliseLines(text)).toBe(text.split("\n").map(neutraliseLine).join("\n"));
    expect(runnerCommandLines(neutraliseLines("ok\n\t::error::y"))).toEqual([]);
    const clean = "plans/a.md\n  12:5  fel  a::b";
    expect(neutraliseLines(clean)).toBe(clean);
  });
});

describe("stringifyJson", () => {
  it("round-trips hostile strings exactly while writing them as escapes", () => {
    const value = { s: "::x\n::y ##[error] \u202e\u2028\x7f\x9b\x1b[2J\ud800 ä" };
    const json = stringifyJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(runnerCommandLines(json)).toEqual([]);
  });
});

describe("showInvisible and quoteValue on invisible characters", () => {
  it.each([
    ["zero-width space", "a\u200bb", "a\\u{200b}b"],
    ["right-to-left override", "a\u202eb", "a\\u{202e}b"],
    ["word joiner", "a\u2060b", "a\\u{2060}b"],
    ["BOM inside text", "a\ufeffb", "a\\u{feff}b"],
    ["no-break space", "a\u00a0b", "a\\xa0b"],
    ["soft hyphen", "a\u00adb", "a\\xadb"],
    ["variation selector", "a\ufe0fb", "a\\u{fe0f}b"],
    ["tag character", "a\u{e0041}b", "a\\u{e0041}b"],
  ])("shows a %s as an escape", (_, raw, shown) => {
    expect(showInvisible(raw)).toBe(shown);
    expect(quoteValue(raw)).toBe(`"${shown}"`);
  });

  it("shows the combining marks of decomposed text, and leaves composed Swedish alone", () => {
    expect(isDecomposed("a\u0308")).toBe(true);
    expect(isDecomposed("ä")).toBe(false);
    expect(showInvisible("ansvar-a\u0308")).toBe("ansvar-a\\u{308}");
    expect(quoteValue("åtgärder")).toBe('"åtgärder"');
    expect(showInvisible("Förbättring – så här")).toBe("Förbättring – så här");
  });

  it("is idempotent, so a quoted value may pass through it again", () => {
    const once = showInvisible(quoteValue("x\u200b\u202e\u0000a\u0308"));
    expect(showInvisible(once)).toBe(once);
    expect(once).toMatch(/^[\x20-\x7e]*$/);
  });
});
