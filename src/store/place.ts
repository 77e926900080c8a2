import { lstatSync, readFileSync, rmdirSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import type { FsSeam } from "./fs-seam.js";
import { isAlive } from "./owner.js";

/**
 * Placing the files of one write (docs/architecture.md "Writing"): the checks of every
 * target, temporary files written and fsynced, new files by exclusive create (a hard
 * link), updates by rename over, backups of what is replaced, and the clean-up of what a
 * dead writer left. store/write.ts orders these steps; store/journal.ts takes them back.
 */

export const TEMP_PREFIX = ".xs-";
export const TEMP_SUFFIX = ".tmp";

export function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function fsError(e: unknown, dir: string): EnvError {
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
export function clearStaleTemps(folders: Iterable<string>, fs: FsSeam) {
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

export function tempName(target: string, kind: "" | ".bak" = ""): string {
  return path.join(
    path.dirname(target),
    `${TEMP_PREFIX}${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}${kind}${TEMP_SUFFIX}`,
  );
}

export function writeTemp(target: string, text: string | Uint8Array, fs: FsSeam): string {
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
export function renameRetrying(from: string, to: string, fs: FsSeam) {
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

export function fsyncDir(dir: string, fs: FsSeam) {
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

/** One file of a write as placed: where, from which temporary file, and its backup. */
export interface Step {
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
 * the data directory (docs/reliability.md "Reliability": no write passes through a link), a new file
 * not there yet, an existing one a regular file.
 */
export function checkTargets(dir: string, steps: Step[]) {
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
export function throughLink(dir: string, rel: string): boolean {
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

export function enotdir(at: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: ${at}`), { code: "ENOTDIR" });
}

/**
 * Exclusive create of a complete file: a hard link from the finished temporary file
 * fails if the target exists, so a record is never overwritten nor seen half-written.
 * Where links are not supported, an exclusive open and write. False when the record is
 * in place but its temporary file could not be removed (the next write clears it).
 */
export function linkCreate(
  temp: string,
  target: string,
  text: string | Uint8Array,
  fs: FsSeam,
): boolean {
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
export function makeBackup(file: string, backup: string, fs: FsSeam) {
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
export function removeTemp(temp: string, fs: FsSeam): boolean {
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

/**
 * Makes a folder and the folders above it that are missing; the folders made, the
 * highest first (a failed write removes them again: `removeEmptyFolder`).
 */
export function makeFolder(dir: string, fs: FsSeam): string[] {
  const missing: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      lstatSync(at);
      break;
    } catch {
      missing.unshift(at);
    }
    if (path.dirname(at) === at) break;
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw fsError(e, dir);
  }
  return missing;
}

/** Removes a folder a failed write made, if nothing is in it (else it stays). */
export function removeEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty, or gone: left as it is
  }
}
