/**
 * Worker-thread side of a parallel check: claims files from the shared queue, checks them and does the job, posting
 * what the job takes as it goes and the rest of its part at the end. Started by dist/check-worker.js (written by
 * scripts/build.mjs), which loads the bundle and calls this.
 */
import { jobTake } from "../jobs/index.js";
import { claimFrom, type WorkerInput, type WorkerMessage } from "./check-parallel.js";
import { checkSlice } from "./check-slice.js";

export async function runCheckWorker(): Promise<void> {
  // Loaded here, not at the top: the bundle holds this module, and a CLI run that starts no worker never needs it.
  const { parentPort, workerData } = await import("node:worker_threads");
  const { files, config, lang, job, queue, thread } = workerData as WorkerInput;
  const post = (message: WorkerMessage) => parentPort?.postMessage(message);
  const part = checkSlice(files, config, lang, jobTake(job, config), (taken) => post({ taken }), claimFrom(queue, files.length, thread));
  post({ done: part });
}
