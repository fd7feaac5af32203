/**
 * A failure of the run itself (bad arguments, no such path, unreadable config): exit code 2.
 * Thrown anywhere below the CLI and turned into one line on stderr in one place (src/cli.ts).
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
