#!/usr/bin/env node
// The reference point of the benchmark: the least a plan checker built on `yaml` must do. Reads every .md/.yaml/.yml
// file under the given folders and runs yaml.parseDocument (with a LineCounter, as plan does for positions) on its
// YAML: the front matter of a .md, the whole of a .yaml. No validation, no output per file.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { LineCounter, parseDocument } from "yaml";

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if ([".md", ".yaml", ".yml"].includes(extname(entry.name).toLowerCase())) yield path;
  }
}

function yamlOf(path, text) {
  if (!path.endsWith(".md")) return text;
  const close = text.indexOf("\n---", 3);
  return close === -1 ? "" : text.slice(text.indexOf("\n") + 1, close + 1);
}

let files = 0;
let measures = 0; // the parse results are used, and the count is a sanity check
for (const dir of process.argv.length > 2 ? process.argv.slice(2) : ["plans"]) {
  for (const path of walk(dir)) {
    const data = parseDocument(yamlOf(path, readFileSync(path, "utf8")), { lineCounter: new LineCounter() }).toJS();
    files++;
    measures += Array.isArray(data?.åtgärder) ? data.åtgärder.length : 0;
  }
}
console.log(`${files} files, ${measures} measures`);
