import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import type { FsSeam } from "./fs-seam.js";
import { git, gitTop } from "./git.js";
import { JOURNAL_FILE } from "./load.js";
import {
  clearStaleTemps,
  fsyncDir,
  removeTemp,
  renameRetrying,
  TEMP_PREFIX,
  TEMP_SUFFIX,
  throughLink,
  writeTemp,
} from "./place.js";
import { readPlainBytes } from "./plain.js";

/**
 * The journal of a write of several files (docs/reliability.md "Reliability"): what each step placed,
 * so that a failure, or the next writer after a crash, takes the write back whole.
 */

/** One file of a journal: where, its backup (a file replaced), or its digest (a new file). */
interface JournalStep {
  abs: string;
  backup?: string;
  sha1?: string;
}

export interface Journal {
  pid: number;
  message: string;
  steps: JournalStep[];
}

export function digest(data: string | Uint8Array): string {
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

export function writeJournal(dir: string, journal: Journal, fs: FsSeam) {
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
export function rollBack(steps: { abs: string; backup?: string }[], fs: FsSeam) {
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
export function recoverJournal(dir: string, fs: FsSeam): string | undefined {
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
