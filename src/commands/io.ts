/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is only ever used there, unless FORCE_COLOR says otherwise). */
  isTTY: boolean;
  /** The clock, for the default of `--today`. */
  now(): Date;
  /**
   * Waits until everything written to stdout is out, and says why it could not be written, if it could not (a
   * full disk: `ENOSPC`). A reader that went away (`| head`) is not a failure. Absent in tests: nothing to wait for.
   */
  finish?(): Promise<string | undefined>;
}

/** Errors of a stdout whose reader went away: the output ends, the run does not fail. */
const READER_GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

export function processIo(): Io {
  let closed = false;
  let failure: string | undefined;
  // Never thrown: an unwritable stdout becomes one line and exit 2 in cli.ts, never a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    closed = true;
    if (!READER_GONE.has(error.code ?? "")) failure ??= error.code ?? "EIO";
  });
  // Nowhere is left to say that stderr cannot be written: the exit code still says how the run went.
  process.stderr.on("error", () => {});
  return {
    cwd: process.cwd(),
    stdout: (text) => {
      if (!closed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
    finish: () =>
      new Promise((resolve) => {
        if (closed) {
          resolve(failure);
          return;
        }
        process.stdout.write("", (error?: NodeJS.ErrnoException | null) => {
          const code = error?.code;
          // The "error" event may come after this callback: give it its turn first.
          setImmediate(() => resolve(failure ?? (code && !READER_GONE.has(code) ? code : undefined)));
        });
      }),
  };
}
