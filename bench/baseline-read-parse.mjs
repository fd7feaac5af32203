#!/usr/bin/env node
// The reference point: the least any plan checker must do. Reads every .md/.yaml/.yml file under the given
// directories and parses its YAML (the front matter of a .md, the whole of a .yaml) with js-yaml, nothing else:
// no validation, no positions, no output per file. `plan check` is held to ≤ 1.5 × the time of this script.
//
// Deliberately plain: sequential synchronous reads, one process, the front matter cut at the first "\n---".
// It uses the YAML 1.2 core schema, the plan format's schema (the js-yaml default would also try timestamps,
// which is slightly slower and not what plans mean), so the baseline parses the same values the CLI does.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import yaml from "js-yaml";

const PLAN_EXTENSIONS = new Set([".md", ".yaml", ".yml"]);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue; // as plan check's discovery does
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (PLAN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && entry.name.toLowerCase() !== "readme.md") yield path;
  }
}

function yamlOf(path, text) {
  if (!path.endsWith(".md")) return text;
  const open = text.indexOf("\n");
  const close = text.indexOf("\n---", open);
  return close === -1 ? "" : text.slice(open + 1, close + 1);
}

let files = 0;
let measures = 0; // used below, so the parse results are consumed and the count doubles as a sanity check
for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : ["plans"]) {
  for (const path of walk(dir)) {
    const data = yaml.load(yamlOf(path, readFileSync(path, "utf8")), { schema: yaml.CORE_SCHEMA });
    files++;
    measures += Array.isArray(data?.åtgärder) ? data.åtgärder.length : 0;
  }
}
console.log(`${files} files, ${measures} measures`);
