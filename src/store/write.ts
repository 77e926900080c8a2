import { statSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { type Diagnostic, msg } from "../domain/diagnostics.js";
import { DataError, EnvError } from "../errors.js";
import { addedProblems, validateAll } from "./check.js";
import { type FsSeam, realFs } from "./fs-seam.js";
import { git, gitTop } from "./git.js";
import { type LoadResult, loadDataDir, type Part, withChanges } from "./load.js";

/**
 * The one write path of every command (docs/architecture.md "Writing"): a lock in the data
 * directory, the changed dataset checked before anything is written, new records by
 * exclusive create, updates by temporary file + fsync + rename, and optionally a git
 * commit of exactly the files written.
 */

export interface Change {
  /** Path relative to the data directory, with forward slashes. */
  file: string;
  /** The file's content: a record's text, or the bytes of a document (a report's .docx). */
  text: string | Uint8Array;
  /** A new record: never overwrites an existing file. */
  create: boolean;
}

export interface WritePlan {
  changes: Change[];
  /** The commit message: the command and the record id, e.g. `topic confirm 2027-jj-03: 关于…`. */
  message: string;
}

export interface WriteEnv {
  dir: string;
  today: string;
  commit: boolean;
  /** How long to wait for another process's lock before giving up (exit 3). */
  lockWaitMs: number;
  /** The folders to read and check (default all): those a change can affect. */
  parts?: readonly Part[];
  /** The file-system calls of each step (default the real ones; tests inject faults). */
  fs?: FsSeam;
  /** Commit nothing whatever git.commit says (a merge is concluded by its own commit). */
  neverCommit?: boolean;
  /** The environment (XIESHANG_NO_CACHE turns the parse cache off). */
  env?: Record<string, string | undefined>;
}

export type GitOutcome = "committed" | "off" | "not-a-repo" | { failed: string };

export interface WriteResult {
  written: string[];
  /** The files among `written` that are new. */
  created: Set<string>;
  message: string;
  /** Warnings the change added (errors refuse it). */
  warnings: Diagnostic[];
  git: GitOutcome;
  after: LoadResult;
}

/** A write refused because it would add errors (exit 1); nothing was written. */
export class WriteRefused extends DataError {
  constructor(
    readonly problems: Diagnostic[],
    readonly loaded: LoadResult,
  ) {
    super(msg("write.refused", { count: String(problems.length) }), [
      msg("write.nothing-written", {}),
    ]);
  }
}

export const LOCK_FILE = ".xieshang.lock";
/** A lock file that cannot be read for this long was left half-written by a crash. */
const GARBLED_LOCK_MS = 60_000;

function lockAgeMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
const TEMP_PREFIX = ".xs-";
const TEMP_SUFFIX = ".tmp";

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function fsError(e: unknown, dir: string): EnvError {
  const err = e as NodeJS.ErrnoException;
  return new EnvError(msg("write.fs-failed", { dir, detail: err.code ?? err.message }), [
    msg("write.nothing-lost", {}),
  ]);
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the data directory's lock file (exclusive create). A lock left by a dead process
 * on this machine is taken over; a live one is waited for, then refused (exit 3).
 */
export function acquireLock(dir: string, waitMs: number, fs: FsSeam = realFs): () => void {
  const file = path.join(dir, LOCK_FILE);
  const me: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = fs.openSync(file, "wx");
      try {
        fs.writeSync(fd, JSON.stringify(me));
      } catch (e) {
        fs.closeSync(fd);
        try {
          fs.unlinkSync(file);
        } catch {
          // a half-written lock is taken over after a minute anyway
        }
        throw e;
      }
      fs.closeSync(fd);
      return () => {
        try {
          fs.unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw fsError(e, dir);
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
    } catch {
      holder = undefined; // being written right now, or garbled: look again shortly
    }
    const stale =
      holder !== undefined
        ? holder.host === me.host && !isAlive(holder.pid)
        : lockAgeMs(file) > GARBLED_LOCK_MS;
    if (stale) {
      try {
        fs.unlinkSync(file); // stale: its process died
      } catch {
        // another process took it over first
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new EnvError(
        msg("write.locked", {
          pid: String(holder?.pid ?? "?"),
          host: holder?.host ?? "?",
          since: holder?.since ?? "?",
        }),
        [msg("write.locked.hint", { file })],
      );
    }
    sleep(50);
  }
}

/** Removes temporary files left by a process that died mid-write (we hold the lock). */
function clearStaleTemps(folders: Iterable<string>, fs: FsSeam) {
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const n of names) {
      if (n.startsWith(TEMP_PREFIX) && n.endsWith(TEMP_SUFFIX)) {
        try {
          fs.unlinkSync(path.join(folder, n));
        } catch {
          // leave it: reading ignores dot-files
        }
      }
    }
  }
}

function writeTemp(target: string, text: string | Uint8Array, fs: FsSeam): string {
  const temp = path.join(
    path.dirname(target),
    `${TEMP_PREFIX}${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`,
  );
  const fd = fs.openSync(temp, "wx");
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    try {
      fs.unlinkSync(temp);
    } catch {
      // cleared by the next write
    }
    throw e;
  }
  fs.closeSync(fd);
  return temp;
}

