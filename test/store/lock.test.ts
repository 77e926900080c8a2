// The lock of the data directory (docs/reliability.md "Reliability"): a dead owner's lock taken over by
// one waiter only, never a live one; released only by its owner; waited for asleep, and
// given up at the deadline with the owner named — also when it cannot be removed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { realFs } from "../../src/store/fs-seam.js";
import {
  acquireLock,
  LOCK_FILE,
  type Lock,
  type LockSeam,
  thisMachine,
  tryLock,
} from "../../src/store/lock.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "0"]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

async function deadLock(dir: string): Promise<string> {
  const text = JSON.stringify({
    pid: await deadPid(),
    ...thisMachine(),
    since: "2027-01-05T09:00:00Z",
    token: "dead",
  });
  writeFileSync(path.join(dir, LOCK_FILE), text);
  return text;
}

const isLock = (l: Lock | object): l is Lock => "release" in l;

describe("a dead owner's lock", () => {
  it("is taken over by one waiter only: a waiter paused between reading it and taking it over leaves the winner's lock in place", async () => {
    const dir = scratch();
    await deadLock(dir);
    const file = path.join(dir, LOCK_FILE);
    let winner: Lock | undefined;
    // waiter A reads the dead lock; before it claims it, waiter B takes it over
    const a: LockSeam = {
      ...realFs,
      openSync(f, flags) {
        if (f.endsWith(".claim") && winner === undefined) {
          const b = tryLock(dir);
          expect(isLock(b)).toBe(true);
          winner = b as Lock;
        }
        return realFs.openSync(f, flags);
      },
    };
    const got = tryLock(dir, a);
    // A did not get the lock: B holds it, the very file B wrote
    expect(isLock(got)).toBe(false);
    expect(winner!.held()).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8")).token).toBe(winner!.owner.token);
    // nothing left aside
    expect(readdirSync(dir).filter((n) => n.startsWith(LOCK_FILE))).toEqual([LOCK_FILE]);
    winner!.release();
    expect(existsSync(file)).toBe(false);
    // and then A gets it
    const again = tryLock(dir, a);
    expect(isLock(again)).toBe(true);
    (again as Lock).release();
  });

  it("a lock taken from its owner by mistake is seen before anything is placed (held() is false)", async () => {
    const dir = scratch();
    const mine = tryLock(dir) as Lock;
    expect(mine.held()).toBe(true);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: "x", token: "other" }));
    expect(mine.held()).toBe(false);
    // release leaves another's lock alone
    mine.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });

  it("of another boot of this host is taken over only once it is old; another host's never", async () => {
    const dir = scratch();
    const file = path.join(dir, LOCK_FILE);
    const other = { pid: 1, host: hostname(), boot: "another-boot ns", since: "x", token: "t" };
    writeFileSync(file, JSON.stringify(other));
    expect(isLock(tryLock(dir))).toBe(false);
    const seam: LockSeam = {
      ...realFs,
      lstatSync: (f) => ({ isFile: () => true, mtimeMs: Date.now() - 11 * 60_000, f }),
    };
    const taken = tryLock(dir, seam);
    expect(isLock(taken)).toBe(true);
    (taken as Lock).release();
    writeFileSync(file, JSON.stringify({ ...other, host: "another-host" }));
    expect(isLock(tryLock(dir, seam))).toBe(false);
  });
});

describe("waiting", () => {
  it("sleeps and gives up at its deadline when the lock is a folder (exit 3, saying so)", async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, LOCK_FILE));
    let tries = 0;
    const seam: LockSeam = {
      ...realFs,
      linkSync(a, b) {
        if (b.endsWith(LOCK_FILE)) tries++;
        realFs.linkSync(a, b);
      },
    };
    const start = Date.now();
    await expect(acquireLock(dir, 300, seam)).rejects.toMatchObject({
      exitCode: 3,
      msg: { key: "write.lock-odd" },
    });
    expect(Date.now() - start).toBeGreaterThanOrEqual(300);
    // asleep between tries (naps of up to 10 ms), not spinning: a few dozen in 300 ms
    expect(tries).toBeGreaterThan(3);
    expect(tries).toBeLessThan(100);
  });

  it("gives up at its deadline naming the owner when a dead lock cannot be removed", async () => {
    const dir = scratch();
    const dead = await deadLock(dir);
    const owner = JSON.parse(dead);
    // another user's lock in a sticky folder: it cannot be replaced
    const seam: LockSeam = {
      ...realFs,
      renameSync() {
        throw Object.assign(new Error("EPERM"), { code: "EPERM" });
      },
    };
    const err = await acquireLock(dir, 200, seam).catch((e) => e);
    expect(err).toMatchObject({
      exitCode: 3,
      msg: { key: "write.locked", params: { pid: String(owner.pid), host: owner.host } },
      hints: [{ key: "write.lock-stuck.hint" }],
    });
  });

  it("through the CLI: a folder named .xieshang.lock ends the wait with exit 3 and the way out", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    mkdirSync(path.join(dir, LOCK_FILE));
    const r = await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], {
      today: "2027-12-31",
      env: { XIESHANG_LOCK_WAIT_MS: "200" },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${path.join(dir, LOCK_FILE)} is not a lock file`);
    expect(r.stderr).toContain(`remove ${path.join(dir, LOCK_FILE)}`);
  });
});

describe("temporary files", () => {
  it("of a live writer are kept; a dead one's are cleared", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const folder = path.join(dir, "topics", "2027");
    const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      const mine = path.join(folder, `.xs-2027-jj-09.yaml.${live.pid}.abcdef.tmp`);
      const dead = path.join(folder, `.xs-2027-jj-08.yaml.${await deadPid()}.abcdef.tmp`);
      writeFileSync(mine, "id: being written");
      writeFileSync(dead, "id: half-writ");
      const r = await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], {
        today: "2027-12-31",
      });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(mine)).toBe(true);
      expect(existsSync(dead)).toBe(false);
    } finally {
      live.kill();
    }
  });
});
