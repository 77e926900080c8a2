import { createHash } from "node:crypto";
import { chmodSync, lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Diagnostic, msg } from "../domain/diagnostics.js";
import { DataError, EnvError, Interrupted } from "../errors.js";
import { addedProblems, validateAll } from "./check.js";
import { type FsSeam, realFs } from "./fs-seam.js";
import { git, gitTop } from "./git.js";
import { JOURNAL_FILE, type LoadResult, loadDataDir, type Part, withChanges } from "./load.js";
import { acquireLock, isAlive, type Lock } from "./lock.js";
import { readPlainBytes } from "./plain.js";

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
  /** Told at once when a crashed writer's half write was taken back (whatever follows). */
  onRecovered?: (message: string) => void;
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
  /** SIGINT or SIGTERM came while the write was being placed: it finished first. */
  interrupted?: string;
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

export { LOCK_FILE } from "./lock.js";

const TEMP_PREFIX = ".xs-";
const TEMP_SUFFIX = ".tmp";

function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function fsError(e: unknown, dir: string): EnvError {
  if (e instanceof EnvError) return e;
  const err = e as NodeJS.ErrnoException;
  return new EnvError(msg("write.fs-failed", { dir, detail: err.code ?? err.message }), [
    msg("write.nothing-lost", {}),
  ]);
}

/** The pid a temporary file was made by (`.xs-<name>.<pid>.<random>[.bak].tmp`). */
const TEMP_PID = /\.(\d+)\.[a-z0-9]+(?:\.bak)?\.tmp$/;

/**
 * Removes temporary files left by a process that died mid-write (we hold the lock); a
 * live process's are never touched.
 */
function clearStaleTemps(folders: Iterable<string>, fs: FsSeam) {
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const n of names) {
      if (!n.startsWith(TEMP_PREFIX) || !n.endsWith(TEMP_SUFFIX)) continue;
      const pid = Number(TEMP_PID.exec(n)?.[1]);
      // this process's own are from an earlier write of it (this one has made none yet)
      if (pid !== process.pid && Number.isInteger(pid) && isAlive(pid)) continue;
      try {
        fs.unlinkSync(path.join(folder, n));
      } catch {
        // leave it: reading ignores dot-files
      }
    }
  }
}

function tempName(target: string, kind: "" | ".bak" = ""): string {
  return path.join(
    path.dirname(target),
    `${TEMP_PREFIX}${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}${kind}${TEMP_SUFFIX}`,
  );
}

