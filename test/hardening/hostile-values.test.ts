/**
 * Hostile values inside otherwise valid plans: each must be a finding with a position, in every output format,
 * and never reach a plan that `plan due` or `plan report` would go on with.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

interface Reported {
  code: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  file: string;
}

let dir: string;
const write = (name: string, text: string | Buffer) => writeFileSync(join(dir, name), text);
const plan = (extra: string, measures = "[]") => `id: a\ntitel: T\nåtgärder: ${measures}\n${extra}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(name: string, text: string | Buffer, lang = "sv"): Promise<{ exitCode: number; diagnostics: Reported[] }> {
  write(name, text);
  const run = await runCli(["check", "--format", "json", "--lang", lang, name], { cwd: dir });
  return { exitCode: run.exitCode, diagnostics: (JSON.parse(run.stdout) as { diagnostics: Reported[] }).diagnostics };
}

describe("control characters written as YAML escapes", () => {
  it.each([
    ["\\0", "U+0000"],
    ["\\e", "U+001B"],
    ["\\u009b", "U+009B"],
    ["\\x07", "U+0007"],
    ["\\r", "U+000D"],
  ])('"%s" in a title is file-control-char at the escape', async (written, char) => {
    const { exitCode, diagnostics } = await check("ctl.yaml", `id: a\ntitel: "ab ${written} cd"\nåtgärder: []\n`);
    expect(exitCode).toBe(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "file-control-char", line: 2, column: 12, message: expect.stringContaining(char) }),
    ]);
    expect(diagnostics[0]!.message).toContain(`skrivet ${written}`);
  });

  it("finds one in a key, in a list item and in front matter, each at its place", async () => {
    const md = `---\nid: a\ntitel: T\nåtgärder:\n  - id: m\n    rubrik: "ok"\n    ansvarig: ["EC", "A\\eC"]\n---\nText\n`;
    const { diagnostics } = await check("ctl.md", md);
    expect(diagnostics).toMatchObject([{ code: "file-control-char", line: 7, column: 24 }]);
    const key = await check("ctl-key.yaml", plan('"x\\by": 1\n'));
    expect(key.diagnostics).toMatchObject([{ code: "file-control-char", line: 4, column: 3 }]);
  });

  it("still allows tab and newline, in block scalars and as escapes", async () => {
    const text = `id: a\ntitel: "a\\tb\\nc"\nbrödtext: |\n  rad ett\n  \tindraget med tabb\nåtgärder: []\n`;
    expect((await check("tabs.yaml", text)).exitCode).toBe(0);
  });
});

describe("keys that name members of every object", () => {
  it.each([
    ["a key-figure period", "nyckeltal:\n  - id: k\n    namn: N\n    värden:\n      __proto__: 2\n", 8, 7],
    ["the top level", "__proto__: 2\n", 4, 1],
    ["a measure, as constructor", "", 5, 5],
  ])("__proto__ or constructor in %s is key-reserved, never dropped", async (_, extra, line, column) => {
    const measures = extra === "" ? "\n  - id: m\n    rubrik: R\n    constructor: x" : "[]";
    const text = extra === "" ? `id: a\ntitel: T\nåtgärder:${measures}\n` : plan(extra);
    const { exitCode, diagnostics } = await check("proto.yaml", text);
    expect(exitCode).toBe(1);
    expect(diagnostics).toMatchObject([{ code: "key-reserved", line: extra === "" ? 6 : line, column }]);
  });

  it("reports a quoted __proto__ as well, and Object.prototype is untouched", async () => {
    const { diagnostics } = await check("proto2.yaml", plan('"__proto__":\n  polluted: 1\n'));
    expect(diagnostics).toMatchObject([{ code: "key-reserved", line: 4, column: 1 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("numbers in other notations where a date, year or period is expected", () => {
  const measure = (deadline: string) => `\n  - id: m\n    rubrik: R\n    klart_senast: ${deadline}`;
  it.each(["1e3", "0x7E9", "0o17", "+2025", "02025", "2025.0", ".inf", "20251231"])(
    "klart_senast: %s is number-notation, not a year",
    async (written) => {
      const { exitCode, diagnostics } = await check("num.yaml", plan("", measure(written)));
      expect(exitCode).toBe(1);
      expect(diagnostics).toEqual([expect.objectContaining({ code: "number-notation", line: 6, column: 19 })]);
      expect(diagnostics[0]!.message).toContain(`"${written}"`);
      expect(diagnostics[0]!.hint).toContain("2025-12-31");
    },
  );

  it("år: 0x7E9 and a key-figure period 1e3 are findings too; 2025 stays a year", async () => {
    const text = `id: a\ntitel: T\når: 0x7E9\nåtgärder: []\nnyckeltal:\n  - id: k\n    namn: N\n    värden:\n      1e3: 5\n      2024: 0x10\n`;
    const { diagnostics } = await check("year.yaml", text);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["number-notation", 3, 5],
      ["number-notation", 9, 7],
      ["number-notation", 10, 13],
    ]);
    expect(diagnostics[0]!.message).toBe('år: "0x7E9" läses som talet 2025.');
    const ok = plan("år: 2025\nnyckeltal:\n  - id: k\n    namn: N\n    värden:\n      2024: 1.5\n      2025: -3\n", measure("2025"));
    expect((await check("ok.yaml", ok)).exitCode).toBe(0);
  });

  it("says so in English with --lang en", async () => {
    const { diagnostics } = await check("num-en.yaml", plan("", measure("1e3")), "en");
    expect(diagnostics[0]!.message).toBe('åtgärder[0].klart_senast: "1e3" is read as the number 1000.');
  });
});

describe("invisible and bidi characters in quoted values", () => {
  it("shows a zero-width space in an id and a right-to-left override in a key as escapes", async () => {
    const { diagnostics } = await check("zw.yaml", `id: "a\u200bb"\ntitel: T\nåtgärder: []\n"sta\u202etus": x\n`);
    const messages = diagnostics.map((d) => d.message).join("\n");
    expect(messages).toContain('"a\\u{200b}b"');
    expect(messages).toContain('"sta\\u{202e}tus"');
    expect(messages).not.toMatch(/[\u200b\u202e]/);
  });

  it("shows the invisible character in a data path too", async () => {
    const text = plan('nyckeltal:\n  - id: k\n    namn: N\n    värden:\n      "20\u200b24": x\n');
    const { diagnostics } = await check("path.yaml", text);
    expect(diagnostics[0]!.message).toContain("värden.20\\u{200b}24");
  });

  it("shows how an id in decomposed Unicode differs, and says to save it as NFC", async () => {
    const { diagnostics } = await check("nfd.yaml", `id: "ansvar-sa\u0308rskilt"\ntitel: T\nåtgärder: []\n`);
    expect(diagnostics[0]).toMatchObject({ code: "schema-format", line: 1, column: 5 });
    expect(diagnostics[0]!.message).toContain('"ansvar-sa\\u{308}rskilt"');
    expect(diagnostics[0]!.hint).toContain("NFC");
  });

  it("escapes them in the text and github formats as well", async () => {
    write("zw2.yaml", `id: "x\u200by"\ntitel: T\nåtgärder: []\n`);
    for (const format of ["text", "github", "sarif"]) {
      const run = await runCli(["check", "--format", format, "zw2.yaml"], { cwd: dir });
      const shown = format === "sarif" ? JSON.stringify(JSON.parse(run.stdout).runs[0].results[0].message) : run.stdout;
      expect(shown).toMatch(/x\\+u\{200b\}y/);
      expect(shown).not.toContain("\u200b");
    }
  });
});
