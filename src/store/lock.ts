import { lstatSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError, Interrupted } from "../errors.js";
import { type FsSeam, realFs } from "./fs-seam.js";
import { type LockOwner, ownerDead, thisMachine } from "./owner.js";

export { isAlive, type LockOwner, thisMachine } from "./owner.js";

/**
 * The data directory's lock (docs/reliability.md "Reliability"): one writer at a time. The lock file
 * says who holds it — host, boot id and pid namespace (so that two machines or containers
 * with one host name are told apart), pid, since when, and a token of its own.
 *
 * - Written whole to a file of its own, then given the lock's name by a hard link (which
 *   fails while a lock is there), then read back: the taker checks the lock is its own.
 * - A lock whose owner is dead (same host, same boot and pid namespace, pid gone; or the
 *   same host booted since, the lock ten minutes old) is taken over by the one waiter
 *   that claims it (an exclusive claim naming its maker) and replaced in one rename, so
 *   the lock's name is never empty; a live lock is never moved (`takeOver`).
 * - Released only while it is still the process's own.
 * - Waited for by sleeping, never spinning; at the deadline exit 3 naming the owner, also
 *   when the lock cannot be removed (another user's, a folder).
 */

export const LOCK_FILE = ".xieshang.lock";

/** A lock file that cannot be read for this long was left half-written by a crash. */
const GARBLED_LOCK_MS = 60_000;

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
  const dead = owner ? ownerDead(owner, ageMs) : text !== undefined && ageMs > GARBLED_LOCK_MS;
  return { text, owner, dead, odd: false, ageMs };
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

/** A lock ready to be placed: its owner, its text, and the file of its own it is written to. */
interface Ready {
  me: LockOwner;
  text: string;
  own: string;
}

/**
 * The lock is written whole to a file of its own, once per wait, then given the lock's
 * name: a writer killed at any moment leaves a lock that says who it was, or none —
 * never an empty one.
 */
function ready(file: string, fs: FsSeam, dir: string): Ready {
  const me: LockOwner = {
    pid: process.pid,
    ...thisMachine(),
    since: new Date().toISOString(),
    token: newToken(),
  };
  const text = JSON.stringify(me);
  const own = `${file}.${me.token}.new`;
  writeWhole(own, text, fs, dir);
  return { me, text, own };
}

/** One try with a lock made ready: taken (and read back as ours), or what holds it. */
function attempt(dir: string, r: Ready, fs: LockSeam): Lock | LockLook {
  const file = path.join(dir, LOCK_FILE);
  for (let i = 0; i < 3; i++) {
    if (!place(r.own, file, r.text, fs, dir)) {
      const look = lookAtLock(file, fs);
      if (!look) continue; // released just now: try again
      if (!look.dead) return look;
      const taken = takeOver(file, look.text, r.own, fs);
      if (taken === "retry") continue;
      if (taken === "no") return look;
    }
    const lock: Lock = {
      owner: r.me,
      held: () => readOr(file, fs) === r.text,
      release: () => removeIfOurs(file, r.text, fs),
    };
    // the winner checks the lock is its own
    if (lock.held()) return lock;
    break;
  }
  return lookAtLock(file, fs) ?? { dead: false, odd: false, ageMs: 0 };
}

/** One try: the lock taken, or what holds it (a dead owner's taken over on the way). */
export function tryLock(dir: string, fs: LockSeam = realFs): Lock | LockLook {
  const r = ready(path.join(dir, LOCK_FILE), fs, dir);
  try {
    return attempt(dir, r, fs);
  } finally {
    unlinkQuietly(r.own, fs);
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

/** A claim is made and removed in a moment: an unreadable one this old was cut short. */
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
 * the dead lock may replace it: the claim is a file named after the dead lock's text,
 * made by exclusive create (one waiter only) and naming its maker; before its rename the
 * claimant checks that the lock is still the very lock seen dead (a waiter late to a lock
 * taken over already finds the new one, and waits). A claim whose maker died is cleared
 * as a dead lock is. "yes": the lock is ours; "retry": look again; "no": it cannot be
 * taken over (another user's, in a sticky folder) — the waiter gives up at its deadline.
 */
export function takeOver(
  file: string,
  seen: string | undefined,
  own: string,
  fs: LockSeam = realFs,
): "yes" | "retry" | "no" {
  if (seen === undefined) return "no";
  const claim = `${file}.${nameOf(seen)}.claim`;
  const mine = readOr(own, fs);
  let fd: number;
  try {
    fd = fs.openSync(claim, "wx");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") return "no";
    clearIfDead(claim, fs);
    return "retry";
  }
  try {
    try {
      fs.writeSync(fd, mine ?? "");
    } finally {
      fs.closeSync(fd);
    }
    if (readOr(file, fs) !== seen) return "retry"; // taken over already: not that lock
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

/** A claim whose maker is gone (killed between making and removing it) is cleared. */
function clearIfDead(claim: string, fs: LockSeam) {
  const look = lookAtLock(claim, fs);
  if (!look || look.text === undefined) return;
  // a claim is held for a moment: an unreadable one this old was cut short when made
  if (!look.dead && !(look.owner === undefined && look.ageMs > STALE_CLAIM_MS)) return;
  // moved aside (one waiter moves a given file), checked, a live one put back by link
  const aside = `${claim}.${newToken()}.stale`;
  try {
    fs.renameSync(claim, aside);
  } catch {
    return;
  }
  if (readOr(aside, fs) !== look.text) {
    try {
      fs.linkSync(aside, claim);
    } catch {
      // a new claim is there: its maker goes on
    }
  }
  unlinkQuietly(aside, fs);
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
  const r = ready(path.join(dir, LOCK_FILE), fs, dir);
  try {
    // short naps: a write holds the lock for milliseconds, and a waiter that slept longer
    // would leave it idle while others wait (a try costs a failed link and a read)
    for (let pause = 2; ; pause = Math.min(pause * 2, 10)) {
      const got = attempt(dir, r, fs);
      if ("release" in got) return got;
      if (interrupted()) throw new Interrupted(msg("write.interrupted", {}));
      if (Date.now() >= deadline) throw lockedError(dir, got);
      await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
      // a takeover renamed it into place: made ready again for the next try
      if (!readOr(r.own, fs)) writeWhole(r.own, r.text, fs, dir);
    }
  } finally {
    unlinkQuietly(r.own, fs);
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