function writeTemp(target: string, text: string | Uint8Array, fs: FsSeam): string {
  const temp = tempName(target);
  const fd = fs.openSync(temp, "wx");
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    removeTemp(temp, fs);
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
      pause(50);
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
 * --commit commits exactly this command's change: a file it writes that already has
 * uncommitted changes is refused before anything is written (README "Reliability").
 */
function refuseDirty(dir: string, files: string[]) {
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

/** One file of a write as placed: where, from which temporary file, and its backup. */
interface Step {
  file: string;
  abs: string;
  temp: string;
  /** The old file kept (a hard link) until the write is whole; none for a new file. */
  backup?: string;
  create: boolean;
  text: string | Uint8Array;
  /** The permissions of the file replaced, kept (a record may be private: 0600). */
  mode?: number;
}

/**
 * Checks every target before the first one is placed: no symbolic link on the way from
 * the data directory (README "Reliability": no write passes through a link), a new file
 * not there yet, an existing one a regular file.
 */
function checkTargets(dir: string, steps: Step[]) {
  for (const s of steps) {
    if (!path.isAbsolute(s.file)) {
      let at = dir;
      const parts = s.file.split("/");
      for (const [i, part] of parts.entries()) {
        at = path.join(at, part);
        let st: ReturnType<typeof lstatSync>;
        try {
          st = lstatSync(at);
        } catch {
          break; // not there yet: made by this write
        }
        if (st.isSymbolicLink())
          throw new EnvError(
            msg("write.through-link", { link: parts.slice(0, i + 1).join("/"), file: s.file }),
            [msg("write.through-link.hint", {}), msg("write.nothing-written", {})],
          );
        if (i < parts.length - 1 && !st.isDirectory()) throw fsError(enotdir(at), dir);
      }
    }
    let st: ReturnType<typeof lstatSync> | undefined;
    try {
      st = lstatSync(s.abs);
    } catch {
      st = undefined;
    }
    if (st && s.create)
      throw new EnvError(msg("write.exists", { file: s.file }), [msg("write.nothing-written", {})]);
    if (st && !st.isFile())
      throw new EnvError(msg("write.not-a-file", { file: s.file }), [
        msg("write.nothing-written", {}),
      ]);
    s.create = !st;
    if (st) s.mode = Number(st.mode) & 0o7777;
  }
}

/** A folder on the way from the data directory to `rel` is a symbolic link. */
function throughLink(dir: string, rel: string): boolean {
  let at = dir;
  for (const part of rel.split(path.sep).slice(0, -1)) {
    at = path.join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function enotdir(at: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: ${at}`), { code: "ENOTDIR" });
}

/** One file of a journal: where, its backup (a file replaced), or its digest (a new file). */
interface JournalStep {
  abs: string;
  backup?: string;
  sha1?: string;
}

interface Journal {
  pid: number;
  message: string;
  steps: JournalStep[];
}

function digest(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("hex");
}

/**
 * A journal is data on disk like any other (a shared folder, a `git add -f`): the next
 * writer trusts only what it can check. A backup is used only when it sits beside its
 * file under a name of this write path's, and a new file is removed only when its bytes
 * are the very bytes the journal says were placed there.
 */
function trustworthy(dir: string, step: JournalStep): boolean {
  if (typeof step.abs !== "string" || !path.isAbsolute(step.abs)) return false;
  // a new file is removed only inside the data directory, and not through a link
  const rel = path.relative(dir, step.abs);
  const inside = rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
  if (step.backup !== undefined) {
    const name = path.basename(step.backup);
    return (
      typeof step.backup === "string" &&
      path.dirname(step.backup) === path.dirname(step.abs) &&
      name.startsWith(`${TEMP_PREFIX}${path.basename(step.abs)}.`) &&
      name.endsWith(`.bak${TEMP_SUFFIX}`)
    );
  }
  if (typeof step.sha1 !== "string" || !inside || throughLink(dir, rel)) return false;
  try {
    return lstatSync(step.abs).isFile() && digest(readFileSync(step.abs)) === step.sha1;
  } catch {
    return false; // not there: nothing to take back
  }
}

function writeJournal(dir: string, journal: Journal, fs: FsSeam) {
  const file = path.join(dir, JOURNAL_FILE);
  const temp = writeTemp(file, JSON.stringify(journal), fs);
  renameRetrying(temp, file, fs);
  fsyncDir(dir, fs);
}

/**
 * Takes back what a write placed, last first: an updated file gets its backup again, a
 * new one is removed (under the lock, nobody else made it). Used when a step fails, and
 * by the next writer after a crash (the journal it left).
 */
function rollBack(steps: { abs: string; backup?: string }[], fs: FsSeam) {
  for (const s of [...steps].reverse()) {
    if (s.backup) {
      try {
        renameRetrying(s.backup, s.abs, fs);
      } catch {
        // no backup made: the file was never touched
      }
      removeTemp(s.backup, fs); // a rename between two links of one file leaves the backup
    } else {
      removeTemp(s.abs, fs);
    }
  }
}

/** A journal left by a writer that died mid-write: its files taken back. */
function recoverJournal(dir: string, fs: FsSeam): string | undefined {
  const file = path.join(dir, JOURNAL_FILE);
  const got = readPlainBytes(file, 1024 * 1024);
  if (!Buffer.isBuffer(got)) {
    if (got.why === "ENOENT") return undefined;
    if (got.why === "link" || got.why === "not-a-file")
      throw new EnvError(msg("write.not-a-file", { file: JOURNAL_FILE }), [
        msg("write.nothing-written", {}),
      ]);
  }
  let journal: Journal;
  try {
    journal = JSON.parse(Buffer.isBuffer(got) ? got.toString("utf8") : "") as Journal;
  } catch {
    journal = { pid: 0, message: "?", steps: [] }; // garbled: written before any step
  }
  const steps = (Array.isArray(journal.steps) ? journal.steps : []).filter((st) =>
    trustworthy(dir, st),
  );
  // a new file git already tracks was not made by a write cut short: it stays
  const tracked = trackedFiles(
    dir,
    steps.filter((st) => !st.backup).map((st) => st.abs),
  );
  rollBack(
    steps.filter((st) => st.backup || !tracked.has(st.abs)),
    fs,
  );
  clearStaleTemps(new Set(steps.map((st) => path.dirname(st.abs))), fs);
  fs.unlinkSync(file);
  fsyncDir(dir, fs);
  return String(journal.message);
}

/** Which of `files` (absolute, in the data directory) git tracks. */
function trackedFiles(dir: string, files: string[]): Set<string> {
  if (files.length === 0 || !gitTop(dir)) return new Set();
  try {
    const out = git(dir, "ls-files", "-z", "--full-name", "--", ...files);
    const top = gitTop(dir)!;
    return new Set(
      out
        .split("\0")
        .filter(Boolean)
        .map((f) => path.join(top, f)),
    );
  } catch {
    return new Set(files); // git cannot say: nothing is removed
  }
}

/**
 * Runs one write (docs/architecture.md "Writing"): take the lock (undoing a crashed
 * writer's half write first), read fresh, `build` decides and renders every file, the
 * whole change is checked, then placed so that it is all or nothing; release. SIGINT and
 * SIGTERM are held while the lock is: before the first file is placed they stop the write
 * (nothing written); after it, the write finishes first (`interrupted` says so).
 */
export async function writeRecords(
  env: WriteEnv,
  build: (loaded: LoadResult) => WritePlan | Promise<WritePlan>,
): Promise<WriteResult> {
  const fs = env.fs ?? realFs;
  let signal: string | undefined;
  const onSignal = (s: string) => {
    signal ??= s;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let lock: Lock | undefined;
  const temps: string[] = [];
  try {
    lock = await acquireLock(env.dir, env.lockWaitMs, fs, () => signal !== undefined);
    await signalsHeard();
    if (signal) throw new Interrupted(msg("write.interrupted", {}));
    const recovered = recoverJournal(env.dir, fs);
    if (recovered !== undefined) env.onRecovered?.(recovered);
    const loaded = loadDataDir(env.dir, env.parts, env.env);
    const plan = await build(loaded);
    // documents (a report's .docx, letters) are written, not read back as records
    const changes = new Map(
      plan.changes.flatMap((c) =>
        typeof c.text === "string" && !path.isAbsolute(c.file) ? [[c.file, c.text] as const] : [],
      ),
    );
    const after = withChanges(loaded, changes);
    const added = addedProblems(validateAll(loaded, env.today), validateAll(after, env.today));
    const errors = added.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new WriteRefused(errors, after);

    const steps: Step[] = plan.changes.map((c) => ({
      file: c.file,
      abs: path.isAbsolute(c.file) ? c.file : path.join(env.dir, ...c.file.split("/")),
      temp: "",
      create: c.create,
      text: c.text,
    }));
    checkTargets(env.dir, steps);
    // --commit, or git.commit: true in xieshang.yaml (README "How records are written")
    const commit =
      !env.neverCommit && (env.commit || loaded.ds.settings?.value.git?.commit === true);
    const inData = steps.filter((s) => !path.isAbsolute(s.file));
    // a new file too: its path may be a tracked file deleted by hand
    if (commit)
      refuseDirty(
        env.dir,
        inData.map((s) => s.file),
      );
    const folders = new Set(steps.map((s) => path.dirname(s.abs)));
    clearStaleTemps(folders, fs);
    // every temporary file first: a failure here (disk full, read-only) changes nothing
    try {
      for (const s of steps) {
        fs.mkdirSync(path.dirname(s.abs), { recursive: true });
        s.temp = writeTemp(s.abs, s.text, fs);
        temps.push(s.temp);
        if (s.mode !== undefined) chmodSync(s.temp, s.mode);
        if (!s.create) s.backup = tempName(s.abs, ".bak");
      }
    } catch (e) {
      throw fsError(e, env.dir);
    }
    await signalsHeard();
    if (signal) throw new Interrupted(msg("write.interrupted", {}));
    // the lock is still ours (a waiter may have moved it aside by mistake): else nothing
    if (!lock.held())
      throw new EnvError(msg("write.lock-lost", {}), [msg("write.nothing-written", {})]);
    const several = steps.length > 1;
    if (several)
      writeJournal(
        env.dir,
        {
          pid: process.pid,
          message: plan.message,
          steps: steps.map((s) =>
            s.backup ? { abs: s.abs, backup: s.backup } : { abs: s.abs, sha1: digest(s.text) },
          ),
        },
        fs,
      );
    const placed: Step[] = [];
    const left: string[] = []; // temporary files that could not be removed after the link
    for (const s of steps) {
      let backedUp = false;
      try {
        if (s.backup) {
          makeBackup(s.abs, s.backup, fs);
          backedUp = true;
        }
        if (!s.create) renameRetrying(s.temp, s.abs, fs);
        else if (!linkCreate(s.temp, s.abs, s.text, fs)) left.push(s.temp);
        placed.push(s);
      } catch (e) {
        // what this write placed is taken back: every file as it was
        if (backedUp) removeTemp(s.backup!, fs);
        rollBack(placed, fs);
        if (several) removeTemp(path.join(env.dir, JOURNAL_FILE), fs);
        if ((e as NodeJS.ErrnoException).code === "EEXIST") {
          throw new EnvError(msg("write.exists", { file: s.file }), [
            msg("write.nothing-lost", {}),
          ]);
        }
        throw fsError(e, env.dir);
      }
    }
    for (const f of folders) fsyncDir(f, fs);
    // the write is whole once the journal is gone; then the backups go
    if (several) {
      try {
        fs.unlinkSync(path.join(env.dir, JOURNAL_FILE));
      } catch (e) {
        rollBack(placed, fs); // the journal stays: the next writer undoes nothing more
        throw fsError(e, env.dir);
      }
      fsyncDir(env.dir, fs);
    }
    for (const s of steps) if (s.backup && !removeTemp(s.backup, fs)) left.push(s.backup);
    const written = steps.map((s) => s.file);
    if (left.length > 0)
      throw new EnvError(
        msg("write.temp-left", {
          written: written.join(", "),
          temps: left.map((f) => path.relative(env.dir, f)).join(", "),
        }),
        [msg("write.temp-left.hint", {})],
      );
    const git = commit
      ? gitCommit(
          env.dir,
          inData.map((s) => s.file),
          plan.message,
        )
      : "off";
    return {
      written,
      created: new Set(steps.filter((s) => s.create).map((s) => s.file)),
      message: plan.message,
      warnings: added.filter((d) => d.severity === "warning"),
      git,
      after,
      get interrupted() {
        return signal;
      },
    };
  } finally {
    for (const t of temps) removeTemp(t, fs);
    lock?.release();
    // a signal that came while the write was placed is heard before the handlers go
    await signalsHeard();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/**
 * Lets the event loop turn once, so that a SIGINT or SIGTERM that came meanwhile reaches
 * its handler: the write path itself is synchronous and would not hear it until it ended.
 */
function signalsHeard(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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

/** The old file kept until the write is whole: a hard link, else a copy. */
function makeBackup(file: string, backup: string, fs: FsSeam) {
  try {
    fs.linkSync(file, backup);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
  }
  const fd = fs.openSync(backup, "wx");
  try {
    fs.writeSync(fd, readFileSync(file));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes a file of this write (temporary, backup), trying again briefly; false if it is still there. */
function removeTemp(temp: string, fs: FsSeam): boolean {
  for (let i = 0; i < 3; i++) {
    try {
      fs.unlinkSync(temp);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return true;
      pause(20);
    }
  }
  return false;
}
