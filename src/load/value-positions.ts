/**
 * Positions the block reader recorded while it read (block-yaml.ts, ValuePositions), looked up by data path:
 * `plan due` needs the line of every item of every plan, and this answers without reading the text again.
 * Only the last step needs a table: the path is followed through the data to its container, and the value's
 * entry is found there (by key for a mapping, by index for a list). No answer (undefined) when the value was not
 * written on its key's or dash's own line, or the path leads elsewhere; the caller then asks the other locators.
 */
import type { Location } from "../diagnostics/messages.js";
import type { ValuePositions } from "./block-yaml.js";

export function recordedPosition(
  data: unknown,
  positions: ValuePositions,
  path: readonly PropertyKey[],
  lineOffset: number,
): Location | undefined {
  if (path.length === 0) return undefined;
  let container = data;
  for (let i = 0; i < path.length - 1; i++) {
    if (container === null || typeof container !== "object") return undefined;
    container = (container as Record<PropertyKey, unknown>)[path[i]!];
  }
  if (container === null || typeof container !== "object") return undefined;
  const where = positions.get(container);
  if (!where) return undefined;
  const last = path[path.length - 1];
  let at = -1;
  if (Array.isArray(container)) {
    if (typeof last === "number" && Number.isInteger(last) && last >= 0 && last < container.length) at = last * 2;
  } else {
    for (let k = 0; k < where.length; k += 3) {
      if (where[k] === last) {
        at = k + 1;
        break;
      }
    }
  }
  const line = where[at] as number | undefined;
  if (at === -1 || line === undefined || line < 0) return undefined;
  return { line: line + 1 + lineOffset, column: (where[at + 1] as number) + 1 };
}
