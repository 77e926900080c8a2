import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/**
 * Who holds a lock or a claim, and whether they still live (store/lock.ts): the host name,
 * the boot id and pid namespace of the machine or container, and the pid.
 */

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

/** The process that wrote a lock or a claim is gone (store/lock.ts says when). */
export function ownerDead(owner: Partial<LockOwner>, ageMs: number): boolean {
  const me = thisMachine();
  if (owner.host !== me.host) return false;
  if (owner.boot === undefined || owner.boot === me.boot) return !isAlive(owner.pid!);
  return ageMs > OTHER_BOOT_STALE_MS && !sameNamespaceOtherBoot(owner.boot, me.boot);
}

/** Two containers of one boot differ by namespace only: the other may be alive. */
function sameNamespaceOtherBoot(theirs: string, mine: string): boolean {
  const [theirBoot] = theirs.split(" ");
  const [myBoot] = mine.split(" ");
  return theirBoot === myBoot;
}
