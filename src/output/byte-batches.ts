/**
 * Output as UTF-8 bytes in batches of about 64 KiB: a table writes its cells' bytes straight into the batch, and
 * text is encoded straight into it, so no string of a whole table, let alone of the output, is ever made. One write
 * per piece would cost more than the text.
 */

/** About this much is written at a time. */
export const BATCH = 65_536;

/** Where full batches go: bytes, and text too large for a batch. `false`: queued (a pipe whose reader is slower). */
export interface BatchSink {
  /** Takes a batch; calls `written` once it no longer needs the bytes, if it can tell (their buffer is reused). */
  bytes(bytes: Uint8Array, written: () => void): boolean | void;
  text(text: string): boolean | void;
}

/** A piece of output: text, or something that writes its own bytes (a table), before the next piece is made. */
export type OutputPiece = string | ((out: ByteBatches) => void);

export class ByteBatches {
  private buffer: Buffer = Buffer.allocUnsafe(BATCH);
  private used = 0;
  /**
   * Buffers of batches that were written, for the next batches. Without them a fast writer left a new 64 KiB
   * buffer per batch for the garbage collector, which (with little else to collect) let them pile up: 30 MB more
   * at ten thousand plans.
   */
  private readonly spare: Buffer[] = [];
  /** Batches handed to the sink and not yet given back. */
  private lent = 0;
  /** A batch was queued since this was last cleared: the producer should wait for the pipe before making more. */
  queued = false;
  /** How many batches were handed on so far. */
  flushed = 0;

  constructor(private readonly sink: BatchSink) {}

  /**
   * Every buffer is out with the sink: the producer should let it give some back (a write's callback comes a tick
   * later even when the write itself was done at once) before making more.
   */
  get starved(): boolean {
    return this.lent > 0 && this.spare.length === 0;
  }

  /** Text, encoded as UTF-8. A batch ends only between two pieces, never inside a character. */
  text(text: string): void {
    // At most three bytes per UTF-16 unit.
    if (text.length * 3 > BATCH - this.used) {
      this.flush();
      if (text.length * 3 > BATCH) {
        this.sent(this.sink.text(text));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Bytes that are whole characters; never changed afterwards (a large piece may be handed on as it is). */
  bytes(bytes: Uint8Array): void {
    const used = this.used;
    if (bytes.length <= BATCH - used) {
      this.buffer.set(bytes, used);
      this.used = used + bytes.length;
      return;
    }
    this.flush();
    if (bytes.length > BATCH) this.sent(this.sink.bytes(bytes, () => {}));
    else {
      this.buffer.set(bytes, 0);
      this.used = bytes.length;
    }
  }

  /** `count` pieces of bytes from `pieces`, as bytes() does each; one call for the pieces of a table's line. */
  pieces(pieces: readonly Uint8Array[], count: number): void {
    let size = 0;
    for (let i = 0; i < count; i++) size += pieces[i]!.length;
    if (size > BATCH - this.used) {
      for (let i = 0; i < count; i++) this.bytes(pieces[i]!);
      return;
    }
    const buffer = this.buffer;
    let used = this.used;
    for (let i = 0; i < count; i++) {
      buffer.set(pieces[i]!, used);
      used += pieces[i]!.length;
    }
    this.used = used;
  }

  flush(): void {
    if (this.used === 0) return;
    const buffer = this.buffer;
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(BATCH);
    const used = this.used;
    this.used = 0;
    this.lent++;
    this.flushed++;
    let returned = false;
    const written = () => {
      if (returned) return;
      returned = true;
      this.lent--;
      // A few spare buffers are plenty: a pipe holds one batch at a time (the producer waits for it).
      if (this.spare.length < 4) this.spare.push(buffer);
    };
    this.sent(this.sink.bytes(buffer.subarray(0, used), written));
  }

  private sent(written: boolean | void): void {
    if (written === false) this.queued = true;
  }
}

/** Bytes and text both as text, for a stdout that takes strings only (tests): batches end between characters. */
export function textSink(write: (text: string) => boolean | void): BatchSink {
  return {
    bytes: (bytes, written) => {
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
      written();
      return write(text);
    },
    text: write,
  };
}
