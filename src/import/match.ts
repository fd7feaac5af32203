/**
 * Joins the Tidsplan's rows to the Åtgärdsplan's bullets by name. The two lists were written apart and drift:
 * "Optimera Schemaläggning" / "Optimera schemaläggning", "Avveckla handkassakorten" / "Avveckla handkassekort",
 * "Översyn av korttidsvistelse" / "Översyn av dubbla beslut inom kortidsvistelse". A row's activity is compared
 * with each bullet's lead, and its action with the bullet's whole text; the best pairs are taken first.
 */
import { levenshtein } from "../text/suggest.js";

const STOP_WORDS = new Set("av och i för till med en ett de det den som att mellan från om på är inom efter se över samt".split(" "));

/** At least half of the row's words must be found in the bullet. */
const THRESHOLD = 0.5;

export interface Candidate {
  lead: string;
  text: string;
}

export interface RowNames {
  activity: string;
  action: string;
}

/** For each row, the index of its bullet, or undefined; each bullet is used at most once. */
export function matchRows(rows: readonly RowNames[], bullets: readonly Candidate[]): (number | undefined)[] {
  const pairs: { row: number; bullet: number; score: number }[] = [];
  rows.forEach((row, r) => {
    bullets.forEach((bullet, b) => {
      const score = Math.max(similarity(row.activity, bullet.lead), 0.9 * similarity(row.action, `${bullet.lead} ${bullet.text}`));
      if (score >= THRESHOLD) pairs.push({ row: r, bullet: b, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.row - b.row || a.bullet - b.bullet);
  const result: (number | undefined)[] = rows.map(() => undefined);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.row] !== undefined || used.has(pair.bullet)) continue;
    result[pair.row] = pair.bullet;
    used.add(pair.bullet);
  }
  return result;
}

/** The share of `a`'s words that have a near match among `b`'s. */
export function similarity(a: string, b: string): number {
  const needles = words(a);
  if (needles.length === 0) return 0;
  const haystack = words(b);
  return needles.filter((word) => haystack.some((other) => sameWord(word, other))).length / needles.length;
}

function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

/** Equal, one an inflection of the other (a long shared beginning), or one letter apart. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix += 1;
  if (prefix >= 5 && prefix >= 0.6 * shorter) return true;
  return shorter >= 5 && levenshtein(a, b) <= 1;
}
