// `npm run bench`: each command's time as a ratio to its floor, measured in the same run
// (docs/performance.md): `node -e 0` for start-up; for whole-directory work, a bare Node script that
// reads every file of the same directory and does nothing else (the I/O floor).
// Machines are shared and noisy: only the ratios mean something.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = path.join(root, "bench", "out");
const bin = path.join(root, "bin", "xieshang.js");
const floorScript = path.join(root, "bench", "read-all.mjs");
const quick = process.argv.includes("--quick");

if (!existsSync(path.join(root, "dist", "xieshang.cjs")))
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

/** Wall time of one run of `args`, in ms. */
function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, XIESHANG_TODAY: "2026-12-31" },
    stdio: "ignore",
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return ms;
}

const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Median wall times of `runs` runs of a command and of its floor, taken in turns (floor,
 * command, floor, command …) after one warm-up of each, so that a machine busier in one
 * minute than in the next weighs on both alike. `after` runs after each run of the
 * command, untimed.
 */
function time(args, floorArgs, runs, after = () => {}) {
  const samples = [];
  const floors = [];
  for (let i = 0; i < runs + 1; i++) {
    const f = once(floorArgs);
    const ms = once(args);
    after();
    // the first runs warm the file cache
    if (i > 0) {
      floors.push(f);
      samples.push(ms);
    }
  }
  // each command run against the floor run just before it: a burst of load that lasts a
  // pair weighs on both, and one that hits a single run gives a ratio the median leaves out
  const ratios = samples.map((ms, i) => ms / floors[i]);
  return {
    ms: median([...samples]),
    floor: median([...floors]),
    ratio: median(ratios),
    // the fastest run of each: noise only ever adds time
    min: Math.min(...samples),
    floorMin: Math.min(...floors),
  };
}

/** The peak resident memory of one more run, untimed, in MiB (bench/peak.cjs). */
function peak(args) {
  const file = path.join(tmpdir(), `xieshang-bench-peak-${process.pid}`);
  spawnSync(process.execPath, ["--require", path.join(root, "bench", "peak.cjs"), ...args], {
    cwd: root,
    env: { ...process.env, XIESHANG_TODAY: "2026-12-31", XIESHANG_BENCH_PEAK: file },
    stdio: "ignore",
  });
  const kb = Number(readFileSync(file, "utf8"));
  rmSync(file, { force: true });
  return (kb / 1024).toFixed(0);
}

const rows = [];
const row = (name, { ms, ratio, min, floorMin }, floorName, peakArgs) =>
  rows.push({
    name,
    ms: ms.toFixed(0),
    floor: floorName,
    ratio: ratio.toFixed(2),
    "fastest ratio": (min / floorMin).toFixed(2),
    "peak MiB": peakArgs ? peak(peakArgs) : "",
  });

const NODE = ["-e", "0"];
const startRuns = quick ? 5 : 25;
const floorRow = (name, args, runs) => {
  const { floor, floorMin } = time(args, args, runs);
  const self = { ms: floor, ratio: 1, min: floorMin, floorMin };
  row(name, self, name.includes("I/O") ? "I/O" : "node -e 0", args);
};
floorRow("node -e 0", NODE, startRuns);
row("xieshang --version", time([bin, "--version"], NODE, startRuns), "node -e 0");
row("xieshang --help", time([bin, "--help"], NODE, startRuns), "node -e 0");
const bundled = path.join(root, "data");
row(
  "bundled data: xieshang committee list",
  time([bin, "committee", "list", "--data", bundled], NODE, startRuns),
  "node -e 0",
);

const scales = quick
  ? [["city-10y", 8]]
  : [
      ["city-10y", 8],
      ["province-10y", 96],
    ];
for (const [name, units] of scales) {
  const dir = path.join(out, name);
  generate(dir, { units });
  // a clerk's repository: files written well before the run. The parse cache trusts a
  // file by its stat only when it changed more than 2 s before the cache was written
  // (docs/architecture.md "Parse cache"), so the cache is filled, then written again later.
  const warm = () =>
    spawnSync(process.execPath, [bin, "validate", "--data", dir], {
      env: { ...process.env, XIESHANG_TODAY: "2026-12-31" },
      stdio: "ignore",
    });
  warm();
  spawnSync("sleep", ["2.5"]);
  warm();
  const runs = units > 8 ? 5 : quick ? 3 : 7;
  const io = [floorScript, dir];
  floorRow(`${name}: read every file (I/O floor)`, io, runs);
  for (const cmd of [
    ["validate"],
    ["status"],
    ["overdue"],
    ["plan", "2026"],
    ["committee", "list"],
    ["department", "show", "c0-d1"],
  ]) {
    const args = [bin, ...cmd, "--data", dir];
    const whole = cmd[0] === "validate" || cmd[0] === "status";
    row(
      `${name}: xieshang ${cmd.join(" ")}`,
      time(args, io, runs),
      "I/O",
      whole ? args : undefined,
    );
  }
  // the cold path, without the cache: what the first run after a clone costs
  process.env.XIESHANG_NO_CACHE = "1";
  row(
    `${name}: xieshang validate (no cache)`,
    time([bin, "validate", "--data", dir], io, runs),
    "I/O",
  );
  delete process.env.XIESHANG_NO_CACHE;
  // a write: read under the lock, check the change, write one file (removed after each run)
  const propose = [
    "topic",
    "propose",
    "--committee",
    "c0",
    "--title",
    "基准测试",
    "--departments",
    "c0-d1",
  ];
  const flags = [...propose, "--source", "member", "--category", "resources", "--year", "2099"];
  const cleanup = () => rmSync(path.join(dir, "topics", "2099"), { recursive: true, force: true });
  row(
    `${name}: xieshang topic propose`,
    time([bin, ...flags, "--data", dir], io, runs, cleanup),
    "I/O",
  );
}
console.table(rows);
