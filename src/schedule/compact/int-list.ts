/**
 * A list of int32s in a typed array kept from plan to plan, for building a plan's compact numbers (encode.ts):
 * JS arrays made per plan cost garbage, and one made at its full length is holey, which makes copying it into the
 * final Int32Array take a slow path per element.
 */
export class IntList {
  private data = new Int32Array(256);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** Empties the list, keeping its room. */
  clear(): void {
    this.length = 0;
  }

  /** Copies the list into `to` from `offset`. */
  copyTo(to: Int32Array, offset: number): void {
    to.set(this.data.subarray(0, this.length), offset);
  }
}
