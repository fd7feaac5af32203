/** Types for the corpus generator, so tests can make plans in memory. */
/** [path relative to the corpus folder, file text]; index i alone decides the content. */
export function generatePlan(i: number): [string, string];
/** Writes n plans under dir (emptied first); returns the bytes written. */
export function generateCorpus(n: number, dir: string): number;
