import { chmodSync } from "node:fs";
import path from "node:path";
import { commitText } from "../domain/commit-message.js";
import { type Diagnostic, msg } from "../domain/diagnostics.js";
import { DataError, EnvError, Interrupted } from "../errors.js";
import { addedProblems, validateAll } from "./check.js";
import { type FsSeam, realFs } from "./fs-seam.js";
import { type GitOutcome, gitCommit, refuseDirty } from "./git.js";
import { digest, recoverJournal, rollBack, writeJournal } from "./journal.js";
import { JOURNAL_FILE, type LoadResult, loadDataDir, type Part, withChanges } from "./load.js";
import { acquireLock, type Lock } from "./lock.js";
import {
  checkTargets,
  clearStaleTemps,
  fsError,
  fsyncDir,
  linkCreate,
  makeBackup,
  makeFolder,
  removeEmptyFolder,
  removeTemp,
  renameRetrying,
  type Step,
  tempName,
  writeTemp,
} from "./place.js";

export type { GitOutcome } from "./git.js";

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
  const signals = holdSignals();
  let lock: Lock | undefined;
  const temps: string[] = [];
  try {
    lock = await acquireLock(env.dir, env.lockWaitMs, fs, signals.came);
    await signals.stopIfCame();
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
    // --commit, or git.commit: true in xieshang.yaml (docs/reliability.md "How records are written")
    const commit =
      !env.neverCommit && (env.commit || loaded.ds.settings?.value.git?.commit === true);
    const inData = steps.filter((s) => !path.isAbsolute(s.file));
    // a new file too: its path may be a tracked file deleted by hand
    if (commit)
      refuseDirty(
        env.dir,
        inData.map((s) => s.file),
      );
    const written = await placeAll(env.dir, steps, plan.message, fs, temps, () =>
      mayPlace(signals, lock!),
    );
    // the commit in the data's language (README "Working as a team of clerks")
    const message = commitText(plan.message, loaded.ds.settings?.value.lang);
    const git = commit
      ? gitCommit(
          env.dir,
          inData.map((s) => s.file),
          message,
        )
      : "off";
    return {
      written,
      created: new Set(steps.filter((s) => s.create).map((s) => s.file)),
      message,
      warnings: added.filter((d) => d.severity === "warning"),
      git,
      after,
      get interrupted() {
        return signals.signal;
      },
    };
  } finally {
    for (const t of temps) removeTemp(t, fs);
    lock?.release();
    await signals.release();
  }
}

/**
 * SIGINT and SIGTERM held while a write holds the lock: noted, not obeyed at once. Before
 * the first file is placed they stop the write (`stopIfCame`: nothing written); after it,
 * the write finishes first and the command says so (`signal`).
 */
function holdSignals() {
  let signal: string | undefined;
  const onSignal = (s: string) => {
    signal ??= s;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get signal() {
      return signal;
    },
    came: () => signal !== undefined,
    async stopIfCame() {
      await signalsHeard();
      if (signal) throw new Interrupted(msg("write.interrupted", {}));
    },
    async release() {
      // a signal that came while the write was placed is heard before the handlers go
      await signalsHeard();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** The last check before the first file is placed: no signal came, the lock is still ours. */
async function mayPlace(signals: ReturnType<typeof holdSignals>, lock: Lock) {
  await signals.stopIfCame();
  // a waiter may have moved the lock aside by mistake: then nothing is placed
  if (!lock.held())
    throw new EnvError(msg("write.lock-lost", {}), [msg("write.nothing-written", {})]);
}

/**
 * The files of a new data directory (init), written as one write: the lock taken in the
 * folder, a half write of an earlier init taken back, every file created — none there
 * before — all or nothing, signals held as for any write. On failure the folders this
 * write made are removed again, the data directory too when it made it: a failed or
 * interrupted init leaves the folder as it was. Nothing is read or checked: the files are
 * the package's own.
 */
export async function writeNewFiles(
  env: Pick<WriteEnv, "dir" | "lockWaitMs" | "fs" | "onRecovered">,
  files: { file: string; text: string }[],
  message: string,
): Promise<{ written: string[]; readonly interrupted: string | undefined }> {
  const fs = env.fs ?? realFs;
  const signals = holdSignals();
  const made: string[] = [];
  let lock: Lock | undefined;
  let done = false;
  const temps: string[] = [];
  try {
    made.push(...makeFolder(env.dir, fs));
    lock = await acquireLock(env.dir, env.lockWaitMs, fs, signals.came);
    await signals.stopIfCame();
    const recovered = recoverJournal(env.dir, fs);
    if (recovered !== undefined) env.onRecovered?.(recovered);
    const steps: Step[] = files.map((c) => ({
      file: c.file,
      abs: path.join(env.dir, ...c.file.split("/")),
      temp: "",
      create: true,
      text: c.text,
    }));
    checkTargets(env.dir, steps);
    for (const folder of new Set(steps.map((s) => path.dirname(s.abs))))
      made.push(...makeFolder(folder, fs));
    const written = await placeAll(env.dir, steps, message, fs, temps, () =>
      mayPlace(signals, lock!),
    );
    done = true;
    return {
      written,
      get interrupted() {
        return signals.signal;
      },
    };
  } finally {
    for (const t of temps) removeTemp(t, fs);
    lock?.release();
    if (!done) for (const folder of made.reverse()) removeEmptyFolder(folder);
    await signals.release();
  }
}

/**
 * Places every step, all or nothing (docs/architecture.md "Writing"): every temporary file
 * first, then — after `beforePlacing` said the write may go on — a journal when there are
 * several, each file linked or renamed into place with a backup of what it replaces, and a
 * failure takes back what was placed. The files written, as named in the steps.
 */
async function placeAll(
  dir: string,
  steps: Step[],
  message: string,
  fs: FsSeam,
  temps: string[],
  beforePlacing: () => Promise<void>,
): Promise<string[]> {
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
    throw fsError(e, dir);
  }
  await beforePlacing();
  const several = steps.length > 1;
  if (several)
    writeJournal(
      dir,
      {
        pid: process.pid,
        message: message,
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
      if (several) removeTemp(path.join(dir, JOURNAL_FILE), fs);
      if ((e as NodeJS.ErrnoException).code === "EEXIST") {
        throw new EnvError(msg("write.exists", { file: s.file }), [msg("write.nothing-lost", {})]);
      }
      throw fsError(e, dir);
    }
  }
  for (const f of folders) fsyncDir(f, fs);
  // the write is whole once the journal is gone; then the backups go
  if (several) {
    try {
      fs.unlinkSync(path.join(dir, JOURNAL_FILE));
    } catch (e) {
      rollBack(placed, fs); // the journal stays: the next writer undoes nothing more
      throw fsError(e, dir);
    }
    fsyncDir(dir, fs);
  }
  for (const s of steps) if (s.backup && !removeTemp(s.backup, fs)) left.push(s.backup);
  const written = steps.map((s) => s.file);
  if (left.length > 0)
    throw new EnvError(
      msg("write.temp-left", {
        written: written.join(", "),
        temps: left.map((f) => path.relative(dir, f)).join(", "),
      }),
      [msg("write.temp-left.hint", {})],
    );
  return written;
}

/**
 * Lets the event loop turn once, so that a SIGINT or SIGTERM that came meanwhile reaches
 * its handler: the write path itself is synchronous and would not hear it until it ended.
 */
function signalsHeard(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
