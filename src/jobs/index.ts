/**
 * What a check run does with each valid document besides checking it, by name, so that worker threads (which
 * cannot be handed a function) do the same as the main thread: nothing (`plan check`), or work out the plan's due
 * items (`plan due`). A job's result must survive structured cloning: plain data only.
 */
import { type Config, isDone } from "../config/defaults.js";
import type { IsoDate } from "../dates/local-date.js";
import type { DueFilter } from "../schedule/filter.js";
import { planDueJob } from "../schedule/plan-due.js";
import { scheduleRun } from "../schedule/schedule-run.js";
import type { ValidDocument } from "../validate/validate-document.js";

export type JobSpec = { kind: "check" } | { kind: "due"; today: IsoDate; within: number; filter: DueFilter };

/** Per valid document: what to keep of it, or undefined for nothing. */
export type Take = (document: ValidDocument) => unknown;

export function jobTake(job: JobSpec, config: Config): Take | undefined {
  switch (job.kind) {
    case "check":
      return undefined;
    case "due": {
      const options = { today: job.today, within: job.within, reportMonths: config.reportMonths, isDone: (s: string | undefined) => isDone(config, s) };
      return planDueJob(scheduleRun(options), job.filter);
    }
  }
}
