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
process.exitCode = await bundle.main(process.argv.slice(2));
