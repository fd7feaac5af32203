#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --json FILE]`: the speed targets of issue 5, measured side by side in one run.
//
// Absolute times differ between machines, so every target is a ratio against a reference measured in the same
// run, on the same files, interleaved with it: `node -e ""` for start-up, bench/baseline-read-parse.mjs (read +
// js-yaml, nothing else) for throughput. Each figure is the median wall time of the whole process over BENCH_RUNS
// rounds (default 9; 5 with --quick, which also skips the 10,000-plan corpus), after one untimed warm-up round that
// fills the file cache. The order rotates each round so that neither side always runs on a cooler machine.
// Exit 0 when every target is met, 1 when one is missed or a command failed, 2 when the harness cannot run or
// dist/ was rebuilt while it ran (the figures would mix two builds).
//
// Not part of `npm test`: timings on shared machines are too noisy to gate a test run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate-corpus.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const JSON_OUT = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
// Nine: on a shared machine single runs stray by tens of per cent, and a median of five still moved by ± 7 %.
const RUNS = Number(process.env.BENCH_RUNS) || (QUICK ? 5 : 9);
const SIZES = QUICK ? [1000] : [1000, 10000];
const TODAY = "2025-05-01";
const ONE_PLAN = "plans/avdelningen-personlig-assistans.md";
// The report is written to a scratch directory, so a benchmark never overwrites someone's out/. Its arguments can
// be given in BENCH_REPORT_ARGS (space-separated) in case the command's interface changes; by default, the latest
// shipped report definition.
const REPORT_OUT = mkdtempSync(join(os.tmpdir(), "plan-bench-report-"));
process.on("exit", () => rmSync(REPORT_OUT, { recursive: true, force: true }));
const REPORT_ARGS = process.env.BENCH_REPORT_ARGS
  ? process.env.BENCH_REPORT_ARGS.split(" ").filter(Boolean)
  : [...latestReportDefinition(), "--out", REPORT_OUT];
const MEMORY_LIMIT_MB = 300;

const node = process.execPath;
const cli = (...rest) => [node, "bin/plan.js", ...rest];
const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Running and timing

/** Wall time of one whole process, in seconds. Output goes to /dev/null: the terminal must not be what we time. */
function timeOnce(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    const why = r.error?.message ?? `exit ${r.status ?? r.signal}: ${String(r.stderr).trim().split("\n")[0] ?? ""}`;
    throw new Error(why.slice(0, 160));
  }
  return seconds;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Medians of several commands measured in alternating rounds. A command that fails gets its error instead. */
function measureGroup(label, commands) {
  const names = Object.keys(commands);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const failed = {};
  const run = (name) => {
    if (failed[name]) return;
    try {
      return timeOnce(commands[name]);
    } catch (error) {
      failed[name] = error.message;
    }
  };
  log(`  ${label}: warm-up + ${RUNS} rounds of ${names.join(", ")}`);
  names.forEach(run);
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const s = run(name);
      if (s !== undefined) times[name].push(s);
    }
  }
  return Object.fromEntries(names.map((n) => [n, failed[n] ? { error: failed[n] } : { seconds: median(times[n]) }]));
}

