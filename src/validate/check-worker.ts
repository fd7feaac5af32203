/**
 * Worker-thread entry of a parallel check: checks its slice of files and does the job, posting what the job takes
 * as it goes and the rest of the slice's part at the end.
 */
import { parentPort, workerData } from "node:worker_threads";
import { jobTake } from "../jobs/index.js";
import { claimFrom, type WorkerInput, type WorkerMessage } from "./check-parallel.js";
import { checkSlice } from "./check-slice.js";

const { files, config, lang, job, queue, thread } = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const part = checkSlice(files, config, lang, jobTake(job, config), (taken) => post({ taken }), claimFrom(queue, files.length, thread));
post({ done: part });
