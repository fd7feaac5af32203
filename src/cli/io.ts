/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is only ever used there). */
  isTTY: boolean;
  /** The clock, for the default of `--today`. */
  now(): Date;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
  };
}

/** Writes a sequence of output pieces in batches of about 64 KiB: one write per piece would cost more than the text. */
export function writeChunks(write: (text: string) => void, chunks: Iterable<string>): void {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 65_536) {
      write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) write(batch.join(""));
}
