import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError, Interrupted } from "../errors.js";
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
  // the lock is written whole to a file of its own, then given the lock's name: a writer
  // killed at any moment leaves a lock that says who it was, or none — never an empty one
  const own = `${file}.${me.token}.new`;
  writeWhole(own, text, fs, dir);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const placed = place(own, file, text, fs, dir);
      if (!placed) {
        const look = lookAtLock(file, fs);
        if (!look) continue; // released just now: try again
        if (!look.dead) return look;
        const taken = takeOver(file, look.text, own, fs);
        if (taken === "retry") continue;
        if (taken === "no") return look;
      }
      const lock: Lock = {
        owner: me,
        held: () => readOr(file, fs) === text,
        release: () => removeIfOurs(file, text, fs),
      };
      // the winner checks the lock is its own
      if (lock.held()) return lock;
      break;
    }
    return lookAtLock(file, fs) ?? { dead: false, odd: false, ageMs: 0 };
  } finally {
    unlinkQuietly(own, fs);
  }
}

function writeWhole(file: string, text: string, fs: FsSeam, dir: string) {
  let fd: number;
  try {
    fd = fs.openSync(file, "wx");
  } catch (e) {
    throw fsError(e, dir);
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    unlinkQuietly(file, fs);
    throw fsError(e, dir);
  }
  fs.closeSync(fd);
}

/**
 * The lock file given the lock's name by a hard link, which fails if a lock is there:
 * false then. Where hard links are not supported, an exclusive create and write.
 */
function place(own: string, file: string, text: string, fs: FsSeam, dir: string): boolean {
  try {
    fs.linkSync(own, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (!NO_LINKS.has(code ?? "")) throw fsError(e, dir);
  }
  let fd: number;
  try {
    fd = fs.openSync(file, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw fsError(e, dir);
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    removeIfOurs(file, text, fs);
    throw fsError(e, dir);
  }
  fs.closeSync(fd);
  return true;
}

const NO_LINKS = new Set(["EPERM", "ENOTSUP", "ENOSYS", "EXDEV"]);

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
  unlinkQuietly(file, fs);
}

/** A claim on a dead lock is held for a moment: one this old was left by a crash. */
const STALE_CLAIM_MS = 2_000;

/** A short name for a lock's text (FNV-1a), to name the claim on it. */
function nameOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Takes a dead owner's lock over, replacing it by `own` in one rename — the lock's name
 * is never empty, so nobody else can place a lock meanwhile. Only the waiter that claims
 * the dead lock may replace it: the claim is a hard link named after the dead lock's text,
 * which only one waiter can make, and whose text is checked to be the very lock seen dead
 * (a waiter late to a lock taken over already finds the new one, and waits). "yes": the
 * lock is ours; "retry": look again; "no": it cannot be taken over (another user's, in a
 * sticky folder) — the waiter waits and gives up at its deadline.
 */
export function takeOver(
  file: string,
  seen: string | undefined,
  own: string,
  fs: LockSeam = realFs,
): "yes" | "retry" | "no" {
  if (seen === undefined) return "no";
  const claim = `${file}.${nameOf(seen)}.claim`;
  try {
    fs.linkSync(file, claim);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "retry";
    if (code === "EEXIST") {
      // another waiter is taking it over — or died doing so, long ago (the claim's ctime
      // is when it was made: a link changes the file's change time)
      try {
        const st = (fs.lstatSync ?? lstatSync)(claim) as { ctimeMs?: number };
        if (Date.now() - (st.ctimeMs ?? Date.now()) > STALE_CLAIM_MS) unlinkQuietly(claim, fs);
      } catch {
        // gone meanwhile
      }
      return "retry";
    }
    return NO_LINKS.has(code ?? "") ? moveAside(file, seen, fs) : "no";
  }
  try {
    if (readOr(claim, fs) !== seen) return "retry"; // taken over already: not that lock
    // and still that lock at the lock's name (a claim thought stale may have been cleared)
    if (readOr(file, fs) !== seen) return "retry";
    try {
      fs.renameSync(own, file);
    } catch {
      return "no";
    }
    return "yes";
  } finally {
    unlinkQuietly(claim, fs);
  }
}

/**
 * Without hard links: the dead lock moved aside by rename (one waiter moves a given file)
 * and checked to be the one seen dead; a live lock moved by mistake is put back.
 */
function moveAside(file: string, seen: string, fs: FsSeam): "retry" | "no" {
  const aside = `${file}.${newToken()}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? "retry" : "no";
  }
  if (readOr(aside, fs) !== seen) {
    try {
      fs.linkSync(aside, file); // never over a lock placed meanwhile
    } catch {
      // its owner finds its lock gone before it places anything (Lock.held)
    }
  }
  unlinkQuietly(aside, fs);
  return "retry";
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
  // would leave it idle while others wait (a try costs a failed open and a read)
  for (let pause = 2; ; pause = Math.min(pause * 2, 10)) {
    const got = tryLock(dir, fs);
    if ("release" in got) return got;
    if (interrupted()) throw new Interrupted(msg("write.interrupted", {}));
    if (Date.now() >= deadline) throw lockedError(dir, got);
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
