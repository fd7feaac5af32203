/** The strings of one plan's compact items (layout.ts): each once, then written one after the other. */

export class StringTable {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  /** The index of `s`, added if new. */
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  /** The strings as one and where each ends in it. */
  pack(): { text: string; ends: number[] } {
    const ends = new Array<number>(this.list.length);
    let end = 0;
    for (let i = 0; i < this.list.length; i++) ends[i] = end += this.list[i]!.length;
    // A value js-yaml read is a slice of the whole file's text, and would keep that text alive. A concatenation
    // made flat is a copy of these characters only (join alone may hand back its single piece).
    const text = `${this.list.join("")} `.slice(0, -1);
    return { text, ends };
  }
}
