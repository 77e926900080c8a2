import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { isatty } from "node:tty";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import { type FsSeam, realFs } from "./fs-seam.js";

/**
 * Writes a generated document (a plan, a reminder, JSON Schemas) as the shell's `>` would
 * (docs/reliability.md "Reading: nothing hidden"): a symbolic link is followed; a FIFO or a device is
 * written to directly; a regular file is replaced atomically — a temporary file in its
 * folder, then renamed over, with the replaced file's mode and owner — so a reader never
 * sees half a file; a folder that does not
 * exist is an error (exit 3), never created.
 */
export function writeOutput(file: string, text: string | Uint8Array, fs: FsSeam = realFs): void {
  const target = followLinks(file);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw failed(file, "EISDIR");
  if (existing && (existing.isFIFO() || existing.isCharacterDevice() || existing.isSocket())) {
    writeDirect(file, target, text, fs);
    return;
  }
  const dir = path.dirname(target);
  try {
    if (!statSync(dir).isDirectory()) throw failed(file, "ENOTDIR");
  } catch (e) {
    if (e instanceof EnvError) throw e;
    throw new EnvError(msg("out.no-folder", { dir }), [msg("out.no-folder.hint", { dir })]);
  }
  // a short name of its own: the target's may already be as long as the file system allows
  const temp = path.join(
    dir,
    `.xs-out.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    const fd = fs.openSync(temp, "wx");
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (existing) keepOwnership(temp, existing);
    fs.renameSync(temp, target);
  } catch (e) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    throw failed(file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

/**
 * The file replaced keeps its mode (a 通报 or a 催办函 may be 0600) and, where this process
 * may give it, its owner — as the shell's `>`, which writes into the same file, would.
 */
function keepOwnership(temp: string, was: { mode: number; uid: number; gid: number }) {
  chmodSync(temp, was.mode & 0o7777);
  try {
    chownSync(temp, was.uid, was.gid);
  } catch {
    // another user's file, and we are not root: ours it becomes, its mode kept
  }
}

/** The process's own stdout named as a file (/dev/stdout, /dev/fd/1, /proc/self/fd/1). */
export function isStdoutPath(file: string): boolean {
  return ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].includes(path.resolve(file));
}

/** A terminal device (/dev/tty, /dev/pts/3): what is written there is read by a person. */
export function isTerminalDevice(file: string): boolean {
  try {
    if (!statSync(file).isCharacterDevice()) return false;
    const fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      return isatty(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** A folder documents will be written into must exist (exit 3 otherwise, nothing written). */
export function requireFolder(dir: string): void {
  let ok = false;
  try {
    ok = statSync(followLinks(dir)).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new EnvError(msg("out.no-folder", { dir }), [msg("out.no-folder.hint", { dir })]);
}

/** The file a path names once every symbolic link is followed (a dangling one too). */
function followLinks(file: string): string {
  let p = file;
  for (let i = 0; i < 40; i++) {
    let isLink = false;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      return p;
    }
    if (!isLink) return p;
    try {
      return realpathSync(p);
    } catch {
      p = path.resolve(path.dirname(p), readlinkSync(p));
    }
  }
  throw failed(file, "ELOOP");
}

function writeDirect(file: string, target: string, text: string | Uint8Array, fs: FsSeam) {
  try {
    const fd = fs.openSync(target, "w");
    try {
      fs.writeSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw failed(file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

function failed(file: string, detail: string): EnvError {
  return new EnvError(msg("out.failed", { file, detail }), [msg("out.failed.hint", {})]);
}

/**
 * A last line to stderr, written at once (the entry's handler of a failed stdout, just
 * before the process exits): false when stderr is gone too.
 */
export function writeStderrNow(text: string): boolean {
  try {
    writeSync(2, text);
    return true;
  } catch {
    return false;
  }
}
