import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { DataError } from "../errors.js";

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

/** What became of the commit of a write. */
export type GitOutcome = "committed" | "off" | "not-a-repo" | { failed: string };

export function gitCommit(dir: string, files: string[], message: string): GitOutcome {
  if (!gitTop(dir)) return "not-a-repo";
  try {
    git(dir, "add", "--", ...files);
    git(dir, "commit", "--quiet", "-m", message, "--only", "--", ...files);
    return "committed";
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return { failed: (err.stderr || err.message).trim().split("\n").slice(-3).join(" ") };
  }
}

/**
 * --commit commits exactly this command's change: a file it writes that already has
 * uncommitted changes is refused before anything is written (docs/reliability.md "Reliability").
 */
export function refuseDirty(dir: string, files: string[]) {
  if (files.length === 0 || !gitTop(dir)) return;
  let out: string;
  try {
    out = git(dir, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...files);
  } catch {
    return; // git cannot tell: the commit itself will say what is wrong
  }
  const dirty = out
    .split("\0")
    .filter((l) => l.length > 3)
    .map((l) => l.slice(3));
  if (dirty.length > 0)
    throw new DataError(msg("write.commit-dirty", { files: dirty.join(", ") }), [
      msg("write.commit-dirty.hint", { files: dirty.join(" ") }),
      msg("write.nothing-written", {}),
    ]);
}

/** The data directories a hook of ours checks: its lines `# xieshang data: "<path>"`. */
const HOOK_DATA = /^# xieshang data: (".*")$/gm;

/**
 * Installs the pre-commit hook (init) for the data directory `dir`, beside the data
 * directories the hook already checks (a repository may hold several). `script` makes the
 * hook for all of them, each named by its path from the repository's top (the real one:
 * a data directory reached through a link is named as git names it). Undefined when the
 * repository has a hook of someone else's (without `mark`), which is left alone.
 */
export function installHook(
  top: string,
  dir: string,
  script: (rels: string[]) => string,
  mark: string,
): { file: string; written: boolean } | { foreign: string } {
  const hooks = path.resolve(top, git(top, "rev-parse", "--git-path", "hooks").trim());
  mkdirSync(hooks, { recursive: true });
  const file = path.join(hooks, "pre-commit");
  const rel = path.relative(realpathSync(top), realpathSync(dir)).split(path.sep).join("/") || ".";
  const old = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (old !== undefined && !old.includes(mark)) return { foreign: file };
  const rels = [...(old ?? "").matchAll(HOOK_DATA)].map((m) => JSON.parse(m[1]!) as string);
  const text = script([...new Set([...rels, rel])]);
  if (text === old) return { file, written: false };
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return { file, written: true };
}

/** The repository has a commit (an init cut short may have made it and stopped). */
export function hasCommits(top: string): boolean {
  try {
    git(top, "rev-parse", "--verify", "--quiet", "HEAD");
    return true;
  } catch {
    return false;
  }
}

/** The data directory's xieshang.yaml is in the repository's index. */
export function isTracked(top: string, dir: string, file: string): boolean {
  try {
    return git(top, "ls-files", "--", fromTop(top, dir, file)).trim() !== "";
  } catch {
    return false;
  }
}

/** The folder is the top of its repository (not a folder inside another's). */
export function isTop(top: string, dir: string): boolean {
  return realpathSync(top) === realpathSync(dir);
}

/**
 * Whether git knows who commits from `cwd` (user.name and user.email, in any config or the
 * GIT_AUTHOR_* / GIT_COMMITTER_* variables), as strictly as a commit asks.
 */
export function gitIdentity(dir: string): boolean {
  // the folder may not be made yet: git is asked from the nearest one that is
  let cwd = path.resolve(dir);
  while (!existsSync(cwd) && path.dirname(cwd) !== cwd) cwd = path.dirname(cwd);
  try {
    git(cwd, "var", "GIT_AUTHOR_IDENT");
    git(cwd, "var", "GIT_COMMITTER_IDENT");
    return true;
  } catch (e) {
    // no git at all: init says so on its own
    return (e as { code?: string }).code === "ENOENT";
  }
}

