/**
 * A file that could not be written, named as the user named it (never the temporary file's name), with the
 * system's error code. The commands word it for the user (commands/write-failure.ts).
 */
export class FileWriteError extends Error {
  override readonly name = "FileWriteError";
  constructor(
    /** The path the user asked for (or the plan's own path), not the temporary file. */
    readonly target: string,
    /** `EACCES`, `ENOSPC`, `EISDIR`, … or one of ours: `READ_ONLY`, `NOT_A_FILE`, `LOCKED`, `NOT_WRITTEN`. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${target}`, options);
  }
}

export function errorCode(error: unknown): string {
  if (error instanceof FileWriteError) return error.code;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "EIO";
}

export function asWriteError(target: string, error: unknown): FileWriteError {
  return error instanceof FileWriteError ? error : new FileWriteError(target, errorCode(error), { cause: error });
}
