#!/usr/bin/env node
// The installed command: runs the bundle in dist/ (scripts/build.mjs), which `npm install` builds in a clone.
import module from "node:module";

module.enableCompileCache?.();
const entry = new URL("../dist/cli.js", import.meta.url);
let cli;
try {
  cli = await import(entry.href);
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || error.url !== entry.href) throw error;
  process.stderr.write("plan: inte byggt – kör npm install (eller npm run build) först\n");
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
