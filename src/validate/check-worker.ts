/** Worker-thread entry of a parallel check: checks its slice of files and posts the diagnostics and plan ids. */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, planIdRecord, type PlanIdRecord } from "./check-file.js";
import type { SlicePart, WorkerInput } from "./check-parallel.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

const { files, config, lang } = workerData as WorkerInput;
const diagnostics: Diagnostic[] = [];
const ids: PlanIdRecord[] = [];
for (const file of files) {
  const outcome = checkFile(file, config, lang);
  diagnostics.push(...outcome.diagnostics);
  const record = planIdRecord(outcome);
  if (record) ids.push(record);
}
parentPort?.postMessage({ diagnostics, ids } satisfies SlicePart);
