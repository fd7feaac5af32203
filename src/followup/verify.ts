/**
 * Trust nothing about the splice: the new YAML must parse to exactly the old data plus the change, as the yaml
 * document API itself would make it (addIn/setIn on the parsed document), and the new file must pass the same
 * validation as `plan check`. Only then is it written.
 */

import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import type { Config } from "../config/defaults.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnostic, WHOLE_FILE } from "../diagnostics/messages.js";
import type { DiscoveredFile } from "../load/discover.js";
import { loadText } from "../load/load-file.js";
import { YAML_OPTIONS } from "../load/parse-yaml.js";
import { decodeText, MAX_FILE_BYTES } from "../load/read-text.js";
import type { Lang } from "../text/lang.js";
import { checkLoaded } from "../validate/check-file.js";
import type { FollowUpChange } from "./splice.js";

/** The data the document API says the change should give. */
export function expectedData(yaml: string, change: FollowUpChange): unknown {
  const doc = parseDocument(yaml, YAML_OPTIONS);
  const measure = ["åtgärder", change.measureIndex];
  const log = [...measure, "uppföljning", "logg"];
  if (doc.hasIn(log)) doc.addIn(log, doc.createNode(change.entry));
  else doc.setIn(log, doc.createNode([change.entry]));
  if (change.newStatus !== undefined) doc.setIn([...measure, "status"], change.newStatus);
  return doc.toJS();
}

export function sameData(yaml: string, expected: unknown): boolean {
  const doc = parseDocument(yaml, YAML_OPTIONS);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
}

/** The diagnostics `plan check` would give for these bytes at this path; empty when the file is valid. */
export function validateBytes(bytes: Uint8Array, file: DiscoveredFile, config: Config, lang: Lang): Diagnostic[] {
  if (bytes.length > MAX_FILE_BYTES) {
    return [diagnostic("file-too-large", file.display, WHOLE_FILE, lang, { size: bytes.length, max: MAX_FILE_BYTES })];
  }
  const read = decodeText(bytes);
  if (!read.ok) return [diagnostic(read.problem.code, file.display, read.problem.at ?? WHOLE_FILE, lang, read.problem.params)];
  const outcome = checkLoaded(file, () => loadText(file, read.text), config, lang);
  return outcome.diagnostics.filter((d) => d.severity === "error");
}
