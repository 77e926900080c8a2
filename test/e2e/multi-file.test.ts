// Commands that write several files (docs/reliability.md "Reliability": all or nothing), each cut at
// every step of its write — by a fault of the file-system seam (the command fails and
// takes back what it placed) and by SIGKILL (the process dies where it stands). Afterwards
// the data directory is as before or as after, or `validate` names the half write; and
// running the command again completes it: the same files, byte for byte, as one run.
import { execFileSync, spawn } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FsSeam, realFs } from "../../src/store/fs-seam.js";
import { WRITER } from "../helpers/paths.js";
import { FIXTURES, runCli, scratch, tempData } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const NAMING = new Set(["linkSync", "renameSync", "unlinkSync"]);

interface Case {
  /** Makes the data directory the command runs on (copied afresh for every cut). */
  setUp(dir: string): Promise<void>;
  args(dir: string): string[];
  today: string;
  /** The folder is no data directory until the command's last file is placed (init). */
  notYetData?: true;
}

const cli = (dir: string, today: string, args: string[], fs?: FsSeam) =>
  runCli([...args, "--data", dir], { today, fs });

/** Every file under the folders, by path, as bytes in base64; dot-files left out. */
function tree(...roots: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const root of roots) {
    for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
      const rel = path.relative(root, path.join(e.parentPath, e.name));
      if (!e.isFile() || rel.split(path.sep).some((p) => p.startsWith("."))) continue;
      out[`${path.basename(root)}/${rel}`] = readFileSync(path.join(e.parentPath, e.name)).toString(
        "base64",
      );
    }
  }
  return out;
}

const CASES: Record<string, Case> = {
  "report draft": {
    today: "2027-06-10",
    async setUp() {},
    args: () => ["report", "draft", "2027-jj-01", "--on", "2027-06-10"],
  },
  "report issue": {
    today: "2027-06-12",
    async setUp(dir) {
      await cli(dir, "2027-06-10", ["report", "draft", "2027-jj-01", "--on", "2027-06-10"]);
      const md = path.join(dir, "reports", "2027", "2027-jj-r02.md");
      writeFileSync(
        md,
        readFileSync(md, "utf8").replace(/【请填写[^】]*】/g, "审批环节仍然偏多。"),
      );
      const s = await cli(dir, "2027-06-11", [
        "report",
        "sign",
        "2027-jj-r02",
        "--by",
        "wang-vc",
        "--on",
        "2027-06-11",
      ]);
      expect(s.code, s.stderr).toBe(0);
    },
    args: () => ["report", "issue", "2027-jj-r02", "--on", "2027-06-12"],
  },
  "remind --record": {
    today: "2027-11-27",
    async setUp(dir) {
      cpSync(path.join(FIXTURES, "year"), dir, { recursive: true });
      appendFileSync(
        path.join(dir, "xieshang.yaml"),
        'letter_number: "测政协{doc_code}函〔{year}〕{n}号"\n',
      );
      mkdirSync(`${dir}-letters`);
    },
    args: (dir) => ["remind", "--record", "--out", `${dir}-letters`],
  },
  resolve: {
    today: "2027-03-10",
    async setUp(dir) {
      // two clerks proposed 2027-jj-02 on two branches; the merge stops on add/add
      const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, stdio: "ignore" });
      const propose = async (title: string) => {
        const p = await cli(dir, "2026-10-01", [
          "topic",
          "propose",
          "--committee",
          "jj",
          "--title",
          title,
          "--departments",
          "fgw",
          "--source",
          "member",
          "--category",
          "policy",
        ]);
        expect(p.code, p.stderr).toBe(0);
        git("add", ".");
        git("commit", "-qm", title);
      };
      git("init", "-q", "-b", "main");
      git("add", ".");
      git("commit", "-qm", "一览表");
      git("checkout", "-qb", "other");
      await propose("关于乙的对口协商");
      git("checkout", "-q", "main");
      await propose("关于甲的对口协商");
      try {
        git("merge", "-q", "other");
      } catch {
        // add/add: what resolve is for
      }
    },
    args: () => ["resolve"],
  },
  "calendar import": {
    today: "2026-11-28",
    async setUp() {},
    args: () => ["calendar", "import", path.join(FIXTURES, "notices", "2026.txt")],
  },
  "import liaison-table": {
    today: "2026-11-28",
    async setUp(dir) {
      // a body's first day: its settings, no committee yet
      for (const f of ["committees", "topics", "activities", "reports"])
        rmSync(path.join(dir, f), { recursive: true, force: true });
    },
    args: () => ["import", "liaison-table", path.join(FIXTURES, "liaison-table.txt")],
  },
  // a new data directory: its files, all or none, then git (README "Set-up")
  init: {
    today: "2026-11-28",
    notYetData: true,
    async setUp(dir) {
      rmSync(dir, { recursive: true });
      mkdirSync(dir);
    },
    args: (dir) => ["init", dir],
  },
};

const made = new Map<Case, string>();

/**
 * A fresh copy of the case's starting point (the data directory, its letters folder,
 * its git repository): made once by `setUp`, then copied for every cut.
 */
async function fresh(c: Case): Promise<string> {
  let template = made.get(c);
  if (!template) {
    const tmp = tempData();
    afterAll(tmp.cleanup);
    template = tmp.dir;
    cpSync(VALID, path.join(template, "d"), { recursive: true });
    await c.setUp(path.join(template, "d"));
    made.set(c, template);
  }
  const root = scratch();
  cpSync(template, root, { recursive: true });
  return path.join(root, "d");
}

const roots = (dir: string) =>
  readdirSync(path.dirname(dir)).map((n) => path.join(path.dirname(dir), n));

