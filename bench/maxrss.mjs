// Preloaded with `node --import ./bench/maxrss.mjs …` by bench/run.mjs: writes the process's peak resident set size
// (KiB, as getrusage reports it) to $BENCH_MAXRSS_FILE when the process exits.
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_MAXRSS_FILE;
if (out) process.on("exit", () => writeFileSync(out, `${process.resourceUsage().maxRSS}\n`));
