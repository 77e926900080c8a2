import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import { type FsSeam, realFs } from "./fs-seam.js";

/**
 * The data directory's lock (README "Reliability"): one writer at a time. The lock file
 * says who holds it — host, boot id and pid namespace (so that two machines or containers
 * with one host name are told apart), pid, since when, and a token of its own.
 *
 * - Taken by exclusive create, then read back: the taker checks the lock is its own.
 * - A lock whose owner is dead (same host, same boot and pid namespace, pid gone; or the
 *   same host booted since, the lock ten minutes old) is taken over atomically: moved
 *   aside by rename — only one waiter can move it — and checked to be the dead owner's;
 *   a live lock moved by mistake (another waiter took the dead one over first) is put
 *   back at once, the same file.
 * - Released only while it is still the process's own.
 * - Waited for by sleeping, never spinning; at the deadline exit 3 naming the owner, also
 *   when the lock cannot be removed (another user's, a folder).
 */

export const LOCK_FILE = ".xieshang.lock";

export interface LockOwner {
  pid: number;
  host: string;
  /** The boot id and pid namespace of the machine or container (Linux), else "". */
  boot: string;
  since: string;
  token: string;
}

/** A lock whose owner cannot be asked (another boot) is dead after this long. */
const OTHER_BOOT_STALE_MS = 10 * 60_000;
/** A lock file that cannot be read for this long was left half-written by a crash. */
const GARBLED_LOCK_MS = 60_000;

let machine: { host: string; boot: string } | undefined;

/** This machine or container: host name, boot id and pid namespace (read once). */
export function thisMachine(): { host: string; boot: string } {
  if (machine) return machine;
  let boot = "";
  try {
    boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    boot += ` ${readlinkSync("/proc/self/ns/pid")}`;
  } catch {
    // not Linux: the host name alone
  }
  machine = { host: hostname(), boot };
  return machine;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseOwner(text: string | undefined): Partial<LockOwner> | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    return v && typeof v === "object" && typeof v.pid === "number" ? v : undefined;
  } catch {
    return undefined;
  }
}

/** What a waiter sees at the lock path. */
export interface LockLook {
  /** The lock file's text, exactly as read (compared when taking it over). */
  text?: string;
  owner?: Partial<LockOwner>;
  /** Its owner is dead: the lock may be taken over. */
  dead: boolean;
  /** Not a regular file (a folder, a link): never removed by the tool. */
  odd: boolean;
  ageMs: number;
}

export interface LockSeam extends FsSeam {
  lstatSync?(file: string): { isFile(): boolean; mtimeMs: number };
}

function lstatOf(fs: LockSeam, file: string) {
  return fs.lstatSync ? fs.lstatSync(file) : lstatSync(file);
}

/** Looks at the lock a waiter found (undefined: none is there now). */
export function lookAtLock(file: string, fs: LockSeam = realFs): LockLook | undefined {
  let st: { isFile(): boolean; mtimeMs: number };
  try {
    st = lstatOf(fs, file);
  } catch {
    return undefined;
  }
  const ageMs = Date.now() - st.mtimeMs;
  if (!st.isFile()) return { dead: false, odd: true, ageMs };
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    text = undefined;
  }
  const owner = parseOwner(text);
  const me = thisMachine();
  let dead: boolean;
  if (!owner) dead = text !== undefined && ageMs > GARBLED_LOCK_MS;
  else if (owner.host !== me.host) dead = false;
  else if (owner.boot === undefined || owner.boot === me.boot) dead = !isAlive(owner.pid!);
  else dead = ageMs > OTHER_BOOT_STALE_MS && !sameNamespaceOtherBoot(owner.boot, me.boot);
  return { text, owner, dead, odd: false, ageMs };
}

/** Two containers of one boot differ by namespace only: the other may be alive. */
function sameNamespaceOtherBoot(theirs: string, mine: string): boolean {
  const [theirBoot] = theirs.split(" ");
  const [myBoot] = mine.split(" ");
  return theirBoot === myBoot;
}

export interface Lock {
  owner: LockOwner;
  /** The lock at the path is still this one (checked before the first file is placed). */
  held(): boolean;
  release(): void;
}

