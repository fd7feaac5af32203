#!/usr/bin/env node
import { loadBundle } from "./load-bundle.js";

let bundle;
try {
  bundle = loadBundle();
} catch (error) {
  if (error?.code !== "PLAN_NOT_BUILT") throw error;
  process.stderr.write(`plan: ${error.message}\n`);
  process.exit(2);
}
const code = await bundle.main(process.argv.slice(2));
// Exit as soon as the output is out, rather than let Node take the process down piece by piece (the heap, the
// compiler threads' unfinished work): that cost plan due on 1,000 plans ≈ 30 ms and plan check ≈ 15 ms, for nothing.
// Nothing of plan's is left running by then: every command awaits its work (writes, the PDF child) before it returns.
await Promise.all([written(process.stdout), written(process.stderr)]);
process.exit(code);

/** Resolves once a stream holds nothing unwritten (at once on Linux, where stdout is synchronous), or is gone. */
function written(stream) {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    for (const event of ["drain", "close", "error"]) stream.once(event, resolve);
  });
}
