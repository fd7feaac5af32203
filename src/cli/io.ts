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