/** A setting of one repository (its .git/config), never the clerk's global one. */
export function setLocalConfig(top: string, key: string, value: string): void {
  git(top, "config", "--local", key, value);
}

/** A new repository in `dir` (init); its top, or undefined when git could not make one. */
export function initRepository(dir: string): string | undefined {
  try {
    git(dir, "init", "--quiet");
  } catch {
    return undefined;
  }
  return gitTop(dir);
}

/**
 * The first commit of a new data directory: the files named (init's own, never a file the
 * clerk had in the folder), without the hook (what init wrote is valid).
 */
export function commitFirst(dir: string, files: string[], message: string): void {
  git(dir, "add", "--", ...files);
  git(dir, "commit", "--quiet", "--no-verify", "-m", message, "--", ...files);
}

/** A path of the data directory as git names it, from the repository's top. */
export function fromTop(top: string, dir: string, file: string): string {
  return path.relative(top, path.join(dir, file)).split(path.sep).join("/");
}

/** A path git names from the top, as the data directory names it. */
function fromData(top: string, dir: string, p: string): string {
  return path.relative(dir, path.join(top, p)).split(path.sep).join("/");
}

/**
 * The files git left unmerged in the data directory, each with the stages it holds
 * (1 base, 2 ours, 3 theirs), named from the data directory.
 */
export function unmergedStages(top: string, dir: string): Map<string, Set<string>> {
  const stages = new Map<string, Set<string>>();
  for (const line of git(top, "ls-files", "-u", "--", path.relative(top, dir) || ".").split("\n")) {
    const m = /^\d+ [0-9a-f]+ ([123])\t(.+)$/.exec(line);
    if (!m) continue;
    const file = fromData(top, dir, m[2]!);
    stages.set(file, (stages.get(file) ?? new Set()).add(m[1]!));
  }
  return stages;
}

/** The text of one stage of an unmerged file of the data directory. */
export function stageText(top: string, dir: string, stage: string, file: string): string {
  return git(top, "show", `:${stage}:${fromTop(top, dir, file)}`);
}

/** The data directory's files added or changed between two commits. */
export function changedFiles(top: string, dir: string, from: string, to: string): string[] {
  return git(
    top,
    "diff",
    "--name-only",
    "--diff-filter=AM",
    from,
    to,
    "--",
    path.relative(top, dir) || ".",
  )
    .split("\n")
    .filter(Boolean)
    .map((p) => fromData(top, dir, p));
}

/** Stages files of the data directory. */
export function addFiles(top: string, dir: string, files: string[]): void {
  git(top, "add", "--", ...files.map((f) => fromTop(top, dir, f)));
}

/** One commit that changed a file, newest first, with the file's path in it. */
export interface FileCommit {
  hash: string;
  date: string;
  author: string;
  message: string;
  pathAt: string;
}

/** The commits that changed a file of the data directory, following renames. */
export function fileLog(top: string, dir: string, file: string): FileCommit[] {
  const rel = fromTop(top, dir, file);
  const log = git(
    top,
    "log",
    "--follow",
    "--format=%x1e%H%x1f%ad%x1f%an%x1f%s",
    "--date=short",
    "--name-only",
    "--",
    rel,
  );
  return log
    .split("\x1e")
    .filter((s) => s.trim())
    .map((chunk) => {
      const [head, ...rest] = chunk.split("\n");
      const [hash, date, author, message] = head!.split("\x1f") as [string, string, string, string];
      const pathAt = rest.map((l) => l.trim()).filter(Boolean)[0] ?? rel;
      return { hash, date, author, message, pathAt };
    });
}

/** A file as a commit holds it, or undefined (deleted in that commit). */
export function textAt(top: string, hash: string, p: string): string | undefined {
  try {
    return git(top, "show", `${hash}:${p}`);
  } catch {
    return undefined;
  }
}
