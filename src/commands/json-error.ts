/**
 * `--format json` promises JSON on stdout, also when the run fails (exit 2): then it is one object
 * `{"error": {"code", "message", "exitCode"}}` (README, "Exit codes"), so that a CI step parsing stdout sees why.
 */
import type { RunErrorCode } from "../diagnostics/run-error.js";
import { VERSION } from "./version.js";

/** Whether the arguments ask for JSON: `--format json`, `--format=json`, `-f json`, `-fjson`. */
export function jsonRequested(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return false;
    if ((arg === "--format" || arg === "-f") && argv[i + 1] === "json") return true;
    if (arg === "--format=json" || arg === "-fjson") return true;
  }
  return false;
}

export function jsonError(code: RunErrorCode | "internal", message: string, exitCode: number): string {
  return `${JSON.stringify({ error: { code, message, exitCode, tool: { name: "plan", version: VERSION } } })}\n`;
}
