/**
 * The program the Typst compile runs in: a separate Node process, so that a template that never finishes can be
 * killed outright (a worker thread cannot be stopped while it is inside native code). It is kept as source text
 * and run with `node -e`, so the esbuild bundle needs no second entry point. It reads one job as JSON on stdin,
 * loads the compiler from the path the parent resolved, writes the PDF to stdout, or errors as JSON to stderr.
 *
 * The compile itself runs in a worker thread of this process, so that the main thread stays free to end the
 * process on its own: at its deadline (the parent's timeout and a second more), or as soon as the parent is gone
 * (its parent process id changes), so a parent killed outright leaves no compile running, and no workspace.
 */
/** The compile, in the worker: the job in, the PDF or the compiler's errors out. */
const WORKER_SOURCE = `
"use strict";
const { workerData: job, parentPort } = require("node:worker_threads");
try {
  const { NodeCompiler } = require(job.module);
  const compiler = NodeCompiler.create({ workspace: job.workspace });
  const result = compiler.compile({ mainFilePath: job.main });
  const error = result.takeError();
  if (error || !result.result) {
    const list = error ? compiler.fetchDiagnostics(error) : [];
    parentPort.postMessage({ errors: list.filter((d) => d.severity === 1).map((d) => ({
      message: String(d.message),
      path: String(d.path || ""),
      line: d.range && d.range.start ? d.range.start.line + 1 : 0,
    })) });
  } else {
    const pdf = compiler.pdf(result.result, { pdfStandard: job.standard, creationTimestamp: job.timestamp });
    parentPort.postMessage({ pdf });
  }
} catch (e) {
  parentPort.postMessage({ errors: [{ message: String(e && e.message ? e.message : e), path: "", line: 0 }] });
}
`;

export const CHILD_SOURCE = `
"use strict";
const { Worker } = require("node:worker_threads");
const COMPILE = ${JSON.stringify(WORKER_SOURCE)};
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const end = () => {
    // The parent would have removed the workspace; when it is gone, nobody else will.
    try { require("node:fs").rmSync(job.workspace, { recursive: true, force: true }); } catch {}
    process.kill(process.pid, "SIGKILL");
  };
  const deadline = setTimeout(end, job.timeoutMs + 1000);
  const parent = process.ppid;
  const watch = setInterval(() => { if (process.ppid !== parent) end(); }, 500);
  const worker = new Worker(COMPILE, { eval: true, workerData: job });
  const done = () => { clearTimeout(deadline); clearInterval(watch); };
  worker.on("message", (result) => {
    done();
    if (result.pdf) process.stdout.write(result.pdf);
    else {
      process.stderr.write(JSON.stringify({ errors: result.errors }));
      process.exitCode = 3;
    }
  });
  worker.on("error", (e) => {
    done();
    process.stderr.write(JSON.stringify({ errors: [{ message: String(e && e.message ? e.message : e), path: "", line: 0 }] }));
    process.exitCode = 3;
  });
});
`;
