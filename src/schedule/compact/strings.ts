/** The strings of one plan's compact items (layout.ts), written one after the other. */

export class StringTable {
  private readonly list: string[] = [];
  /** Indexes of the strings that recur within a plan (roles, statuses): few, so looked up one by one. */
  private readonly recurring: number[] = [];
  private nonEmpty = 0;

  /** Adds `s`; returns its index. */
  add(s: string): number {
    if (s !== "") this.nonEmpty++;
    return this.list.push(s) - 1;
  }

  /** The index of `s` if it was added by this method before, else adds it. */
  addRecurring(s: string): number {
    for (let k = 0; k < this.recurring.length; k++) if (this.list[this.recurring[k]!] === s) return this.recurring[k]!;
    const i = this.add(s);
    this.recurring.push(i);
    return i;
  }

  get count(): number {
    return this.list.length;
  }

  /** The strings as one; where each ends in it is written into `ends` from `offset`. */
  pack(ends: Int32Array, offset: number): string {
    let end = 0;
    for (let i = 0; i < this.list.length; i++) ends[offset + i] = end += this.list[i]!.length;
    // A value js-yaml read is a slice of the whole file's text, and would keep that text alive. Joining two or
    // more pieces makes a new string of these characters only (join hands back a single piece as it is).
    const joined = this.list.join("");
    return this.nonEmpty >= 2 ? joined : `${joined} `.slice(0, -1);
  }
}
