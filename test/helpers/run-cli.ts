/** Runs the CLI in-process with a captured io, as a user would call it from `cwd`. */
import { main } from "../../src/cli.js";
import type { Io } from "../../src/commands/io.js";

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; isTTY?: boolean }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    cwd: options.cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    now: () => new Date(2025, 4, 12),
  };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}
