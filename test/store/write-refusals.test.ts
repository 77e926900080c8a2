// What the write path refuses, and the states it never leaves (docs/reliability.md "Reliability"): a
// number from incomplete data, a write or a read through a link, a FIFO, a --commit that
// would take in another change, an interrupted write.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type FsSeam, realFs } from "../../src/store/fs-seam.js";
import { peekMapping } from "../../src/store/yaml.js";
import { treeOf } from "../helpers/refusals.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The bundled data with a full-width colon in a report that holds 鄂政协经〔2026〕2号. */
function withTypo(): string {
  const dir = scratch(BUNDLED_DATA);
  const file = path.join(dir, "reports", "2026", "2026-jj-r03.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("\ntitle: ", "\ntitle： "));
  return dir;
}

describe("numbers only from complete data", () => {
  it("report issue hands out no doc number while a report that could hold it cannot be read", async () => {
    const dir = withTypo();
    const before = treeOf(dir);
    const r = await runCli(["report", "issue", "2026-jj-r02", "--to", "fgw", "--data", dir], {
      today: "2026-12-07",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("reports/2026/2026-jj-r03.yaml:");
    expect(r.stderr).toContain("no doc number can be given: 1 file(s) it must not collide with");
    expect(treeOf(dir)).toEqual(before);
    // a number the clerk gives is not handed out: it is written as given
    const given = await runCli(
      ["report", "issue", "2026-jj-r02", "--to", "fgw", "--doc-no", "鄂政协经〔2026〕9号"],
      { today: "2026-12-07", cwd: dir },
    );
    expect(given.code, given.stderr).toBe(0);
  });

  it("remind --record numbers no letter while a report cannot be read", async () => {
    const dir = withTypo();
    const before = treeOf(dir);
    const r = await runCli(["remind", "--record", "--data", dir], { today: "2026-12-07" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("reports/2026/2026-jj-r03.yaml:");
    expect(treeOf(dir)).toEqual(before);
  });
});

describe("remind --record: letters and chases together", () => {
  it("a letter that cannot be written (a folder in its place): no chase is logged, nothing written", async () => {
    const dir = scratch(BUNDLED_DATA);
    const out = scratch();
    mkdirSync(path.join(out, "lyj.md"));
    const before = treeOf(dir);
    const r = await runCli(["remind", "--record", "--out", out, "--data", dir], {
      today: "2026-12-07",
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${path.join(out, "lyj.md")} is not a regular file`);
    expect(r.stderr).toContain("nothing was written");
    expect(treeOf(dir)).toEqual(before);
    expect(readdirSync(out)).toEqual(["lyj.md"]);
  });
});

describe("a draft discarded by half", () => {
  it("its body left behind: the next draft takes another id, validate names the body", async () => {
    const dir = scratch(BUNDLED_DATA);
    const draft = (title: string) =>
      runCli(["report", "draft", "--kind", "research", "--committee", "jj", "--title", title], {
        today: "2026-12-07",
        cwd: dir,
      });
    expect((await draft("旧的调研报告甲")).code).toBe(0);
    rmSync(path.join(dir, "reports", "2026", "2026-jj-r04.yaml"));
    const r = await draft("新的调研报告乙");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("created reports/2026/2026-jj-r05.yaml");
    expect(readFileSync(path.join(dir, "reports", "2026", "2026-jj-r05.md"), "utf8")).toContain(
      "新的调研报告乙",
    );
    const v = JSON.parse(
      (await runCli(["validate", "--json"], { today: "2026-12-07", cwd: dir })).stdout,
    );
    expect(v.problems).toContainEqual(
      expect.objectContaining({
        rule: "file",
        severity: "warning",
        file: "reports/2026/2026-jj-r04.md",
        message: "a report's body with no record beside it (reports/2026/2026-jj-r04.yaml)",
      }),
    );
  });
});

describe("links", () => {
  it("a year folder that is a link: nothing is written through it (exit 3, naming it)", async () => {
    const dir = scratch(VALID);
    const elsewhere = scratch();
    symlinkSync(elsewhere, path.join(dir, "topics", "2028"));
    const r = await runCli(
      [
        "topic",
        "propose",
        "--year",
        "2028",
        "--committee",
        "jj",
        "--departments",
        "fgw",
        "--source",
        "member",
        "--category",
        "policy",
        "--title",
        "关于链接的对口协商",
        "--data",
        dir,
      ],
      { today: "2027-10-01" },
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("topics/2028 is a symbolic link: topics/2028/2028-jj-01.yaml");
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("a body that is a link is not read: issue refuses, the outside file untouched", async () => {
    const dir = scratch(BUNDLED_DATA);
    const outside = path.join(scratch(), "elsewhere.md");
    const md = path.join(dir, "reports", "2026", "2026-jj-r02.md");
    writeFileSync(outside, "# 别处的文件\n\n外部内容\n");
    symlinkSync(outside, md);
    const r = await runCli(["report", "issue", "2026-jj-r02", "--to", "fgw", "--data", dir], {
      today: "2026-12-07",
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      "reports/2026/2026-jj-r02.md is a symbolic link, a FIFO or a device: it is not read",
    );
    expect(readFileSync(outside, "utf8")).toBe("# 别处的文件\n\n外部内容\n");
    expect(existsSync(path.join(dir, "reports", "2026", "2026-jj-r02.docx"))).toBe(false);
  });

  it("record folders and templates/ that are links are named, not read through", async () => {
    const dir = scratch(BUNDLED_DATA);
    const elsewhere = scratch();
    for (const f of ["reports", "templates"]) {
      const target = path.join(elsewhere, f);
      if (existsSync(path.join(dir, f))) renameSync(path.join(dir, f), target);
      else mkdirSync(target);
      symlinkSync(target, path.join(dir, f));
    }
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2026-12-07" });
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).problems).toContainEqual(
      expect.objectContaining({ rule: "file", file: "reports" }),
    );
    const plan = await runCli(["remind", "--data", dir], { today: "2026-12-07" });
    expect(plan.code).not.toBe(0);
    const t = await runCli(["plan", "2026", "--data", dir], { today: "2026-12-07" });
    expect(t.code).toBe(3);
    expect(t.stderr).toContain("templates is a symbolic link, a FIFO or a device");
  });

  it("a body that is a FIFO does not block the command (nor the lock)", async () => {
    const dir = scratch(BUNDLED_DATA);
    execFileSync("mkfifo", [path.join(dir, "reports", "2026", "2026-jj-r02.md")]);
    const r = await runCli(["report", "issue", "2026-jj-r02", "--to", "fgw", "--data", dir], {
      today: "2026-12-07",
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("is a symbolic link, a FIFO or a device");
    expect(existsSync(path.join(dir, ".xieshang.lock"))).toBe(false);
  }, 10_000);
});

describe("a journal is trusted only as far as it can be checked", () => {
  it("a crafted journal (git add -f, a shared folder) neither removes nor replaces another file", async () => {
    const dir = scratch(BUNDLED_DATA);
    const elsewhere = scratch();
    const keep = path.join(elsewhere, "重要.txt");
    const bait = path.join(dir, "reports", "2026", "2026-jj-r01.md");
    writeFileSync(keep, "外部文件\n");
    const before = readFileSync(bait, "utf8");
    writeFileSync(
      path.join(dir, ".xieshang.journal"),
      JSON.stringify({
        pid: 1,
        message: "x",
        steps: [
          { abs: keep, sha1: createHash("sha1").update("外部文件\n").digest("hex") },
          { abs: keep, sha1: "0000" },
          { abs: keep, backup: bait },
          { abs: bait, backup: path.join(elsewhere, ".xs-2026-jj-r01.md.1.a.bak.tmp") },
        ],
      }),
    );
    const r = await runCli(
      ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone", "--data", dir],
      { today: "2026-12-07" },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("an earlier write was cut short (x)");
    expect(readFileSync(keep, "utf8")).toBe("外部文件\n");
    expect(readFileSync(bait, "utf8")).toBe(before);
    expect(existsSync(path.join(dir, ".xieshang.journal"))).toBe(false);
  });
});

describe("the write path's own files, odd", () => {
  it("a FIFO journal, a FIFO cache, a cache linked to /dev/zero: nothing hangs", async () => {
    const dir = scratch(BUNDLED_DATA);
    execFileSync("mkfifo", [path.join(dir, ".xieshang-cache-reports-2026.json")]);
    symlinkSync("/dev/zero", path.join(dir, ".xieshang-cache-base.json"));
    const chase = ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone"];
    const ok = await runCli([...chase, "--data", dir], { today: "2026-12-07" });
    expect(ok.code, ok.stderr).toBe(0);
    execFileSync("mkfifo", [path.join(dir, ".xieshang.journal")]);
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2026-12-07" });
    expect(JSON.parse(v.stdout).problems[0]).toMatchObject({ file: ".xieshang.journal" });
    const r = await runCli([...chase, "--data", dir], { today: "2026-12-07" });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(".xieshang.journal is not a regular file");
    expect(existsSync(path.join(dir, ".xieshang.lock"))).toBe(false);
  }, 10_000);

  it("a record replaced keeps its permissions", async () => {
    const dir = scratch(BUNDLED_DATA);
    const file = path.join(dir, "reports", "2026", "2026-nm-r01.yaml");
    chmodSync(file, 0o600);
    const r = await runCli(
      ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone", "--data", dir],
      { today: "2026-12-07" },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("no hangs on what the data directory holds", () => {
  it("a FIFO where a record or the settings belong is named, never read", async () => {
    const dir = scratch(VALID);
    execFileSync("mkfifo", [path.join(dir, "committees", "zz.yaml")]);
    const r = await runCli(["validate", "--json", "--data", dir], { today: "2027-12-31" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems[0]).toMatchObject({
      rule: "file",
      file: "committees/zz.yaml",
    });
    rmSync(path.join(dir, "xieshang.yaml"));
    execFileSync("mkfifo", [path.join(dir, "xieshang.yaml")]);
    expect((await runCli(["validate", "--data", dir], { today: "2027-12-31" })).code).toBe(3);
  }, 10_000);
});

describe("no hangs on what git holds", () => {
  const BOMB = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
    "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
    "i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
  ].join("\n");

  it("an alias bomb reads as nothing, at once (the loader's limits)", () => {
    expect(peekMapping(BOMB)).toEqual({});
  });

  it("history of a record whose old version was an alias bomb finishes", async () => {
    const dir = scratch(VALID);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "一览表");
    const file = path.join(dir, "topics", "2027", "2027-jj-01.yaml");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, `${good}${BOMB}\n`);
    git(dir, "commit", "-qam", "炸弹", "--no-verify");
    writeFileSync(file, good);
    git(dir, "commit", "-qam", "改回", "--no-verify");
    const r = await runCli(["history", "2027-jj-01", "--json", "--data", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  }, 10_000);
});

describe("--commit commits exactly this command's change", () => {
  it("is refused before anything is written when a file it writes has uncommitted changes", async () => {
    const dir = scratch(BUNDLED_DATA);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "样例数据", "--no-verify");
    const extend = await runCli(
      [
        "reply",
        "extend",
        "2026-nm-r01",
        "--dept",
        "lyj",
        "--until",
        "2026-12-31",
        "--reason",
        "会商",
      ],
      { today: "2026-12-07", cwd: dir },
    );
    expect(extend.code, extend.stderr).toBe(0);
    const before = treeOf(dir);
    const r = await runCli(
      ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone", "--commit"],
      {
        today: "2026-12-07",
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "--commit refused: reports/2026/2026-nm-r01.yaml already has uncommitted changes",
    );
    expect(r.stderr).toContain("git diff -- reports/2026/2026-nm-r01.yaml");
    expect(treeOf(dir)).toEqual(before);
    expect(git(dir, "log", "--format=%s")).toBe("样例数据\n");
  });

  it("is refused for a new file whose path is a tracked file deleted by hand", async () => {
    const dir = scratch(BUNDLED_DATA);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "样例数据", "--no-verify");
    rmSync(path.join(dir, "reports", "2026", "2026-jj-r03.yaml"));
    const r = await runCli(
      [
        "report",
        "draft",
        "--kind",
        "social_opinion",
        "--committee",
        "jj",
        "--title",
        "关于测试的社情民意信息",
        "--commit",
      ],
      { today: "2026-12-07", cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("reports/2026/2026-jj-r03.yaml already has uncommitted changes");
    expect(git(dir, "log", "--format=%s")).toBe("样例数据\n");
  });
});

describe("SIGINT or SIGTERM during a write", () => {
  /** The real file system, with `signal` raised at the first call of `at`. */
  const signalAt = (at: keyof FsSeam, signal: "SIGINT" | "SIGTERM"): FsSeam => {
    let raised = false;
    const fs = { ...realFs } as Record<string, unknown>;
    const real = (realFs as unknown as Record<string, (...a: unknown[]) => unknown>)[at]!;
    fs[at] = (...args: unknown[]) => {
      if (!raised) {
        raised = true;
        process.emit(signal, signal);
      }
      return real(...args);
    };
    return fs as unknown as FsSeam;
  };
  const chase = (dir: string, fs: FsSeam) =>
    runCli(["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone", "--data", dir], {
      today: "2026-12-07",
      fs,
    });
  const strays = (dir: string) =>
    readdirSync(dir, { recursive: true }).filter((f) =>
      /\.xs-|\.xieshang\.(lock|journal)/.test(String(f)),
    );

  it("before the first file is placed: nothing written, lock and temporary files gone, exit 130", async () => {
    const dir = scratch(BUNDLED_DATA);
    const before = treeOf(dir);
    const r = await chase(dir, signalAt("fsyncSync", "SIGINT"));
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("interrupted: nothing was written");
    expect(treeOf(dir)).toEqual(before);
    expect(strays(dir)).toEqual([]);
  });

  it("while it waits for another's lock: it stops waiting, exit 130, that lock untouched", async () => {
    const dir = scratch(BUNDLED_DATA);
    const lock = path.join(dir, ".xieshang.lock");
    const held = JSON.stringify({ pid: process.pid, host: hostname(), since: "x", token: "live" });
    writeFileSync(lock, held);
    const before = treeOf(dir);
    const waiting = runCli(
      ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone", "--data", dir],
      { today: "2026-12-07", env: { XIESHANG_LOCK_WAIT_MS: "20000" } },
    );
    await new Promise((r) => setTimeout(r, 100));
    process.emit("SIGINT", "SIGINT");
    const r = await waiting;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("interrupted: nothing was written");
    expect(readFileSync(lock, "utf8")).toBe(held);
    expect(treeOf(dir)).toEqual(before);
  });

  it("while it is placed: the write finishes first, then exit 130", async () => {
    const dir = scratch(BUNDLED_DATA);
    const r = await chase(dir, signalAt("renameSync", "SIGTERM"));
    expect(r.code).toBe(130);
    expect(r.stdout).toBe("updated reports/2026/2026-nm-r01.yaml\n");
    expect(r.stderr).toContain("interrupted: the write above was finished first");
    expect(readFileSync(path.join(dir, "reports", "2026", "2026-nm-r01.yaml"), "utf8")).toContain(
      "department: lyj, on: 2026-12-07, method: phone",
    );
    expect(strays(dir)).toEqual([]);
  });
});
