import type { Config } from "../../config/defaults.js";

/** The words a config allows in one place (role codes, statuses): as listed, as a set, and as a message lists them. */
export interface Vocabulary {
  words: readonly string[];
  set: ReadonlySet<string>;
  listed: string;
  /** Whether a word holds whitespace: if none does, a value found in the set is a bare word. */
  spaced: boolean;
}

// Worked out once per vocabulary object rather than once per plan: a check run asks for it thousands of times.
const known = new WeakMap<object, Vocabulary>();

function vocabulary(record: Record<string, unknown>): Vocabulary {
  let found = known.get(record);
  if (!found) {
    const words = Object.keys(record);
    found = { words, set: new Set(words), listed: words.join(", "), spaced: words.some((w) => /\s/.test(w)) };
    known.set(record, found);
  }
  return found;
}

export const roleVocabulary = (config: Config): Vocabulary => vocabulary(config.roles);
export const statusVocabulary = (config: Config): Vocabulary => vocabulary(config.statuses);
