#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { main } from "../dist/cli.js";

// A run of plan is short and mostly cold: V8's optimising compiler inlining calls costs more compile time (on
// threads that compete for the same two cores) than the inlined code saves before the process ends. Measured
// (docs/benchmark.md): plan due on 1,000 plans ≈ 0.48 → 0.40 s, plan check ≈ 5 % less; one file unchanged.
// Set before any code is hot, for V8 11–13 (Node 20–24), which have the flag (an unknown one would be printed).
if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString("--no-turbo-inlining");
process.exitCode = await main(process.argv.slice(2));
