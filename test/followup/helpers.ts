/** Assertions that a rewrite left every original line, byte for byte, and only added lines. */
import { expect } from "vitest";

/**
 * The lines `after` has that `before` has not, checking that every line of `before` (line endings, a missing
 * final newline and a BOM included) is still there, unchanged and in order.
 */
export function insertedLines(before: string, after: string): string[] {
  const old = before.split("\n");
  const now = after.split("\n");
  const inserted: string[] = [];
  let i = 0;
  for (const line of now) {
    if (i < old.length && line === old[i]) i++;
    else inserted.push(line);
  }
  expect(i, `original line ${i + 1} ${JSON.stringify(old[i])} is missing or changed`).toBe(old.length);
  return inserted;
}

export function lf(text: string): string {
  return text.replaceAll("\r\n", "\n");
}
