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

/** The git operation a conflict was left by, and the two sides of what our side did. */
export interface ConflictOperation {
  kind: "merge" | "rebase" | "cherry-pick";
  /** What our side changed, from `base` to `ours` (commits). */
  base: string;
  ours: string;
}

function revision(top: string, name: string): string | undefined {
  try {
    return git(top, "rev-parse", "-q", "--verify", name).trim();
  } catch {
    return undefined;
  }
}

/**
 * The unfinished merge, rebase or cherry-pick of the work tree, if any. Our side: in a
 * merge or cherry-pick the branch we are on since the common ancestor; in a rebase the
 * commit being replayed (REBASE_HEAD).
 */
export function conflictOperation(top: string): ConflictOperation | undefined {
  const merge = revision(top, "MERGE_HEAD");
  if (merge)
    return { kind: "merge", base: git(top, "merge-base", "HEAD", merge).trim(), ours: "HEAD" };
  const rebase = revision(top, "REBASE_HEAD");
  if (rebase) return { kind: "rebase", base: `${rebase}^`, ours: rebase };
  const pick = revision(top, "CHERRY_PICK_HEAD");
  if (pick)
    return { kind: "cherry-pick", base: git(top, "merge-base", "HEAD", pick).trim(), ours: "HEAD" };
  return undefined;
}

/** What concludes each operation once its conflicts are resolved and added. */
export const CONCLUDE: Record<ConflictOperation["kind"], string> = {
  merge: "git commit --no-edit",
  rebase: "git rebase --continue",
  "cherry-pick": "git cherry-pick --continue",
};

/** Concludes the operation (its message as git proposes it: no editor is opened). */
export function concludeOperation(top: string, kind: ConflictOperation["kind"]): void {
  const args = CONCLUDE[kind].split(" ").slice(1);
  execFileSync("git", args, {
    cwd: top,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_EDITOR: "true" },
  });
}
