/**
 * `plan due --format table` as a reader sees it: a section per role in the config's order, a heading and a table per
 * plan, the state in words, every word of a long name kept, colour only when asked for, hostile text escaped.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { formatTable } from "../../src/schedule/format/table.js";
import type { DueItem } from "../../src/schedule/types.js";
import { due, planOf } from "./helpers.js";

const ESC = "\x1b";

function context(more: Partial<DueFormatContext> = {}): DueFormatContext {
  return {
    lang: "sv",
    color: false,
    today: "2024-05-01",
    within: 14,
    roleTitles: DEFAULT_CONFIG.roles,
    skippedFiles: [],
    reminderDays: 7,
    toolVersion: "test",
    ...more,
  };
}

/** An item as dueItems makes them; `daysOverdue` decides its state and due date (today 2024-05-01). */
function item(more: Partial<DueItem> & { daysOverdue: number }): DueItem {
  const date = new Date(Date.UTC(2024, 4, 1 - more.daysOverdue)).toISOString().slice(0, 10);
  return {
    kind: "followup-date",
    state: more.daysOverdue > 0 ? "overdue" : "due-soon",
    due: date,
    planId: "p",
    planTitle: "Plan P",
    file: "plans/p.yaml",
    path: ["åtgärder", 0, "uppföljning", "datum"],
    line: 12,
    column: 14,
    measureId: "m",
    measureName: "Åtgärd M",
    responsible: ["EC"],
    ...more,
  };
}

/** The lines that are neither a box rule nor a table row: the headings, blank lines and the summary. */
function headings(text: string): string[] {
  return text.split("\n").filter((line) => !/^[┌├└│]/.test(line));
}

