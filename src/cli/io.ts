/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  /** Writes to stdout; `false` when the text had to be queued (a pipe whose reader is slower than we are). */
  stdout(text: string): boolean | void;
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
    stderr: (text) => process.stderr.write(text),
    stdoutDrained: () => (closed ? Promise.resolve() : drained()),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}

/**
 * Writes a sequence of output pieces to stdout in batches of about 64 KiB: one write per piece would cost more than
 * the text. Waits whenever stdout has queued a batch, so a slow pipe holds one batch, not the whole output (the
 * pieces are made as they are written).
 */
export async function writeChunks(io: Pick<Io, "stdout" | "stdoutDrained">, chunks: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 65_536) {
      const written = io.stdout(batch.join(""));
      batch = [];
      size = 0;
      if (written === false && io.stdoutDrained) await io.stdoutDrained();
    }
  }
  if (size > 0) io.stdout(batch.join(""));
}
