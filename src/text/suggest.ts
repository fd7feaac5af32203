/** "Did you mean": the closest known word, if it is close enough to be a likely typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the word: "ansvarg" → "ansvarig", but "okänd_nyckel" suggests nothing.
  const allowed = Math.max(1, Math.floor(Math.max(needle.length, 3) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Edit distance, exact: a shortcut that returned the length difference for words far apart in length made
 * "okänd_nyckel" look four edits from "ansvarig" and so a likely typo.
 */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
