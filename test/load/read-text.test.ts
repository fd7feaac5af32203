import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/load/read-text.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("accepts UTF-8 and removes a BOM", () => {
    expect(decodeText(bytes("\uFEFFid: å\n"))).toEqual({ ok: true, text: "id: å\n" });
  });

  it("turns CRLF and lone CR into LF so no value keeps a stray \\r", () => {
    expect(decodeText(bytes("a: 1\r\nb: 2\rc: 3\r\n"))).toEqual({ ok: true, text: "a: 1\nb: 2\nc: 3\n" });
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
