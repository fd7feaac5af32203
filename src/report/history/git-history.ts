/**
 * A plan file as it was on a day, from git: the version of the last commit on or before that day. Through the
 * `git` command, the one a user has anyway; without it, or outside a repository, there is no history, and the
 * report says so and reads only the follow-up logs.
 */
import { execFileSync } from "node:child_process";
import { basename, dirname } from "node:path";
import type { IsoDate } from "../../dates/local-date.js";

export type History =
  | { kind: "git"; fileAt(absolute: string, date: IsoDate): string | undefined }
  | { kind: "none"; reason: "no-git" | "not-a-repository" };

export function gitHistory(cwd: string): History {
  try {
    git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  } catch (error) {
    return { kind: "none", reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no-git" : "not-a-repository" };
  }
  return {
    kind: "git",
    fileAt(absolute, date) {
      const dir = dirname(absolute);
      const name = basename(absolute);
      try {
        const commit = git(dir, ["log", "-1", "--format=%H", `--before=${date}T23:59:59`, "--", name]).trim();
        return commit ? git(dir, ["show", `${commit}:./${name}`]) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function git(cwd: string, args: string[]): string {
  return execFileSync("git", ["-C", cwd, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 26 });
}
