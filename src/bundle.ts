/**
 * The bundle's entry (scripts/build.mjs → dist/plan.cjs, loaded by bin/load-bundle.js): the CLI, and the worker
 * side of a parallel check, so that a worker thread loads the same bundle (and code cache) as the main thread.
 */
export { main } from "./cli.js";
export { runCheckWorker } from "./validate/check-worker.js";
