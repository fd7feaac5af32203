/** The real bin/plan.js (and the bundle in dist/) in a child process, for what only a process can show. */
import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./paths.js";

export const BIN = join(REPO, "bin", "plan.js");

/** PATH, and the run's temp folder (test/helpers/temp-folder-guard.ts), so that what a child leaves there is seen. */
const baseEnv = () => ({ PATH: process.env.PATH, ...(process.env.TMPDIR && { TMPDIR: process.env.TMPDIR }) });

export interface Exit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function planSync(args: string[], cwd: string, env: Record<string, string> = {}): Exit {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...baseEnv(), ...env } });
  return { exitCode: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a run; `done` settles when it has ended, however it ended. */
export function planAsync(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  options: Pick<SpawnOptions, "uid" | "gid"> = {},
): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...baseEnv(), ...env }, ...options });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<Exit>((resolve) => {
    child.on("close", (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
    // A child that could not start at all (Node not executable for that user) ends the wait with its reason.
    child.on("error", (error) => resolve({ exitCode: null, signal: null, stdout, stderr: `${stderr}${error.message}` }));
  });
  return { child, done };
}
