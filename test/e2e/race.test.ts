// Writers at once (docs/reliability.md "Reliability"): real processes racing for the lock over a dead
// owner's lock, under load; two clerks numbering documents and letters at the same time.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, thisMachine } from "../../src/store/lock.js";
import { WRITER } from "../helpers/paths.js";
import { BUNDLED_DATA, FIXTURES, ROOT, runCli, scratch } from "../helpers/run.js";

const exec = promisify(execFile);
const WRITERS = 8;
const ROUNDS = 50;

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "0"]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

/** A writer in race mode, and the answers it gave. */
function racer(dir: string) {
  const child = spawn(process.execPath, [WRITER, "race", dir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const done = new Map<number, number>();
  let waiting: (() => void) | undefined;
  let out = "";
  child.stdout!.on("data", (d: Buffer) => {
    out += d;
    const lines = out.split("\n");
    out = lines.pop()!;
    for (const l of lines) {
      const m = /^done (\d+) (\d+)$/.exec(l);
      if (m) done.set(Number(m[1]), Number(m[2]));
    }
    waiting?.();
  });
  return {
    child,
    done,
    async go(round: number) {
      child.stdin!.write(`go ${round}\n`);
      while (!done.has(round)) await new Promise<void>((r) => (waiting = r));
    },
  };
}

/** A busy process: the machine loaded as a busy CI runner is (one core of two taken). */
function load(): ChildProcess[] {
  return [0].map(() => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
}

describe(`${WRITERS} writers over a dead owner's lock, ${ROUNDS} rounds, under load`, () => {
  it("every write that exits 0 is on disk, none twice; none lost", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const report = path.join(dir, "reports", "2027", "2027-nm-r01.yaml");
    const lock = path.join(dir, LOCK_FILE);
    const dead = JSON.stringify({ pid: await deadPid(), ...thisMachine(), since: "x", token: "d" });
    const busy = load();
    const writers = Array.from({ length: WRITERS }, () => racer(dir));
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        // a Ctrl-C'd clerk's lock: every writer of the round finds it dead
        writeFileSync(lock, dead);
        await Promise.all(writers.map((w) => w.go(round)));
      }
    } finally {
      for (const w of writers) w.child.stdin!.end();
      for (const p of busy) p.kill();
    }
    const text = readFileSync(report, "utf8");
    let ok = 0;
    for (const w of writers) {
      for (let round = 1; round <= ROUNDS; round++) {
        const code = w.done.get(round);
        const note = `race-${w.child.pid}-${round}`;
        const times = text.split(`note: ${note} }`).length - 1;
        expect([0, 3], note).toContain(code);
        expect(times, `${note} exited ${code}`).toBe(code === 0 ? 1 : 0);
        if (code === 0) ok++;
      }
    }
    // the lock was waited for: every writer got through
    expect(ok).toBe(WRITERS * ROUNDS);
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2027-11-27" });
    expect(JSON.parse(v.stdout).errors).toBe(0);
  }, 180_000);
});

const bundle = (dir: string, today: string, ...args: string[]) =>
  exec(process.execPath, [path.join(ROOT, "bin", "xieshang.js"), ...args, "--data", dir], {
    env: { PATH: process.env.PATH, XIESHANG_TODAY: today, XIESHANG_LANG: "en" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe("two clerks numbering at once", () => {
  it("report issue ×2: distinct doc numbers", async () => {
    const dir = scratch(BUNDLED_DATA);
    const folder = path.join(dir, "reports", "2026");
    const twin = path.join(folder, "2026-jj-r04.yaml");
    copyFileSync(path.join(folder, "2026-jj-r02.yaml"), twin);
    writeFileSync(
      twin,
      readFileSync(twin, "utf8")
        .replace(/^id: .*$/m, "id: 2026-jj-r04")
        .replace(/^title: .*$/m, "title: 关于另一项工作的协商意见"),
    );
    const [a, b] = await Promise.all(
      ["2026-jj-r02", "2026-jj-r04"].map((id) =>
        bundle(dir, "2026-12-07", "report", "issue", id, "--to", "fgw", "--json"),
      ),
    );
    for (const r of [a!, b!]) expect(r.code, r.stderr).toBe(0);
    const numbers = [a!, b!].map((r) => JSON.parse(r.stdout).doc_no as string);
    expect(new Set(numbers).size).toBe(2);
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2026-12-07" });
    expect(JSON.parse(v.stdout).errors).toBe(0);
  }, 60_000);

  it("remind --record ×2: each letter its own number, the second run's after the first's", async () => {
    // the bundled settings number the letters (letter_number)
    const dir = scratch(BUNDLED_DATA);
    expect(readFileSync(path.join(dir, "xieshang.yaml"), "utf8")).toContain("letter_number:");
    const outs = ["a", "b"].map((n) => path.join(dir, "..", `${path.basename(dir)}-letters-${n}`));
    for (const o of outs) mkdirSync(o);
    const runs = await Promise.all(
      outs.map((o) => bundle(dir, "2026-12-07", "remind", "--record", "--out", o)),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const numbers = outs.flatMap((o) =>
      // each letter written is said on stderr (docs/commands.md "remind")
      runs[outs.indexOf(o)]!.stderr.split("\n")
        .filter((l) => l.startsWith("wrote "))
        .map((l) => {
          const file = l.replace(/^wrote /, "");
          return /鄂政协\S*函〔2026〕\d+号/.exec(readFileSync(file, "utf8"))?.[0];
        }),
    );
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers.every(Boolean)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2026-12-07" });
    expect(JSON.parse(v.stdout).errors).toBe(0);
  }, 60_000);
});