/** Peak RSS in MB of one run: GNU time when installed, else a preload that reads getrusage at exit. */
function peakMemoryMB(argv) {
  const dir = mkdtempSync(join(os.tmpdir(), "plan-bench-"));
  const file = join(dir, "maxrss");
  try {
    const viaTime = existsSync("/usr/bin/time");
    const r = viaTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", "-o", file, ...argv], { cwd: ROOT, stdio: "ignore" })
      : spawnSync(argv[0], ["--import", new URL("./maxrss.mjs", import.meta.url).href, ...argv.slice(1)], {
          cwd: ROOT,
          stdio: "ignore",
          env: { ...process.env, BENCH_MAXRSS_FILE: file },
        });
    if (r.status !== 0) return { error: `exit ${r.status}` };
    const kib = Number(readFileSync(file, "utf8").trim().split("\n").pop());
    return { mb: (kib * 1024) / 1e6 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Preparation

function latestReportDefinition() {
  const dir = join(ROOT, "plans", "rapporter");
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort()
    : [];
  return names.length ? [`plans/rapporter/${names.at(-1)}`] : [];
}

/** Commands being written elsewhere are detected, not assumed: `plan X --help` must show X's own usage. */
function isBuilt(command) {
  const r = spawnSync(node, ["bin/plan.js", command, "--help"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 && r.stdout.includes(`plan ${command}`);
}

function countPlanFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && /\.(md|ya?ml)$/.test(e.name)) n++;
  return n;
}

function ensureCorpus(n) {
  const dir = join(ROOT, "bench", "corpus", String(n));
  if (existsSync(dir) && countPlanFiles(dir) === n) return;
  log(`  generating bench/corpus/${n} …`);
  generateCorpus(n, dir);
}

/** A stale dist/ would measure yesterday's code; warn (the lead may be measuring a deliberate build). */
function warnIfStale() {
  const built = join(ROOT, "dist", "plan.cjs");
  if (!existsSync(built)) {
    log("dist/plan.cjs is missing: run `npm run build` first.");
    process.exit(2);
  }
  const newest = (dir) => readdirSync(dir, { recursive: true }).reduce((m, f) => Math.max(m, statSync(join(dir, String(f))).mtimeMs), 0);
  if (newest(join(ROOT, "src")) > statSync(built).mtimeMs) log("warning: src/ is newer than dist/plan.cjs; run `npm run build` first.");
}

/** A hash of dist/'s contents (not times: an identical rebuild is harmless): if it changes mid-run, the figures mix two builds. */
function distStamp() {
  const hash = createHash("sha1");
  for (const f of readdirSync(join(ROOT, "dist")).sort()) hash.update(f).update(readFileSync(join(ROOT, "dist", f)));
  return hash.digest("hex");
}

// ---------------------------------------------------------------------------------------------------------------
// Main

warnIfStale();
const stampAtStart = distStamp();
const hasDue = isBuilt("due");
const hasReport = isBuilt("report");
const cpus = os.cpus();
const machine = {
  cpus: cpus.length,
  model: cpus[0]?.model?.trim() ?? "unknown",
  memoryGB: +(os.totalmem() / 1e9).toFixed(1),
  node: process.version,
  os: `${os.platform()} ${os.release()}`,
  load: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" "),
  runs: RUNS,
  quick: QUICK,
};
console.log(`machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, node ${machine.node}, ${machine.os}`);
console.log(`load average at start: ${machine.load}; ${RUNS} timed rounds per figure (median)${QUICK ? ", --quick" : ""}\n`);

log("measuring …");
for (const n of SIZES) ensureCorpus(n);

const rows = []; // { what, value, reference, ratio?, target, unit, status }
const skipped = (what, target) => rows.push({ what, target, status: "skipped (not built)" });

function ratioRow(what, subject, reference, limit) {
  if (subject.error || reference.error) {
    rows.push({ what, target: `≤ ${limit} ×`, status: `FAILED: ${subject.error ?? `reference ${reference.error}`}` });
    return;
  }
  const ratio = subject.seconds / reference.seconds;
  rows.push({
    what,
    value: `${subject.seconds.toFixed(3)} s`,
    reference: `${reference.seconds.toFixed(3)} s`,
    ratio: `${ratio.toFixed(2)} ×`,
    target: `≤ ${limit} ×`,
    status: ratio <= limit ? "ok" : "MISSED",
  });
}

// Start-up: one small file against an empty node process.
const startup = measureGroup("start-up", {
  node: [node, "-e", ""],
  check: cli("check", ONE_PLAN),
  ...(hasDue && { due: cli("due", "--today", TODAY, ONE_PLAN) }),
  ...(hasReport && { report: cli("report", ...REPORT_ARGS) }),
});
ratioRow(`plan check, 1 file / node -e ""`, startup.check, startup.node, 2);
if (hasDue) ratioRow(`plan due, 1 file / node -e ""`, startup.due, startup.node, 2);
else skipped(`plan due, 1 file / node -e ""`, "≤ 2 ×");
if (hasReport) ratioRow(`plan report (md + pdf) / node -e ""`, startup.report, startup.node, 6);
else skipped(`plan report (md + pdf) / node -e ""`, "≤ 6 ×");

// Throughput: n generated plans against reading and parsing the same files.
const perSize = {};
for (const n of SIZES) {
  const dir = `bench/corpus/${n}`;
  const label = n.toLocaleString("en");
  const group = measureGroup(`${label} plans`, {
    baseline: [node, "bench/baseline-read-parse.mjs", dir],
    check: cli("check", dir),
    ...(hasDue && { due: cli("due", "--today", TODAY, dir) }),
  });
  perSize[n] = group;
  ratioRow(`plan check, ${label} plans / baseline`, group.check, group.baseline, 1.5);
  if (hasDue) ratioRow(`plan due, ${label} plans / baseline`, group.due, group.baseline, 1.5);
  else skipped(`plan due, ${label} plans / baseline`, "≤ 1.5 ×");

  // Peak memory: one extra run each; the limit applies to the largest corpus, smaller ones are shown for scale.
  const largest = n === Math.max(...SIZES) && n >= 10000;
  const memory = [
    ["baseline", [node, "bench/baseline-read-parse.mjs", dir]],
    ["plan check", cli("check", dir)],
  ];
  if (hasDue) memory.push(["plan due", cli("due", "--today", TODAY, dir)]);
  for (const [name, argv] of memory) {
    const m = peakMemoryMB(argv);
    const limited = largest && name !== "baseline";
    rows.push({
      what: `peak memory, ${name}, ${label} plans`,
      value: m.error ? undefined : `${m.mb.toFixed(0)} MB`,
      target: limited ? `≤ ${MEMORY_LIMIT_MB} MB` : "(info)",
      status: m.error ? `FAILED: ${m.error}` : !limited ? "" : m.mb <= MEMORY_LIMIT_MB ? "ok" : "MISSED",
    });
  }
  if (largest && !hasDue) skipped(`peak memory, plan due, ${label} plans`, `≤ ${MEMORY_LIMIT_MB} MB`);
}

// Linear scaling shows as the 10,000/1,000 time ratio staying near 10 (information; the ratios above are the targets).
if (perSize[1000]?.check.seconds && perSize[10000]?.check.seconds) {
  const s = perSize[10000].check.seconds / perSize[1000].check.seconds;
  const b = perSize[10000].baseline.seconds / perSize[1000].baseline.seconds;
  rows.push({ what: "scaling 10,000 / 1,000: plan check", ratio: `${s.toFixed(2)} ×`, target: `(baseline ${b.toFixed(2)} ×)`, status: "" });
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const columns = [
  ["what", "measurement"],
  ["value", "median / peak"],
  ["reference", "reference"],
  ["ratio", "ratio"],
  ["target", "target"],
  ["status", "result"],
];
const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((r) => String(r[key] ?? "").length)));
const line = (cells) =>
  cells
    .map((c, i) => String(c ?? "").padEnd(widths[i]))
    .join("  ")
    .trimEnd();
console.log(line(columns.map(([, t]) => t)));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(columns.map(([k]) => r[k] ?? "")));
console.log(
  `\nreference medians: node -e "" ${startup.node.seconds?.toFixed(3) ?? "?"} s` +
    SIZES.map((n) => `; baseline ${n.toLocaleString("en")} plans ${perSize[n].baseline.seconds?.toFixed(3) ?? "?"} s`).join(""),
);

const bad = rows.filter((r) => r.status === "MISSED" || r.status.startsWith("FAILED"));
const rebuilt = distStamp() !== stampAtStart;
if (JSON_OUT) mkdirSync(dirname(JSON_OUT), { recursive: true });
if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ date: new Date().toISOString(), machine, rebuilt, rows }, null, 2)}\n`);
console.log(bad.length ? `\n${bad.length} target(s) missed or failed.` : "\nall targets met.");
if (rebuilt) console.log("dist/ was rebuilt during the run, so these figures mix two builds: run again.");
process.exitCode = rebuilt ? 2 : bad.length ? 1 : 0;
