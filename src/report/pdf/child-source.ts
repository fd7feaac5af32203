/**
 * The program the Typst compile runs in: a separate Node process, so that a template that never finishes can be
 * killed outright (a worker thread cannot be stopped while it is inside native code). It is kept as source text
 * and run with `node -e`, so the esbuild bundle needs no second entry point. It reads one job as JSON on stdin,
 * loads the compiler from the path the parent resolved, writes the PDF to stdout, or errors as JSON to stderr.
 */
export const CHILD_SOURCE = `
"use strict";
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const fail = (errors) => {
    process.stderr.write(JSON.stringify({ errors }));
    process.exitCode = 3;
  };
  try {
    const { NodeCompiler } = require(job.module);
    const compiler = NodeCompiler.create({ workspace: job.workspace });
    const result = compiler.compile({ mainFilePath: job.main });
    const error = result.takeError();
    if (error || !result.result) {
      const list = error ? compiler.fetchDiagnostics(error) : [];
      return fail(list.filter((d) => d.severity === 1).map((d) => ({
        message: String(d.message),
        path: String(d.path || ""),
        line: d.range && d.range.start ? d.range.start.line + 1 : 0,
      })));
    }
    const pdf = compiler.pdf(result.result, { pdfStandard: job.standard, creationTimestamp: job.timestamp });
    process.stdout.write(pdf);
  } catch (e) {
    fail([{ message: String(e && e.message ? e.message : e), path: "", line: 0 }]);
  }
});
`;
