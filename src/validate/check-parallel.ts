/**
 * Spreads a large check over the machine's cores: the main thread takes one slice, worker threads the others.
 * Only the bundled CLI has the worker entry (dist/check-worker.js); elsewhere (tests run the TypeScript) and for
 * small runs, where starting a worker costs more than it saves, everything runs on the main thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/defaults.js";
import type { Lang } from "../i18n.js";
import { jobTake, type JobSpec } from "../jobs/index.js";
import type { DiscoveredFile } from "../load/discover.js";
import { checkSlice, type SlicePart } from "./check-slice.js";

export interface WorkerInput {
  files: DiscoveredFile[];
  config: Config;
  lang: Lang;
  job: JobSpec;
}

/** From a worker: a batch of taken results, or (last) the rest of its part. */
export type WorkerMessage = { taken: unknown[] } | { done: SlicePart };

/** Below this many files one thread is faster: a worker needs tens of milliseconds to load the checker. */
export const PARALLEL_MIN_FILES = 300;

const WORKER_ENTRY = new URL("./check-worker.js", import.meta.url);

/**
 * A worker keeps little (it posts what it takes as it goes), so a smaller heap than V8 would grow to costs it a few
 * more collections and saves the process about 50 MB at ten thousand plans. A worker that runs out is replaced.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

export async function checkInWorkers(files: readonly DiscoveredFile[], config: Config, lang: Lang, job: JobSpec): Promise<SlicePart[]> {
  const take = jobTake(job, config);
  const threads = threadCount(process.env.PLAN_THREADS);
  const useWorkers = threads > 1 && files.length >= PARALLEL_MIN_FILES && existsSync(fileURLToPath(WORKER_ENTRY));
  if (!useWorkers) return [checkSlice(files, config, lang, take)];
  // Interleaved slices, so each thread gets a fair share of large and small folders.
  const slices = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  // Loaded only here: a small check never pays for the worker machinery.
  const { Worker } = await import("node:worker_threads");
  // Should a worker fail (out of its memory, say), its slice is checked again here: slower, never wrong.
  const pending = slices
    .slice(1)
    .map((slice) => runWorker(Worker, { files: slice, config, lang, job }).catch(() => checkSlice(slice, config, lang, take)));
  const mine = checkSlice(slices[0]!, config, lang, take);
  return [mine, ...(await Promise.all(pending))];
}

/** PLAN_THREADS=1 turns parallelism off (for benchmarks and debugging); otherwise one thread per core, at most 4. */
export function threadCount(setting: string | undefined): number {
  const wanted = Number.parseInt(setting ?? "", 10);
  return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 16) : Math.min(availableParallelism(), 4);
}

function runWorker(Worker: typeof import("node:worker_threads").Worker, input: WorkerInput): Promise<SlicePart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: input, resourceLimits: WORKER_LIMITS });
    const batches: unknown[][] = [];
    worker.on("message", (message: WorkerMessage) => {
      if ("taken" in message) batches.push(message.taken);
      else resolve({ ...message.done, taken: [...batches.flat(), ...message.done.taken] });
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`kontrolltråden avslutades med kod ${code}`));
    });
  });
}
