import { ByteBatches, type OutputPiece, textSink } from "../output/byte-batches.js";

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  /** Writes to stdout; `false` when the text had to be queued (a pipe whose reader is slower than we are). */
  stdout(text: string): boolean | void;
  /**
   * The same for text already encoded as UTF-8, calling `written` once the bytes are written (their memory is then
   * reused); absent where stdout takes strings only (tests).
   */
  stdoutBytes?(bytes: Uint8Array, written: () => void): boolean | void;
  stderr(text: string): void;
  /** Resolves when queued stdout has been written; absent where stdout never queues (tests). */
  stdoutDrained?(): Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is only ever used there). */
  isTTY: boolean;
  /** The clock, for the default of `--today`. */
  now(): Date;
}

export function processIo(): Io {
  // A reader that goes away (`plan due | head`) ends the output, not the run: no stack trace for EPIPE, and
  // nothing more is queued for no one.
  let closed = false;
  const waiting = new Set<() => void>();
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
    for (const wake of waiting) wake();
  });
  const drained = () =>
    new Promise<void>((resolve) => {
      const wake = () => {
        waiting.delete(wake);
        process.stdout.off("drain", wake);
        resolve();
      };
      waiting.add(wake);
      process.stdout.once("drain", wake);
    });
  return {
    cwd: process.cwd(),
    stdout: (text) => closed || process.stdout.write(text),
    stdoutBytes: (bytes, written) => {
      if (closed) {
        written();
        return true;
      }
      // Called after the write, also when it failed (a reader that went away).
      return process.stdout.write(bytes, () => written());
    },
    stderr: (text) => process.stderr.write(text),
    stdoutDrained: () => (closed ? Promise.resolve() : drained()),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}

/**
 * Writes a sequence of output pieces (text, or a table that writes its own bytes) to stdout in batches of about
 * 64 KiB (ByteBatches). Waits after a piece whenever stdout has queued a batch, so a slow pipe holds about one batch
 * (or one large piece), not the whole output: the pieces are made as they are written.
 */
export async function writeChunks(io: Pick<Io, "stdout" | "stdoutBytes" | "stdoutDrained">, pieces: Iterable<OutputPiece>): Promise<void> {
  const out = new ByteBatches(io.stdoutBytes ? { bytes: io.stdoutBytes, text: io.stdout } : textSink(io.stdout));
  const wait = async () => {
    out.queued = false;
    if (io.stdoutDrained) await io.stdoutDrained();
  };
  for (const piece of pieces) {
    if (typeof piece === "string") out.text(piece);
    else piece(out);
    if (out.queued) await wait();
    // Lets the callbacks of writes already done run, so their buffers come back (see ByteBatches.starved).
    else if (out.starved) await new Promise<void>((resolve) => process.nextTick(resolve));
  }
  out.flush();
  if (out.queued) await wait();
}
