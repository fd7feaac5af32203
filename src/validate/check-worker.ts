/** Worker-thread entry of a parallel check: checks its slice of files, does the job, posts the slice's part. */
import { parentPort, workerData } from "node:worker_threads";
import { jobTake } from "../jobs/index.js";
import type { WorkerInput } from "./check-parallel.js";
import { checkSlice, type SlicePart } from "./check-slice.js";

const { files, config, lang, job } = workerData as WorkerInput;
parentPort?.postMessage(checkSlice(files, config, lang, jobTake(job, config)) satisfies SlicePart);
