import { describe, expect, it } from "vitest";
import { decodeText, quickText } from "../../src/load/read-text.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("accepts UTF-8 and removes a BOM", () => {
    expect(decodeText(bytes("\uFEFFid: å\n"))).toEqual({ ok: true, text: "id: å\n", clean: true });
  });

  it("turns CRLF and lone CR into LF so no value keeps a stray \\r", () => {
    expect(decodeText(bytes("a: 1\r\nb: 2\rc: 3\r\n"))).toEqual({ ok: true, text: "a: 1\nb: 2\nc: 3\n", clean: true });
  });

  it("reports an empty or blank file", () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, problem: { code: "file-empty" } });
    expect(decodeText(bytes(" \n\n"))).toMatchObject({ ok: false, problem: { code: "file-empty" } });
  });

  it("names Windows-1252 when Swedish letters are single bytes", () => {
    const latin = Uint8Array.from([0x69, 0x64, 0x3a, 0x20, 0x66, 0xf6, 0x72, 0x0a]); // "id: för" in Windows-1252
    expect(decodeText(latin)).toMatchObject({ ok: false, problem: { code: "file-encoding", params: { guess: "Windows-1252" } } });
  });

  it("says not UTF-8 without a guess for other bytes", () => {
    expect(decodeText(Uint8Array.from([0x61, 0x3a, 0x20, 0x80, 0x0a]))).toMatchObject({
      ok: false,
      problem: { code: "file-encoding", params: { guess: undefined } },
    });
  });

  it("reports a NUL with its line and column", () => {
    expect(decodeText(bytes("a: 1\nb: x\u0000y\n"))).toMatchObject({
      ok: false,
      problem: { code: "file-control-char", at: { line: 2, column: 5 }, params: { char: "U+0000" } },
    });
  });

  it("calls a file with many NULs or a known signature binary", () => {
    expect(decodeText(Uint8Array.from([1, 0, 0, 0, 2, 0, 0, 0]))).toMatchObject({ ok: false, problem: { code: "file-binary" } });
    expect(decodeText(bytes("%PDF-1.7\n..."))).toMatchObject({ ok: false, problem: { code: "file-binary" } });
  });
});

describe("quickText (the text Node decoded, used when it is certainly what decodeText gives)", () => {
  const cases: [string, Uint8Array][] = [
    ["plain UTF-8", bytes("id: åäö\n")],
    ["a BOM", bytes("\uFEFFid: å\n")],
    ["CRLF", bytes("a: 1\r\nb: 2\r\n")],
    ["a real U+FFFD", bytes("a: \uFFFD\n")],
    ["a NUL", bytes("a: 1\nb: x\u0000y\n")],
    ["a C1 control", bytes("a: \u0085\n")],
    ["Windows-1252", Uint8Array.from([0x69, 0x64, 0x3a, 0x20, 0x66, 0xf6, 0x72, 0x0a])],
    ["a stray continuation byte", Uint8Array.from([0x61, 0x3a, 0x20, 0x80, 0x0a])],
    ["an overlong encoding", Uint8Array.from([0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a])],
    ["a surrogate in UTF-8", Uint8Array.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a])],
    ["a PDF", bytes("%PDF-1.7\n...")],
    ["a GIF", bytes("GIF89a ...")],
    ["a PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["a ZIP", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ["blank", bytes(" \n\n")],
    ["empty", new Uint8Array()],
  ];

  it.each(cases)("gives decodeText's answer or none, on %s", (_, input) => {
    const decoded = Buffer.from(input).toString("utf8");
    const quick = quickText(decoded);
    if (quick) expect(quick).toEqual(decodeText(input));
  });

  it("answers for ordinary plan text, so that the quick path is used at all", () => {
    expect(quickText("id: å\r\n")).toEqual({ ok: true, text: "id: å\n", clean: true });
    expect(quickText("a: \uFFFD\n")).toBeUndefined();
  });

  it("says whether the text holds anything the block reader leaves to the other parsers, once normalised", () => {
    expect(quickText("id: x\n")).toMatchObject({ clean: true });
    expect(quickText("id: x\r\n")).toMatchObject({ clean: true });
    for (const odd of ["\t", "\u2028", "\u2029"]) expect(quickText(`id: x${odd}y\n`)).toMatchObject({ ok: true, clean: false });
    expect(decodeText(bytes("id: x\ty\n"))).toMatchObject({ ok: true, clean: false });
  });
});
