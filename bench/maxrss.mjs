// Preloaded with `node --import ./bench/maxrss.mjs …` by bench/run.mjs when /usr/bin/time is missing: writes the
// process's peak resident set size (KiB, as getrusage reports it) to $BENCH_MAXRSS_FILE when the process exits.
// Like `/usr/bin/time -f %M` it sees this process and its worker threads, not child processes.
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_MAXRSS_FILE;
if (out) process.on("exit", () => writeFileSync(out, `${process.resourceUsage().maxRSS}\n`));