/** rename, retried briefly: on Windows another program may hold the file open. */
function renameRetrying(from: string, to: string, fs: FsSeam) {
  for (let i = 0; ; i++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (i >= 20 || !(code === "EPERM" || code === "EBUSY" || code === "EACCES")) throw e;
      sleep(50);
    }
  }
}

function fsyncDir(dir: string, fs: FsSeam) {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // not supported everywhere (Windows): the rename is still atomic
  }
}

function gitCommit(dir: string, files: string[], message: string): GitOutcome {
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
 * Runs one write: under the lock, `build` plans the changes from freshly read data; the
 * plan is checked, then written so that a crash at any moment leaves every record old
 * or new. Returns what was written and the warnings it added.
 */
export async function writeRecords(
  env: WriteEnv,
  build: (loaded: LoadResult) => WritePlan | Promise<WritePlan>,
): Promise<WriteResult> {
  const fs = env.fs ?? realFs;
  const release = acquireLock(env.dir, env.lockWaitMs, fs);
  try {
    const loaded = loadDataDir(env.dir, env.parts, env.env);
    const plan = await build(loaded);
    // documents (a report's .docx) are written, not read back as records
    const changes = new Map(
      plan.changes.flatMap((c) => (typeof c.text === "string" ? [[c.file, c.text] as const] : [])),
    );
    const after = withChanges(loaded, changes);
    const added = addedProblems(validateAll(loaded, env.today), validateAll(after, env.today));
    const errors = added.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new WriteRefused(errors, after);

    const targets = plan.changes.map((c) => ({
      ...c,
      abs: path.join(env.dir, ...c.file.split("/")),
    }));
    const folders = new Set(targets.map((t) => path.dirname(t.abs)));
    clearStaleTemps(folders, fs);
    // every temporary file first: a failure here (disk full, read-only) changes nothing
    const temps: string[] = [];
    try {
      for (const t of targets) {
        fs.mkdirSync(path.dirname(t.abs), { recursive: true });
        temps.push(writeTemp(t.abs, t.text, fs));
      }
    } catch (e) {
      for (const temp of temps) {
        try {
          fs.unlinkSync(temp);
        } catch {
          // best effort
        }
      }
      throw fsError(e, env.dir);
    }
    const left: string[] = []; // temporary files that could not be removed after the link
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      try {
        if (!t.create) renameRetrying(temps[i]!, t.abs, fs);
        else if (!linkCreate(temps[i]!, t.abs, t.text, fs)) left.push(temps[i]!);
      } catch (e) {
        // this file and the ones after it stay as they were: none of their temporaries is left
        for (const temp of temps.slice(i)) removeTemp(temp, fs);
        if ((e as NodeJS.ErrnoException).code === "EEXIST") {
          throw new EnvError(msg("write.exists", { file: t.file }), [
            msg("write.nothing-lost", {}),
          ]);
        }
        throw fsError(e, env.dir);
      }
    }
    for (const f of folders) fsyncDir(f, fs);
    const written = targets.map((t) => t.file);
    if (left.length > 0)
      throw new EnvError(
        msg("write.temp-left", {
          written: written.join(", "),
          temps: left.map((f) => path.relative(env.dir, f)).join(", "),
        }),
        [msg("write.temp-left.hint", {})],
      );
    // --commit, or git.commit: true in xieshang.yaml (README "How records are written")
    const commit =
      !env.neverCommit && (env.commit || loaded.ds.settings?.value.git?.commit === true);
    const git = commit ? gitCommit(env.dir, written, plan.message) : "off";
    return {
      written,
      created: new Set(targets.filter((t) => t.create).map((t) => t.file)),
      message: plan.message,
      warnings: added.filter((d) => d.severity === "warning"),
      git,
      after,
    };
  } finally {
    release();
  }
}

/**
 * Exclusive create of a complete file: a hard link from the finished temporary file
 * fails if the target exists, so a record is never overwritten nor seen half-written.
 * Where links are not supported, an exclusive open and write. False when the record is
 * in place but its temporary file could not be removed (the next write clears it).
 */
function linkCreate(temp: string, target: string, text: string | Uint8Array, fs: FsSeam): boolean {
  try {
    fs.linkSync(temp, target);
    return removeTemp(temp, fs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw e;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
  }
  fs.unlinkSync(temp);
  const fd = fs.openSync(target, "wx");
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.unlinkSync(target); // ours, half-written: gone, as if never made
    throw e;
  }
  fs.closeSync(fd);
  return true;
}

/** Removes a temporary file, trying again briefly; false if it is still there. */
function removeTemp(temp: string, fs: FsSeam): boolean {
  for (let i = 0; i < 3; i++) {
    try {
      fs.unlinkSync(temp);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return true;
      sleep(20);
    }
  }
  return false;
}