function newToken(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * One try: the lock taken (and read back as ours), or what holds it. A dead owner's lock
 * is taken over on the way, atomically (see above).
 */
export function tryLock(dir: string, fs: LockSeam = realFs): Lock | LockLook {
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    ...thisMachine(),
    since: new Date().toISOString(),
    token: newToken(),
  };
  const text = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      placeLock(file, text, me.token, fs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw fsError(e, dir);
      const look = lookAtLock(file, fs);
      if (!look) continue; // released just now: try again
      if (!look.dead || !takeOver(file, look.text, me.token, fs)) return look;
      continue;
    }
    const lock: Lock = {
      owner: me,
      held: () => readOr(file, fs) === text,
      release: () => removeIfOurs(file, text, fs),
    };
    // the winner checks the lock is its own: a waiter may have moved it aside by mistake
    if (lock.held()) return lock;
  }
  return lookAtLock(file, fs) ?? { dead: false, odd: false, ageMs: 0 };
}

/**
 * Puts the lock in place whole: written to a file of its own, then hard-linked to the
 * lock's name, which fails if a lock is there (EEXIST). A writer killed at any moment so
 * leaves a lock that says who it was, or none — never an empty one. Where hard links are
 * not supported, an exclusive create and write.
 */
function placeLock(file: string, text: string, token: string, fs: FsSeam) {
  const own = `${file}.${token}.new`;
  const fd = fs.openSync(own, "wx");
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    unlinkQuietly(own, fs);
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.linkSync(own, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") {
      unlinkQuietly(own, fs);
      throw e;
    }
    unlinkQuietly(own, fs);
    const lfd = fs.openSync(file, "wx");
    try {
      fs.writeSync(lfd, text);
      fs.fsyncSync(lfd);
    } catch (e2) {
      fs.closeSync(lfd);
      removeIfOurs(file, text, fs);
      throw e2;
    }
    fs.closeSync(lfd);
    return;
  }
  unlinkQuietly(own, fs);
}

function unlinkQuietly(file: string, fs: FsSeam) {
  try {
    fs.unlinkSync(file);
  } catch {
    // a dot-file reading ignores and git leaves out (.xieshang.lock*)
  }
}

function readOr(file: string, fs: FsSeam): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function removeIfOurs(file: string, text: string, fs: FsSeam) {
  if (readOr(file, fs) !== text) return;
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

/**
 * Takes a dead owner's lock away: renamed aside (atomic: one waiter wins a given file),
 * then checked to be the very text seen dead. A live lock moved by mistake is linked back
 * to its place (the same file, so its owner still holds it). False when the lock could
 * not be moved (another user's, in a sticky folder): the waiter waits and gives up.
 */
export function takeOver(
  file: string,
  seen: string | undefined,
  token: string,
  fs: FsSeam = realFs,
): boolean {
  if (seen === undefined) return false;
  const aside = `${file}.${token}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT";
  }
  const moved = readOr(aside, fs);
  if (moved !== seen) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // a new lock is there already: the moved one's owner finds its lock gone before it
      // places anything (Lock.held), and gives up with nothing written
    }
  }
  try {
    fs.unlinkSync(aside);
  } catch {
    // removed with the next takeover's clean-up
  }
  return true;
}

function fsError(e: unknown, dir: string): EnvError {
  const err = e as NodeJS.ErrnoException;
  return new EnvError(msg("write.fs-failed", { dir, detail: err.code ?? err.message }), [
    msg("write.nothing-lost", {}),
  ]);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Takes the lock, waiting (asleep: signals are heard) up to `waitMs`; then exit 3 naming
 * its owner, or saying why it cannot be taken (a folder, a lock this user cannot remove).
 */
export async function acquireLock(
  dir: string,
  waitMs: number,
  fs: LockSeam = realFs,
  interrupted: () => boolean = () => false,
): Promise<Lock> {
  const deadline = Date.now() + waitMs;
  // short naps: a write holds the lock for milliseconds, and a waiter that slept longer
  // would leave it idle while others wait
  for (let pause = 5; ; pause = Math.min(pause * 2, 25)) {
    const got = tryLock(dir, fs);
    if ("release" in got) return got;
    if (Date.now() >= deadline || interrupted()) throw lockedError(dir, got);
    await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
  }
}

function lockedError(dir: string, look: LockLook): EnvError {
  const file = path.join(dir, LOCK_FILE);
  if (look.odd)
    return new EnvError(msg("write.lock-odd", { file }), [msg("write.lock-odd.hint", { file })]);
  const o = look.owner;
  return new EnvError(
    msg("write.locked", {
      pid: String(o?.pid ?? "?"),
      host: o?.host ?? "?",
      since: o?.since ?? "?",
    }),
    [msg(look.dead ? "write.lock-stuck.hint" : "write.locked.hint", { file })],
  );
}
