/**
 * The fast path: js-yaml is about five times faster than `yaml`'s document API, which matters at thousands of
 * files. It may only ever say "this file is fine, here is its data"; everything else, and every file with any
 * finding, goes through the exact `yaml` path (parse-yaml.ts), which stays the one YAML semantics:
 *   - the schema below copies `yaml`'s YAML 1.2 core schema tag by tag (see node_modules/yaml/dist/schema/core);
 *   - text with anything js-yaml would treat differently (anchors, aliases, tags, directives) is declined before
 *     parsing, as is deep nesting, and any js-yaml error (duplicate keys, several documents, syntax) declines too.
 * test/load/same-semantics.test.ts holds the two paths to the same data on every fixture and a generated corpus.
 */
import type { Schema } from "js-yaml";
import { parseBlockYaml, type ValuePositions } from "./block-yaml.js";
import { CORE_TAGS } from "./core-schema.js";
import { excessiveNesting } from "./depth-guard.js";
import { MAX_DEPTH } from "./parse-yaml.js";
import { jsYamlLib } from "./yaml-lib.js";

let coreSchema: Schema | undefined;

/** js-yaml's schema for the core tags, made when js-yaml is first needed (see yaml-lib.ts). */
function jsYamlCoreSchema(): Schema {
  const { FAILSAFE_SCHEMA, Type } = jsYamlLib();
  return (coreSchema ??= FAILSAFE_SCHEMA.extend({
    implicit: CORE_TAGS.map(
      ({ tag, test, construct }) => new Type(`tag:yaml.org,2002:${tag}`, { kind: "scalar", resolve: (s: string | null) => test.test(s ?? ""), construct }),
    ),
  }));
}

const TOKEN_START = new Set([" ", "\t", "\n", "[", "]", "{", "}", ","]);
const SPECIAL = /[&*!%]/g;

/**
 * Whether the text may hold something js-yaml reads differently from `yaml`: anchors, aliases and tags (a token
 * starting with &, * or !), directives (% at a line start), or an implicit key over 1024 characters (`yaml`
 * refuses it, js-yaml does not; any line that long before its first colon is declined). Conservative: a false
 * alarm only costs the exact path. A linear scan, as a regex with a leading alternation is slow on big files.
 */
export function mayDiffer(text: string): boolean {
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const before = m.index === 0 ? "\n" : text[m.index - 1]!;
    if (m[0] === "%") {
      if (before === "\n") return true;
    } else if (TOKEN_START.has(before) && !/\s/.test(text[m.index + 1] ?? " ")) return true;
  }
  if (text.length < 1024) return false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start >= 1024) {
      const colon = text.indexOf(":", start);
      if (colon === -1 || colon - start >= 1024) return true;
    }
    start = stop + 1;
  }
  return false;
}

/**
 * The data of a plain, valid YAML document, or undefined when only the exact path may judge it. `positions`, when
 * given, receives where values start if the block reader read the text (it stays empty otherwise). `clean`: see
 * parseBlockYaml.
 */
export function fastParse(text: string, positions?: ValuePositions, clean = false): unknown {
  const block = parseBlockYaml(text, positions, clean);
  if (block !== undefined) return block;
  if (mayDiffer(text) || excessiveNesting(text) !== -1) return undefined;
  let data: unknown;
  try {
    data = jsYamlLib().load(text, { schema: jsYamlCoreSchema(), json: false });
  } catch {
    return undefined;
  }
  return depthWithin(data, 0) ? data : undefined;
}

function depthWithin(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== "object") return true;
  if (depth >= MAX_DEPTH) return false;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => depthWithin(child, depth + 1));
}