/** The table rows' cells, trimmed: one array per line of a row. */
function rowLines(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("│"))
    .map((line) =>
      line
        .split("│")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe("plan due --format table", () => {
  it("has a section per role as written, in the config's role order, unknown codes after, no role last", () => {
    const items = [
      item({ daysOverdue: 5, responsible: [] }),
      item({ daysOverdue: 4, responsible: ["Zeta"] }),
      item({ daysOverdue: 3, responsible: ["EC pers. ass", "AC"] }),
      item({ daysOverdue: 2, responsible: ["EC", "EC  "] }),
      item({ daysOverdue: 1, responsible: ["Redovisningsekonom", "Alfa"] }),
    ];
    const roleLines = headings(formatTable(items, context())).filter((line) => line !== "" && !line.startsWith("p: "));
    expect(roleLines).toEqual([
      "EC (Enhetschef)",
      "EC pers. ass (Enhetschef)",
      "AC (Avdelningschef)",
      "Redovisningsekonom",
      "Alfa",
      "Zeta",
      "Ingen ansvarig angiven",
      "5 försenade, 0 snart förfallande (per 2024-05-01, inom 14 dagar).",
    ]);
  });

  it("lists an item under each of its roles and counts it once", () => {
    const text = formatTable([item({ daysOverdue: 3, responsible: ["EC", "AC"] })], context());
    expect(rowLines(text).filter((cells) => cells[0] === "Åtgärd M")).toHaveLength(2);
    expect(text).toContain("1 försenad, 0 snart förfallande");
  });

  it("with --ansvarig shows only the groups of matching roles", () => {
    const items = [item({ daysOverdue: 3, responsible: ["EC KTV", "EC pers. ass", "AC"] })];
    const shown = (roleFilter: string) =>
      headings(formatTable(items, context({ roleFilter }))).filter(
        (line) => line.includes("(Enhetschef)") || line.includes("(Avdelningschef)"),
      );
    expect(shown("EC")).toEqual(["EC KTV (Enhetschef)", "EC pers. ass (Enhetschef)"]);
    expect(shown("EC KTV")).toEqual(["EC KTV (Enhetschef)"]);
    expect(shown("AC")).toEqual(["AC (Avdelningschef)"]);
  });

  it("heads each plan with id, title and file, the most overdue plan first", () => {
    const items = [
      item({ daysOverdue: 30, planId: "b", planTitle: "Plan B", file: "plans/b.yaml" }),
      item({ daysOverdue: 10, planId: "a", planTitle: "Plan A", file: "plans/a.yaml" }),
      item({ daysOverdue: 2, planId: "b", planTitle: "Plan B", file: "plans/b.yaml", measureName: "Andra" }),
    ];
    const text = formatTable(items, context());
    expect(headings(text)).toEqual([
      "EC (Enhetschef)",
      "b: Plan B (plans/b.yaml)",
      "a: Plan A (plans/a.yaml)",
      "",
      "3 försenade, 0 snart förfallande (per 2024-05-01, inom 14 dagar).",
      "",
    ]);
    // Plan B's table holds both its items, in date order.
    expect(rowLines(text).map((cells) => cells[0])).toEqual(["Åtgärd", "Åtgärd M", "Andra", "Åtgärd", "Åtgärd M"]);
  });

  it("shows the columns, the state in words and the line in the file", () => {
    const items = [
      item({ daysOverdue: 30, line: 45 }),
      item({ daysOverdue: 1, line: 7 }),
      item({ daysOverdue: 0, kind: "checkpoint", line: 58 }),
      item({ daysOverdue: -3, kind: "deadline", deadline: "Vt-24", line: 53 }),
    ];
    expect(rowLines(formatTable(items, context()))).toEqual([
      ["Åtgärd", "Vad", "Förfaller", "Läge", "Rad"],
      ["Åtgärd M", "Uppföljning", "2024-04-01", "30 dagar sen", "45"],
      ["Åtgärd M", "Uppföljning", "2024-04-30", "1 dag sen", "7"],
      ["Åtgärd M", "Avstämning", "2024-05-01", "i dag", "58"],
      ["Åtgärd M", "Klart senast Vt-24", "2024-05-04", "om 3 dagar", "53"],
    ]);
    expect(rowLines(formatTable(items, context({ lang: "en" }))).map((cells) => cells[3])).toEqual([
      "Status",
      "30 days late",
      "1 day late",
      "today",
      "in 3 days",
    ]);
  });

  it("shows a plan's items as dueItems finds them, from the YAML a user writes", () => {
    const plan = planOf(
      "id: p\ntitel: P\nstyrdokument:\n  dokumentansvarig: AC\n  revideras_senast: 2024-05-10\nåtgärder:\n" +
        "  - id: a\n    rubrik: A\n    status: pågår\n    ansvarig: [EC]\n    uppföljning:\n      datum: 2024-04-01\n      av: [EC KTV]\n",
      "plans/p.yaml",
    );
    const text = formatTable(due(plan, "2024-05-01"), context());
    expect(headings(text).filter((line) => line !== "")).toEqual([
      "EC KTV (Enhetschef)",
      "p: P (plans/p.yaml)",
      "AC (Avdelningschef)",
      "p: P (plans/p.yaml)",
      "1 försenad, 1 snart förfallande (per 2024-05-01, inom 14 dagar).",
    ]);
    expect(rowLines(text).slice(1)).toEqual([
      ["A", "Uppföljning", "2024-04-01", "30 dagar sen", "12"],
      ["Åtgärd", "Vad", "Förfaller", "Läge", "Rad"],
      ["–", "Planen ska revideras", "2024-05-10", "om 9 dagar", "5"],
    ]);
  });

  it("wraps long names within the column and keeps every word and character", () => {
    const name =
      "En mycket lång rubrik med Superkalifragilistiskexpialidosiskttextsomärlängreänenkolumn och 漢字の見出しはとても長いので折り返す必要があります";
    const text = formatTable([item({ daysOverdue: 1, measureName: name })], context());
    const rows = rowLines(text).slice(1);
    expect(rows.length).toBeGreaterThan(3);
    expect(
      rows
        .map((cells) => cells[0])
        .join("")
        .replaceAll(" ", ""),
    ).toBe(name.replaceAll(" ", ""));
    expect(rows.map((cells) => cells[0])).toContain("Superkalifragilistiskexpialidosi");
    expect(text).not.toContain("…");
    // Every line of the table is as wide as its rule (the CJK characters take two columns each).
    const width = (line: string) => [...line].reduce((sum, ch) => sum + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0);
    const table = text.split("\n").filter((line) => /^[┌├└│]/.test(line));
    expect(new Set(table.map(width)).size).toBe(1);
  });

  it("writes no escape codes without colour", () => {
    const text = formatTable([item({ daysOverdue: 3 }), item({ daysOverdue: -2 })], context());
    expect(text).not.toContain(ESC);
  });

  it("colours with colour: overdue red, due soon yellow, headings bold and underlined, the summary by the worst state", () => {
    const color = context({ color: true });
    const text = formatTable([item({ daysOverdue: 3 }), item({ daysOverdue: -2 })], color);
    expect(text).toContain(`${ESC}[31m3 dagar sen${ESC}[39m`);
    expect(text).toContain(`${ESC}[33mom 2 dagar${ESC}[39m`);
    expect(text).toContain(`${ESC}[1m${ESC}[4mEC (Enhetschef)${ESC}[24m${ESC}[22m`);
    expect(text).toContain(`${ESC}[2m(plans/p.yaml)${ESC}[22m`);
    expect(text).toContain(`${ESC}[1mÅtgärd${ESC}[22m`);
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/^\x1b\[31m\x1b\[1m1 försenad, 1 snart/);
    expect(
      formatTable([item({ daysOverdue: -2 })], color)
        .trimEnd()
        .split("\n")
        .at(-1),
    ).toMatch(/^\x1b\[33m\x1b\[1m0 försenade, 1 snart/);
    expect(formatTable([], color)).toBe(
      `${ESC}[32m${ESC}[1mInget försenat eller snart förfallande (per 2024-05-01, inom 14 dagar).${ESC}[22m${ESC}[39m\n`,
    );
  });

  it("escapes control characters and workflow commands in plan text, role and file", () => {
    const hostile = item({
      daysOverdue: 3,
      planId: "::warning::x",
      planTitle: `Titel ${ESC}[2J med\nny rad och \u202eRLO och ##[group]`,
      file: "plans/fil\r.yaml",
      measureName: `Namn ${ESC}]8;;http://x${ESC}\\`,
      responsible: [`EC ${ESC}[31m`],
    });
    for (const color of [false, true]) {
      const text = formatTable([hostile], context({ color }));
      const withoutStyles = text.replace(/\x1b\[\d+m/g, "");
      expect(withoutStyles).not.toContain(ESC);
      expect(withoutStyles).not.toMatch(/[\r\u202e]/);
      expect(text).not.toContain("##[");
      expect(text.split("\n").some((line) => /^\s*::/.test(line.replace(/\x1b\[\d+m/g, "")))).toBe(false);
      expect(withoutStyles).toContain("Titel \\x1b[2J med\\nny rad och \\u{202e}RLO och #\\x23[group]");
      expect(withoutStyles).toContain("(plans/fil\\r.yaml)");
      expect(withoutStyles).toContain("Namn \\x1b]8;;http://x\\x1b\\");
      expect(withoutStyles).toContain("EC \\x1b[31m (Enhetschef)");
    }
  });

  it("is only the summary when nothing is due", () => {
    expect(formatTable([], context())).toBe("Inget försenat eller snart förfallande (per 2024-05-01, inom 14 dagar).\n");
    expect(formatTable([], context({ lang: "en", within: 1 }))).toBe("Nothing overdue or due soon (as of 2024-05-01, within 1 day).\n");
  });
});
