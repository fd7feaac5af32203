// The training run behind dist/plan.cache (bin/load-bundle.js), run by scripts/build.mjs: loads the bundle, runs
// what users run most, `plan check` and `plan due`, on the shipped plans/, and at exit saves the code V8 compiled
// for it. Their output is not wanted (the build discards it); the fixed date keeps the run the same every time.
import { loadBundle } from "../bin/load-bundle.js";

const { main } = loadBundle(process.argv[2] ?? "dist/plan.cache");
await main(["check", "plans"]);
await main(["due", "--today", "2025-05-01", "plans"]);
process.exitCode = 0;
