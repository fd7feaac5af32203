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
import { checkSlice, type Claim, type SlicePart } from "./check-slice.js";

export interface WorkerInput {
  files: DiscoveredFile[];
  config: Config;
  lang: Lang;
  job: JobSpec;
  /** The shared queue of the files (sharedQueue), and this worker's number in it. */
  queue: Int32Array;
  thread: number;
}

/** From a worker: a batch of taken results, or (last) the rest of its part. */
export type WorkerMessage = { taken: unknown[] } | { done: SlicePart };

/**
 * Below this many files one thread is faster, unless PLAN_THREADS asks for more: a worker needs tens of
 * milliseconds to load the checker and warms up its own JIT, and V8 already uses the second core for garbage
 * collection and compiling. Measured on two vCPUs (docs/benchmark.md): two threads are slower at 1,000–4,000 plans
 * and ≈ 15 % faster at 10,000.
 */
export const PARALLEL_MIN_FILES = 6000;

/** With PLAN_THREADS set, a run is split as soon as each thread gets this many files. */
const EXPLICIT_MIN_FILES_PER_THREAD = 50;

const WORKER_ENTRY = new URL("./check-worker.js", import.meta.url);

/**
 * A worker keeps little (it posts what it takes as it goes), so a smaller heap than V8 would grow to costs it a few
 * more collections and saves the process about 50 MB at ten thousand plans. A worker that runs out is replaced.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

/** The main thread's number in the queue; workers are 2, 3, … (0: claimed by no one yet, or by one that died). */
const MAIN_THREAD = 1;

export async function checkInWorkers(files: readonly DiscoveredFile[], config: Config, lang: Lang, job: JobSpec): Promise<SlicePart[]> {
  const take = jobTake(job, config);
  const setting = process.env.PLAN_THREADS;
  const threads = threadCount(setting);
  const enough = isExplicit(setting) ? files.length >= threads * EXPLICIT_MIN_FILES_PER_THREAD : files.length >= PARALLEL_MIN_FILES;
  const useWorkers = threads > 1 && enough && existsSync(fileURLToPath(WORKER_ENTRY));
  if (!useWorkers) return [checkSlice(files, config, lang, take)];
  // One queue for all threads: each claims the next file, so a worker that starts late or runs slower (its JIT is
  // cold) simply checks fewer, and no thread waits for another's share.
  const queue = sharedQueue(files.length);
  // Loaded only here: a small check never pays for the worker machinery.
  const { Worker } = await import("node:worker_threads");
  const failed = new Set<number>();
  const pending = Array.from({ length: threads - 1 }, (_, w) => {
    const thread = MAIN_THREAD + 1 + w;
    return runWorker(Worker, { files: [...files], config, lang, job, queue, thread }).catch(() => {
      failed.add(thread);
      return undefined;
    });
  });
  const mine = checkSlice(files, config, lang, take, undefined, claimFrom(queue, files.length, MAIN_THREAD));
  const theirs = (await Promise.all(pending)).filter((part) => part !== undefined);
  // Should a worker fail (out of its memory, say), the files it claimed are checked again here: slower, never wrong.
  if (failed.size > 0) {
    const again = files.filter((_, i) => queue[1 + i] === 0 || failed.has(queue[1 + i]!));
    theirs.push(checkSlice(again, config, lang, take));
  }
  return [mine, ...theirs];
}

/** The next file to claim (at 0), then per file the number of the thread that claimed it. */
function sharedQueue(count: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (1 + count)));
}

/** Claims files from a shared queue for thread `thread`, marking each as its own. */
export function claimFrom(queue: Int32Array, count: number, thread: number): Claim {
  return () => {
    const index = Atomics.add(queue, 0, 1);
    if (index >= count) return -1;
    Atomics.store(queue, 1 + index, thread);
    return index;
  };
}

/** PLAN_THREADS=1 turns parallelism off, PLAN_THREADS=N asks for N threads; else one thread per core, at most 4. */
export function threadCount(setting: string | undefined): number {
  return isExplicit(setting) ? Math.min(Number.parseInt(setting!, 10), 16) : Math.min(availableParallelism(), 4);
}

function isExplicit(setting: string | undefined): boolean {
  const wanted = Number.parseInt(setting ?? "", 10);
  return Number.isInteger(wanted) && wanted >= 1;
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
