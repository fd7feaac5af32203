/**
 * `plan due --format table` writes bytes from cells laid out once, reading the compact plans; it must give exactly
 * the text of the table as first written (reference-table-format.ts) from the sorted items, compact or full, with and
 * without colour, in both languages, filtered by role, on the shipped plans, the fixtures and a plan of unusual text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../src/commands/io.js";
import { DEFAULT_CONFIG, isDone } from "../../src/config/defaults.js";
import type { Lang } from "../../src/text/lang.js";
import { loadText } from "../../src/load/load-file.js";
import { planFromFile } from "../../src/model/from-file.js";
import type { PlanFile } from "../../src/schema/plan-schema.js";
import { DueItemView, DuePlan, DueReader } from "../../src/schedule/compact/item-view.js";
import { sortedItems } from "../../src/schedule/compact/order.js";
import { dueItems } from "../../src/schedule/due-items.js";
import { filterItems } from "../../src/schedule/filter.js";
import type { DueFormatContext } from "../../src/schedule/format/context.js";
import { formatTable } from "../../src/schedule/format/table.js";
import { planDueJob } from "../../src/schedule/plan-due.js";
import { scheduleRun } from "../../src/schedule/schedule-run.js";
import type { DueItem, ScheduleOptions } from "../../src/schedule/types.js";
import { validateDocument, type ValidDocument } from "../../src/validate/validate-document.js";
import { fixture, REPO } from "../helpers/paths.js";
import { referenceTableFormat } from "./reference-table-format.js";

/** Names, titles, roles and a file name that wrap, are wide, carry escapes or could start a workflow command. */
const UNUSUAL = `id: konstig-1
titel: "::warning::Titel med \\e[31mESC\\e[0m och ##[group] och \\u202eRLO"
ansvar: "81500"
år: 2024
styrdokument:
  dokumentansvarig: "EC  KTV"
  revideras_senast: 2024-12-31
åtgärder:
  - id: lang
    rubrik: En mycket lång rubrik som måste brytas över flera rader i tabellen eftersom den är lång
    status: pågår
    ansvarig: [EC]
    uppföljning:
      intervall: månadsvis
      av: [AC, "AC  ", EC]
      logg:
        - datum: 2024-03-20
          av: AC
  - id: ordlang
    rubrik: Superkalifragilistiskexpialidosiskttextsomärlängreänenkolumnochmåstedelas mitt i
    status: pågår
    klart_senast: Vt-24
    ansvarig: [FC hemtjänst]
  - id: kina
    rubrik: 漢字の見出しはとても長いので折り返す必要があります本当に長いです
    status: pågår
    klart_senast: Q1 2024
    ansvarig: [EC KTV]
    uppföljning:
      datum: 2024-04-10
  - id: emoji
    rubrik: "Emoji 😀😀😀 och kombinerande e\\u0301 och noll\\u200bbredd och \\x85NEL"
    status: ej påbörjad
    klart_senast: Ht 24
    ansvarig: [EC, EC]
    uppföljning:
      avstämning: 2024-04-20
      av: [EC natt]
  - id: radbrytning
    rubrik: "::rad ett\\nrad två ##[x] med \\ttab och \\x7fDEL"
    status: pågår
    klart_senast: 2024-06
    uppföljning:
      intervall: kvartalsvis
  - id: kolon
    rubrik: "  ::kolon först"
    aktivitet: ":: kolon aktivitet som är ganska lång så att den bryts någonstans ::i mitten"
    status: pågår
    klart_senast: april 2024
    ansvarig: [Redovisningsekonom]
`;

function document(yaml: string, display: string): ValidDocument | undefined {
  const loaded = loadText({ absolute: `/x/${display}`, display }, yaml);
  if (!loaded.ok) return undefined;
  const result = validateDocument(loaded.file, DEFAULT_CONFIG, "sv");
  return result.ok && result.document.typ === "handlingsplan" ? result.document : undefined;
}

function documents(dir: string, display: string): ValidDocument[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => /\.(md|ya?ml)$/.test(name))
    .flatMap((name) => document(readFileSync(join(dir, name), "utf8"), `${display}/${name}`) ?? []);
}

const corpus = [
  ...documents(join(REPO, "plans"), "plans"),
  ...documents(fixture("due-cases", "plans"), "due-cases"),
  document(UNUSUAL, "plans/fil med ::mellanslag ##[åäö].yaml")!,
];

const options = (today: string, within: number): ScheduleOptions => ({ today, within, reportMonths: [5, 11], isDone: (s) => isDone(DEFAULT_CONFIG, s) });

function compactPlans(opts: ScheduleOptions, role?: string): DuePlan[] {
  const take = planDueJob(scheduleRun(opts), role === undefined ? {} : { role });
  const reader = new DueReader(opts.today);
  return corpus.map((doc) => new DuePlan(take(doc)!, reader));
}

function fullItems(opts: ScheduleOptions, role?: string): DueItem[] {
  const plans = corpus.map((doc) => planFromFile(doc.data as PlanFile, doc.file));
  return filterItems(dueItems(plans, opts), role === undefined ? {} : { role });
}

async function written(plans: readonly DuePlan[], ctx: DueFormatContext): Promise<string> {
  let text = "";
  await writeChunks({ stdout: (t) => void (text += t) }, formatTable(plans, ctx));
  return text;
}

describe("plan due --format table", () => {
  it.each([
    ["2024-05-01", 14, "sv", false, undefined],
    ["2024-05-01", 400, "sv", true, undefined],
    ["2024-10-20", 400, "en", true, undefined],
    ["2024-10-20", 400, "en", false, "EC"],
    ["2024-05-01", 400, "sv", true, "EC KTV"],
    ["2023-01-01", 0, "sv", false, undefined],
  ] as const)("gives the reference text on %s within %i days (%s, colour %s, role %s)", async (today, within, lang: Lang, color, role) => {
    const opts = options(today, within);
    const ctx = (items: readonly DueItem[]): DueFormatContext => ({
      lang,
      color,
      today,
      within,
      locate: (item) => (item instanceof DueItemView ? { line: item.line, column: item.column } : corpusLocate(item, items)),
      roleTitles: DEFAULT_CONFIG.roles,
      ...(role !== undefined && { roleFilter: role }),
      skippedFiles: [],
      toolVersion: "test",
    });
    const plans = compactPlans(opts, role);
    const compact = sortedItems(plans);
    const text = await written(plans, ctx(compact));
    expect(text).toBe(referenceTableFormat(compact, ctx(compact)));
    // The same as the full items, which the report and the other formats' tests start from, would give.
    const full = fullItems(opts, role);
    expect(text).toBe(referenceTableFormat(full, ctx(full)));
  });
});

function corpusLocate(item: DueItem, _items: readonly DueItem[]) {
  return corpus.find((doc) => doc.file.display === item.file)!.file.locate(item.path);
}