/** The seam with the k-th naming call (link, rename, unlink) failing with EIO. */
function faultAt(k: number): { fs: FsSeam; count: () => number } {
  let n = 0;
  const fs = { ...realFs } as Record<string, unknown>;
  for (const name of NAMING) {
    const real = (realFs as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    fs[name] = (...args: unknown[]) => {
      n++;
      if (n === k) throw Object.assign(new Error("EIO: injected"), { code: "EIO" });
      return real(...args);
    };
  }
  return { fs: fs as unknown as FsSeam, count: () => n };
}

function killAt(dir: string, today: string, k: number, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, "kill-at", dir, String(k), ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, XIESHANG_TODAY: today },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", () => resolve(out));
  });
}

describe.each(Object.keys(CASES))("%s cut at every step", (name) => {
  const c = CASES[name]!;

  // a whole command run once a step, and again after: a minute or two on a busy machine
  it("by a fault: as before, or as after; run again, as one run", {
    timeout: 180_000,
  }, async () => {
    const first = await fresh(c);
    const before = tree(...roots(first));
    const counted = faultAt(0);
    const ok = await cli(first, c.today, c.args(first), counted.fs);
    expect(ok.code, ok.stderr).toBe(0);
    const after = tree(...roots(first));
    const steps = counted.count();
    expect(steps).toBeGreaterThan(1);
    for (let k = 1; k <= steps; k++) {
      const dir = await fresh(c);
      const cut = await cli(dir, c.today, c.args(dir), faultAt(k).fs);
      const now = tree(...roots(dir));
      if (cut.code === 0) {
        expect(now, `fault at step ${k}`).toEqual(after);
        continue;
      }
      // a failure that says nothing was written left nothing
      if (
        cut.stderr.includes("no record was changed") ||
        cut.stderr.includes("nothing was written")
      )
        expect(now, `fault at step ${k}: ${cut.stderr}`).toEqual(before);
      else expect([before, after], `fault at step ${k}: ${cut.stderr}`).toContainEqual(now);
      if (JSON.stringify(now) === JSON.stringify(after)) continue;
      const again = await cli(dir, c.today, c.args(dir));
      expect(again.code, `after a fault at step ${k}: ${again.stderr}`).toBe(0);
      expect(tree(...roots(dir)), `after a fault at step ${k}`).toEqual(after);
    }
  });

  it("by SIGKILL: validate names a half write, and the next run completes it", async () => {
    const first = await fresh(c);
    const before = tree(...roots(first));
    const after = await (async () => {
      const r = await cli(first, c.today, c.args(first));
      expect(r.code, r.stderr).toBe(0);
      return tree(...roots(first));
    })();
    const dry = await fresh(c);
    const said = await killAt(dry, c.today, 1e9, c.args(dry));
    const steps = Number(/^steps (\d+) 0$/m.exec(said)?.[1]);
    expect(steps, said).toBeGreaterThan(1);
    for (let k = 1; k <= steps; k++) {
      const dir = await fresh(c);
      await killAt(dir, c.today, k, c.args(dir));
      const v = await cli(dir, c.today, ["validate", "--json"]);
      const now = tree(...roots(dir));
      if (JSON.stringify(now) === JSON.stringify(after)) continue;
      // anything but the state before is named as a half write (by a data directory)
      if (JSON.stringify(now) !== JSON.stringify(before) && (!c.notYetData || v.code !== 3)) {
        const problems = JSON.parse(v.stdout).problems as { rule: string; file: string }[];
        const half = problems.filter((p) => p.file === ".xieshang.journal");
        expect(half.length, `killed at step ${k}: ${v.stdout}`).toBe(1);
      }
      const again = await cli(dir, c.today, c.args(dir));
      expect(again.code, `killed at step ${k}: ${again.stderr}`).toBe(0);
      expect(tree(...roots(dir)), `killed at step ${k}`).toEqual(after);
    }
  }, 120_000);
});

describe("an issue cut short before this version kept its document", () => {
  it("validate names it (issued-body, Art. 13), and report issue again completes it: same number and date", async () => {
    const dir = await fresh(CASES["report issue"]!);
    const r = await cli(dir, "2027-06-12", [
      "report",
      "issue",
      "2027-jj-r02",
      "--on",
      "2027-06-12",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const md = path.join(dir, "reports", "2027", "2027-jj-r02.md");
    const docx = path.join(dir, "reports", "2027", "2027-jj-r02.docx");
    const issued = { md: readFileSync(md, "utf8"), docx: readFileSync(docx) };
    // as a crash between the record and its body left it: the body as signed, no .docx
    execFileSync("rm", [docx]);
    const signed = issued.md
      .replace("测政协经〔2027〕2号", "（文号待印发时填写）")
      .replace(/\n[^\n]*2027年7月12日[^\n]*\n/, "\n（答复期限待印发时填写）\n");
    writeFileSync(md, signed);
    const v = await cli(dir, "2027-07-01", ["validate", "--json"]);
    const problems = JSON.parse(v.stdout).problems as { rule: string; file: string }[];
    expect(problems.map((p) => [p.rule, p.file])).toContainEqual([
      "issued-body",
      "reports/2027/2027-jj-r02.yaml",
    ]);
    const again = await cli(dir, "2027-07-01", ["report", "issue", "2027-jj-r02"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("the issue cut short is completed — 测政协经〔2027〕2号");
    expect(readFileSync(md, "utf8")).toBe(issued.md);
    expect(Buffer.compare(readFileSync(docx), issued.docx)).toBe(0);
    // once whole, it is issued: another issue is refused
    const third = await cli(dir, "2027-07-01", ["report", "issue", "2027-jj-r02"]);
    expect(third.code).toBe(1);
  });
});
