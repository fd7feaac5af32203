/**
 * The previous report-back and the reported plans as they were on its day: the definition with the latest period
 * before this one (its `datum`, else its period's last day), and each plan file from git as of that day, read and
 * checked like any plan file. A version that no longer passes the check is left out, as unknown.
 */
import { resolve } from "node:path";
import type { Config } from "../../config/defaults.js";
import { daysInMonth, type IsoDate, isoDate } from "../../dates/local-date.js";
import { loadText } from "../../load/load-file.js";
import type { ReportDefinition } from "../../model/report-definition.js";
import type { Plan } from "../../model/types.js";
import type { Lang } from "../../text/lang.js";
import { checkLoaded } from "../../validate/check-file.js";
import type { HistorySource } from "../model/types.js";
import { gitHistory } from "./git-history.js";

export interface PreviousReport {
  date: IsoDate;
  file: string;
  plans: Map<string, Plan>;
  source: HistorySource;
}

export function previousReport(
  definition: ReportDefinition,
  definitions: readonly ReportDefinition[],
  plans: readonly Plan[],
  context: { cwd: string; config: Config; lang: Lang },
): PreviousReport | undefined {
  const key = (d: ReportDefinition) => d.period.year * 12 + d.period.month;
  const earlier = definitions.filter((d) => key(d) < key(definition)).sort((a, b) => key(b) - key(a))[0];
  if (!earlier) return undefined;
  const { year, month } = earlier.period;
  const date = earlier.date ?? isoDate(year, month, daysInMonth(year, month));
  const history = gitHistory(context.cwd);
  const then = new Map<string, Plan>();
  if (history.kind === "git") {
    for (const plan of plans) {
      const found = { absolute: resolve(context.cwd, plan.file), display: plan.file };
      const text = history.fileAt(found.absolute, date);
      if (text === undefined) continue;
      const outcome = checkLoaded(found, () => loadText(found, text), context.config, context.lang);
      if (outcome.document?.kind === "plan" && outcome.document.plan.id === plan.id) then.set(plan.id, outcome.document.plan);
    }
  }
  return { date, file: earlier.file, plans: then, source: history.kind === "git" ? "git" : history.reason };
}
