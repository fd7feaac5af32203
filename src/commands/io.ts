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
   * Asks a question and waits for a line; only when a person is at the terminal (stdin and stdout are TTYs).
   * Undefined otherwise, so that CI and scripts get an error instead of a command that waits for ever.
   * Resolves to undefined when input ends (Ctrl-D).
   */
  ask?(question: string): Promise<string | undefined>;
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
    ...(process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}),
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

async function ask(question: string): Promise<string | undefined> {
  const { createInterface } = await import("node:readline/promises");
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const ended = new Promise<undefined>((done) => terminal.once("close", () => done(undefined)));
  try {
    return await Promise.race([terminal.question(question), ended]);
  } finally {
    terminal.close();
  }
}
