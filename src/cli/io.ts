/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  /** Writes to stdout; `false` when the text had to be queued (a pipe whose reader is slower than we are). */
  stdout(text: string): boolean | void;
  /** The same for text already encoded as UTF-8; absent where stdout takes strings only (tests). */
  stdoutBytes?(bytes: Uint8Array): boolean | void;
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
    stdoutBytes: (bytes) => closed || process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    stdoutDrained: () => (closed ? Promise.resolve() : drained()),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}

/** About this much is written at a time. */
const BATCH = 65_536;

/**
 * Writes a sequence of output pieces to stdout in batches of about 64 KiB: one write per piece would cost more than
 * the text. Waits whenever stdout has queued a batch, so a slow pipe holds one batch, not the whole output (the
 * pieces are made as they are written). Pieces are whole lines, so none ends inside a character.
 */
export async function writeChunks(io: Pick<Io, "stdout" | "stdoutBytes" | "stdoutDrained">, chunks: Iterable<string>): Promise<void> {
  if (io.stdoutBytes) return writeEncoded(io as Required<Pick<Io, "stdout" | "stdoutBytes">> & Pick<Io, "stdoutDrained">, chunks);
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= BATCH) {
      const written = io.stdout(batch.join(""));
      batch = [];
      size = 0;
      if (written === false && io.stdoutDrained) await io.stdoutDrained();
    }
  }
  if (size > 0) io.stdout(batch.join(""));
}

/**
 * writeChunks with each piece encoded straight into the batch's buffer: joining the pieces into one string first
 * copied all the output once more (123 MB at ten thousand plans), in strings large enough to be old at birth.
 */
async function writeEncoded(io: Required<Pick<Io, "stdout" | "stdoutBytes">> & Pick<Io, "stdoutDrained">, chunks: Iterable<string>): Promise<void> {
  // A new buffer per batch: a pipe may still hold the last one.
  let buffer = Buffer.allocUnsafe(BATCH);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    const written = io.stdoutBytes(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(BATCH);
    used = 0;
    if (written === false && io.stdoutDrained) await io.stdoutDrained();
  };
  for (const chunk of chunks) {
    // At most three bytes per UTF-16 unit.
    if (chunk.length * 3 > BATCH - used) await flush();
    if (chunk.length * 3 > BATCH) {
      const written = io.stdout(chunk);
      if (written === false && io.stdoutDrained) await io.stdoutDrained();
    } else {
      used += buffer.write(chunk, used);
    }
  }
  await flush();
}
