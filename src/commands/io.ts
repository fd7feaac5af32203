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
}

export function processIo(): Io {
  // A reader that goes away (`plan due | head`) ends the output, not the run: no stack trace for EPIPE.
  let closed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
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
