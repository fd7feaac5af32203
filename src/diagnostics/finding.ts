import { showInvisible } from "../text/safe-text.js";
import type { DiagnosticCode, Params } from "./messages.js";

/**
 * A problem found in a file's data, before it has a position: rules and the schema speak in data paths,
 * and the file's locator turns each path into a line and column only when the finding is reported.
 */
export interface Finding {
  code: DiagnosticCode;
  path: readonly PropertyKey[];
  /** Point at the key itself (unknown keys) rather than its value. */
  on?: "key" | "value";
  params?: Params;
}

/** `åtgärder[2].uppföljning.datum`: how a path reads in a message; a key's invisible characters are made visible. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${showInvisible(String(segment))}` : showInvisible(String(segment));
  }
  return out || "(dokumentet)";
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
