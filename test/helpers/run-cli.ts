/** Runs the CLI in-process with a captured io, as a user would call it from `cwd`. */
import { main } from "../../src/cli.js";
import type { Io } from "../../src/commands/io.js";

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  isTTY?: boolean;
  /** Answers a person types at the terminal, one per question; without them nothing is asked (as in CI). */
  answers?: (string | undefined)[];
}

export async function runCli(args: string[], options: CliOptions): Promise<CliRun> {
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
  const answers = options.answers;
  if (answers) {
    io.ask = async (question) => {
      stdout += question;
      return answers.shift();
    };
  }
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}
