// A clerk who writes, run as a child process by the reliability tests (docs/reliability.md
// "Reliability"); bundled by global-setup. Three modes:
//
//   loop DIR          writes for ever, alternating a new record (topic propose: link) and an
//                     update (reply chase: rename); says "step" before each file-system call
//                     of the write path and "<kind> <exit code>" after each write, so that
//                     the crash test kills it by its progress, never by the clock
//   race DIR          for each line "go N" on stdin, one reply chase noted race-<pid>-N;
//                     says "done N <exit code>"
//   signal-at DIR CALL SIGNAL ARGS…
//                     runs the command ARGS, sending itself a real SIGNAL at its first CALL
//                     of the write path (fsyncSync: before anything is placed;
//                     renameSync: while it is placed); exits with the command's code
//   kill-at DIR K ARGS…
//                     runs the command ARGS and sends itself SIGKILL at the K-th call of the
//                     write path that changes a name (link, rename, unlink); says
//                     "steps <n>" when the command ended before (the count of such calls)
import { existsSync } from "node:fs";
import { run } from "../../src/app/main.js";
import { type FsSeam, realFs } from "../../src/store/fs-seam.js";

const [mode, dir, ...rest] = process.argv.slice(2) as [string, string, ...string[]];
const quiet: { write(t: string | Uint8Array): void } = { write() {} };
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The real file system, `before` called ahead of each call (with its first argument). */
function watched(before: (call: keyof FsSeam, target: string) => void): FsSeam {
  const fs = { ...realFs } as Record<string, unknown>;
  for (const [name, fn] of Object.entries(realFs)) {
    fs[name] = (...args: unknown[]) => {
      before(name as keyof FsSeam, String(args[0]));
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return fs as unknown as FsSeam;
}

const cli = (args: string[], fs?: FsSeam, env: Record<string, string> = {}, err = quiet) =>
  run([...args, "--data", dir], {
    stdout: quiet,
    stderr: err,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { XIESHANG_TODAY: "2027-11-27", XIESHANG_LANG: "en", ...env },
    cwd: dir,
    now: () => new Date(),
    fs,
  });

async function loop() {
  const fs = watched(() => say("step"));
  for (let n = 1; ; n++) {
    const args =
      n % 2 === 1
        ? [
            "topic",
            "propose",
            "--committee",
            "jj",
            "--departments",
            "fgw",
            "--source",
            "member",
            "--category",
            "policy",
            "--title",
            `议题 ${process.pid}-${n}`,
          ]
        : [
            "reply",
            "chase",
            "2027-nm-r01",
            "--dept",
            "nmcj",
            "--method",
            "phone",
            "--note",
            `第 ${process.pid}-${n} 次`,
          ];
    const code = await cli([...args, "--on", "2027-01-10"], fs);
    say(`${n % 2 === 1 ? "topic" : "chase"} ${code}`);
  }
}

async function race() {
  let buffered = "";
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  process.stdin.on("data", (d: Buffer) => {
    buffered += d;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    queue.push(...lines.filter(Boolean));
    wake?.();
  });
  process.stdin.on("end", () => {
    queue.push("end");
    wake?.();
  });
  for (;;) {
    if (queue.length === 0) await new Promise<void>((r) => (wake = r));
    const line = queue.shift()!;
    if (line === "end") process.exit(0);
    const n = line.split(" ")[1]!;
    const code = await cli(
      [
        "reply",
        "chase",
        "2027-nm-r01",
        "--dept",
        "nmcj",
        "--method",
        "phone",
        "--note",
        `race-${process.pid}-${n}`,
        "--on",
        "2027-01-10",
      ],
      undefined,
      { XIESHANG_LOCK_WAIT_MS: "60000" },
    );
    say(`done ${n} ${code}`);
  }
}

async function killAt() {
  const [k, ...args] = rest;
  let count = 0;
  const fs = watched((call, target) => {
    if (call !== "linkSync" && call !== "renameSync" && call !== "unlinkSync") return;
    // an unlink of what is gone already (a clean-up's second look) changes nothing
    if (call === "unlinkSync" && !existsSync(target)) return;
    count++;
    if (count === Number(k)) process.kill(process.pid, "SIGKILL");
  });
  // what went wrong, said on stderr (the parent shows it)
  const err = { write: (t: string | Uint8Array) => void process.stderr.write(t) };
  const code = await cli(
    args,
    fs,
    { XIESHANG_TODAY: process.env.XIESHANG_TODAY ?? "2027-11-27" },
    err,
  );
  say(`steps ${count} ${code}`);
}

/** signal-at DIR CALL SIGNAL ARGS…: a real signal sent to itself at the first CALL. */
async function signalAt() {
  const [call, signal, ...args] = rest;
  let sent = false;
  const fs = watched((name) => {
    if (name !== call || sent) return;
    sent = true;
    process.kill(process.pid, signal as NodeJS.Signals);
  });
  const err = { write: (t: string | Uint8Array) => void process.stderr.write(t) };
  const out = { write: (t: string | Uint8Array) => void process.stdout.write(t) };
  const code = await run([...args!, "--data", dir], {
    stdout: out,
    stderr: err,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { XIESHANG_TODAY: process.env.XIESHANG_TODAY ?? "2027-11-27", XIESHANG_LANG: "en" },
    cwd: dir,
    now: () => new Date(),
    fs,
  });
  process.exitCode = code;
}

void (mode === "loop"
  ? loop()
  : mode === "race"
    ? race()
    : mode === "signal-at"
      ? signalAt()
      : killAt());
