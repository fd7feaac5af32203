/**
 * Loads the bundled CLI, dist/plan.cjs, with V8's code cache for it, dist/plan.cache: the functions a run of plan
 * compiles, saved by scripts/build.mjs after a training run (scripts/train-code-cache.mjs). A run of plan is short
 * and cold, and compiling its code cost it ≈ 20–30 ms; with the cache V8 reads what it compiled before instead.
 *
 * A cache from another Node version or V8 setting is refused by V8 itself (`cachedDataRejected`), and the bundle is
 * then compiled as usual; so is a missing one. The cache belongs to one bundle: the build writes both together.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

const BUNDLE = fileURLToPath(new URL("../dist/plan.cjs", import.meta.url));
const CACHE = fileURLToPath(new URL("../dist/plan.cache", import.meta.url));

// Set before any of plan's code is compiled, and the same in the training run (the cache is only taken with the
// flags it was made with). For V8 11–13 (Node 20–24), which have both flags (an unknown one would be printed).
// - A run of plan is short and mostly cold: V8's optimising compiler inlining calls costs more compile time (on
//   threads that compete for the same two cores) than the inlined code saves before the process ends. Measured
//   (docs/benchmark.md): plan due on 1,000 plans ≈ 0.48 → 0.40 s.
// - The young generation starts at 1 MB and doubles only when enough survives; plan reads file after file of
//   short-lived data, so it stayed small and was collected every 3–4 MB (23 times for plan due on 1,000 plans).
//   Growing it eightfold when it grows: 14 collections, ≈ 2 % faster; the same peak memory (its limit is unchanged).
if (/^1[1-3]\./.test(process.versions.v8)) {
  setFlagsFromString("--no-turbo-inlining");
  setFlagsFromString("--semi-space-growth-factor=8");
}

/** How the last load went: the cache was "used", "rejected" by V8 (another Node or build), or "missing". */
let cacheState = "missing";

export function codeCacheState() {
  return cacheState;
}

/**
 * The bundle's exports (src/bundle.ts). `saveCacheTo`: write the code cache there when the process exits (the
 * training run only).
 */
export function loadBundle(saveCacheTo) {
  let source;
  try {
    source = readFileSync(BUNDLE, "utf8");
  } catch (error) {
    // A clone that was never built (npm ci builds it): say so in one line (bin/plan.js), not with a stack trace.
    throw Object.assign(new Error(`det byggda programmet saknas (${BUNDLE}): kör npm ci eller npm run build`), { code: "PLAN_NOT_BUILT", cause: error });
  }
  let cachedData;
  try {
    cachedData = saveCacheTo ? undefined : readFileSync(CACHE);
  } catch {
    // no cache: compiled as usual
  }
  // The wrapper CommonJS gives a module; the bundle was built as CommonJS for this (scripts/build.mjs).
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  cacheState = cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  if (saveCacheTo) {
    process.once("exit", () => {
      writeFileSync(`${saveCacheTo}.tmp`, script.createCachedData());
      renameSync(`${saveCacheTo}.tmp`, saveCacheTo);
    });
  }
  return module.exports;
}
