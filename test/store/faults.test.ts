// Faults injected at every step of a write (docs/reliability.md "Reliability"): through the store's
// file-system seam, ENOSPC, EACCES, EIO and EXDEV at the lock, the temporary file, its
// write and fsync, the link (a new record) or rename (an update) and the clean-up. Every
// old file stays as it was, no temporary file is left, and the exit is 3 with one clear
// message — or, where the write path has a way round the fault, the write is whole.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type FsSeam, realFs } from "../../src/store/fs-seam.js";
import { treeOf } from "../helpers/refusals.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

type Step = "lock" | "temp" | "write" | "fsync" | "link" | "rename" | "clean-up";
const ERRNOS = ["ENOSPC", "EACCES", "EIO", "EXDEV"] as const;

const isTemp = (f: string | undefined) => f !== undefined && path.basename(f).startsWith(".xs-");
/** The lock, and the file of its own it is written to before it is linked into place. */
const isLock = (f: string | undefined) =>
  f !== undefined && path.basename(f).startsWith(".xieshang.lock");

/** The real file system, with every call of one step failing with `code`. */
function faulty(step: Step, code: string): { fs: FsSeam; hits: () => number } {
  const fds = new Map<number, string>();
  let hits = 0;
  const fail = (hit: boolean) => {
    if (!hit) return;
    hits++;
    throw Object.assign(new Error(`${code}: injected`), { code });
  };
  const fs: FsSeam = {
    ...realFs,
    openSync(f, flags) {
      fail((step === "lock" && isLock(f)) || (step === "temp" && isTemp(f)));
      const fd = realFs.openSync(f, flags);
      fds.set(fd, f);
      return fd;
    },
    writeSync(fd, text) {
      fail(step === "write" && isTemp(fds.get(fd)));
      return realFs.writeSync(fd, text);
    },
    fsyncSync(fd) {
      fail(step === "fsync" && isTemp(fds.get(fd)));
      realFs.fsyncSync(fd);
    },
    linkSync(a, b) {
      fail(step === "link" && !isLock(b));
      realFs.linkSync(a, b);
    },
    renameSync(a, b) {
      fail(step === "rename");
      realFs.renameSync(a, b);
    },
    unlinkSync(f) {
      fail(step === "clean-up" && isTemp(f));
      realFs.unlinkSync(f);
    },
  };
  return { fs, hits: () => hits };
}

const strays = (tree: Record<string, string>) =>
  Object.keys(tree).filter((f) => isTemp(f) || isLock(f));

/** A new record (link) and an update of two files (rename), as the clerk runs them. */
const WRITES: Record<string, { steps: Step[]; args: string[] }> = {
  "topic propose (a new record)": {
    steps: ["lock", "temp", "write", "fsync", "link", "clean-up"],
    args: [
      "topic",
      "propose",
      "--committee",
      "jj",
      "--title",
      "关于…的对口协商",
      "--departments",
      "fgw",
      "--source",
      "member",
      "--category",
      "policy",
    ],
  },
  "topic confirm (an update)": {
    steps: ["lock", "temp", "write", "fsync", "rename"],
    args: ["topic", "confirm", "2027-jj-02", "--on", "2027-02-01"],
  },
};

const cases = Object.entries(WRITES).flatMap(([name, w]) =>
  w.steps.flatMap((step) => ERRNOS.map((code) => ({ name, step, code, args: w.args }))),
);

describe("a fault at every step of a write", () => {
  it.each(cases)("$name: $code at $step", async ({ step, code, args }) => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const before = treeOf(dir);
    const fault = faulty(step, code);
    const r = await runCli([...args, "--data", dir], {
      today: "2027-01-20",
      lang: "en",
      fs: fault.fs,
    });
    expect(fault.hits(), "the fault was met").toBeGreaterThan(0);
    const after = treeOf(dir);
    if (step === "link" && code === "EXDEV") {
      // no hard links here: the record is created by an exclusive open instead, whole
      expect(r.code, r.stderr).toBe(0);
      expect(strays(after)).toEqual([]);
      expect(Object.keys(after).length).toBe(Object.keys(before).length + 1);
      return;
    }
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    if (step === "clean-up") {
      // the record is in place; the temporary file that could not be removed is said,
      // ignored by reading, and cleared by the next write
      expect(r.stderr).toContain("could not be removed");
      expect(strays(after)).toHaveLength(1);
      const v = await runCli(["validate", "--json", "--data", dir], { today: "2027-01-20" });
      expect(JSON.parse(v.stdout).errors).toBe(0);
      const next = await runCli([...args, "--title", "又一个议题", "--data", dir], {
        today: "2027-01-20",
      });
      expect(next.code, next.stderr).toBe(0);
      expect(strays(treeOf(dir))).toEqual([]);
      return;
    }
    expect(r.stderr).toContain(code);
    expect(r.stderr.trim().split("\n")[0]).toMatch(/^xieshang: /);
    expect(after).toEqual(before); // every old file intact, nothing new, no temp, no lock
  });
});
