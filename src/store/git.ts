import { execFileSync } from "node:child_process";

/** Runs git in `cwd`; throws with git's own message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The top folder of the git work tree holding `dir`, or undefined outside one (or without git). */
export function gitTop(dir: string): string | undefined {
  try {
    return git(dir, "rev-parse", "--show-toplevel").trim();
  } catch {
    return undefined;
  }
}
