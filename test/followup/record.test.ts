/** recordFollowUp: the splice itself, on many layouts, checked line by line and by re-parsing. */
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { logEntry } from "../../src/followup/entry.js";
import { recordFollowUp } from "../../src/followup/record.js";
import type { FollowUpChange } from "../../src/followup/splice.js";
import { insertedLines } from "./helpers.js";

const change = (
  measureIndex: number,
  more: Partial<FollowUpChange> = {},
  entry = logEntry({ date: "2024-05-02", by: "EC" }),
): FollowUpChange => ({
  measureIndex,
  entry,
  ...more,
});

function record(text: string, c: FollowUpChange, format: "yaml" | "markdown" = "yaml"): string {
  const result = recordFollowUp(text, format, c);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const logOf = (text: string, i = 0) =>
  (parseDocument(text).toJS() as { åtgärder: { uppföljning: { logg: unknown[] } }[] }).åtgärder[i]!.uppföljning.logg;

describe("appending to an existing log", () => {
  const base =
    "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning:\n      logg:\n        - datum: 2024-01-01\n          av: AC # sist\n      # efter loggen\n  - id: n\n    rubrik: N\n";

  it("adds the entry after the last one, at the same indentation, nothing else touched", () => {
    const after = record(base, change(0));
    expect(insertedLines(base, after)).toEqual(["        - datum: 2024-05-02", "          av: EC"]);
    expect(logOf(after)).toEqual([
      { datum: "2024-01-01", av: "AC" },
      { datum: "2024-05-02", av: "EC" },
    ]);
  });

  it("follows an indentless list (`logg:` then `- ` at the same column)", () => {
    const text = "id: p\ntitel: P\nåtgärder:\n- id: m\n  rubrik: R\n  uppföljning:\n    logg:\n    - datum: 2024-01-01\n";
    expect(insertedLines(text, record(text, change(0)))).toEqual(["    - datum: 2024-05-02", "      av: EC"]);
  });

  it("writes a multi-line comment as a literal block and quotes what must be quoted", () => {
    const entry = logEntry({ date: "2024-05-02", status: "pågår", comment: "rad ett: med kolon\nrad två", by: "EC" });
    const after = record(base, change(0, {}, entry));
    expect(insertedLines(base, after)).toEqual([
      "        - datum: 2024-05-02",
      "          status: pågår",
      "          kommentar: |-",
      "            rad ett: med kolon",
      "            rad två",
      "          av: EC",
    ]);
    const odd = logEntry({ date: "2024-05-02", comment: "# inte en kommentar", by: "EC" });
    expect(logOf(record(base, change(0, {}, odd)))[1]).toEqual({ datum: "2024-05-02", kommentar: "# inte en kommentar", av: "EC" });
  });
});

describe("creating what is missing", () => {
  it("creates logg under an existing uppföljning, after a block scalar ending it", () => {
    const text =
      "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning:\n      text: |\n        två\n        rader\n\n  - id: n\n    rubrik: N\n";
    expect(insertedLines(text, record(text, change(0)))).toEqual(["      logg:", "        - datum: 2024-05-02", "          av: EC"]);
  });

  it("creates uppföljning and logg in a measure without them, using the file's own indentation", () => {
    const text = "id: p\ntitel: P\nstyrdokument:\n    diarienummer: 2023.027 VON\nåtgärder:\n  - id: m\n    rubrik: R   # rubriken\n";
    expect(insertedLines(text, record(text, change(0)))).toEqual([
      "    uppföljning:",
      "        logg:",
      "          - datum: 2024-05-02",
      "            av: EC",
    ]);
  });

  it("turns `logg: []` into a block list and keeps the comment on its line", () => {
    const text =
      "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning:\n      datum: 2024-06-01\n      logg: []   # tom\n";
    const after = record(text, change(0));
    expect(after).toBe(
      "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning:\n      datum: 2024-06-01\n      logg:   # tom\n        - datum: 2024-05-02\n          av: EC\n",
    );
  });

  it("handles a YAML file without a final newline", () => {
    const text = "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R";
    const after = record(text, change(0));
    expect(after.startsWith(`${text}\n`)).toBe(true);
    expect(logOf(after)).toEqual([{ datum: "2024-05-02", av: "EC" }]);
  });
});

describe("the measure's status", () => {
  const text =
    "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    status: 'pågår'   # nu\n    uppföljning:\n      datum: 2024-04-01\n  - id: n\n    rubrik: N\n    åtgärd: Gör\n    klart_senast: Vt-24\n";

  it("replaces only the value of an existing status, keeping the comment after it", () => {
    const after = record(text, change(0, { newStatus: "klar" }));
    expect(insertedLines(text.replace("status: 'pågår'   # nu", "status: klar   # nu"), after)).toEqual([
      "      logg:",
      "        - datum: 2024-05-02",
      "          av: EC",
    ]);
  });

  it("adds a missing status after the keys that come before it", () => {
    const after = record(text, change(1, { newStatus: "ej påbörjad" }));
    expect(insertedLines(text, after)).toEqual([
      "    status: ej påbörjad",
      "    uppföljning:",
      "      logg:",
      "        - datum: 2024-05-02",
      "          av: EC",
    ]);
    expect(after).toContain("    åtgärd: Gör\n    status: ej påbörjad\n    klart_senast: Vt-24\n");
  });
});

describe("line endings, BOM and front matter", () => {
  const md = "---\r\nid: p\r\ntitel: P\r\nåtgärder:\r\n  - id: m\r\n    rubrik: R\r\n---\r\n\r\n## Text\r\n\r\nid: inte-yaml\r\n";

  it("keeps CRLF, adds CRLF lines, and leaves the Markdown body byte for byte", () => {
    const after = record(md, change(0), "markdown");
    expect(insertedLines(md, after)).toEqual([
      "    uppföljning:\r",
      "      logg:\r",
      "        - datum: 2024-05-02\r",
      "          av: EC\r",
    ]);
    expect(after.endsWith("---\r\n\r\n## Text\r\n\r\nid: inte-yaml\r\n")).toBe(true);
  });

  it("keeps a BOM", () => {
    const after = record(`\ufeff${md}`, change(0), "markdown");
    expect(after.startsWith("\ufeff---\r\n")).toBe(true);
    expect(after.indexOf("\ufeff", 1)).toBe(-1);
  });
});

describe("refusals: never reformat", () => {
  it.each([
    [
      "a flow-style uppföljning",
      "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning: { datum: 2024-06-01 }\n",
      /uppföljning är skriven i flödesstil/,
    ],
    [
      "a flow-style log with entries",
      "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    uppföljning:\n      logg: [{ datum: 2024-01-01 }]\n",
      /logg är skriven i flödesstil/,
    ],
    ["a flow-style measure", "id: p\ntitel: P\nåtgärder:\n  - { id: m, rubrik: R }\n", /åtgärden är skriven i flödesstil/],
  ])("%s", (_, text, reason) => {
    const result = recordFollowUp(text, "yaml", change(0));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it("a status written as a block scalar", () => {
    const text = "id: p\ntitel: P\nåtgärder:\n  - id: m\n    rubrik: R\n    status: >-\n      pågår\n";
    const result = recordFollowUp(text, "yaml", change(0, { newStatus: "klar" }));
    expect(!result.ok && result.reason).toMatch(/blockskalär/);
  });
});
