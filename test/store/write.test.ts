// The write path (docs/reliability.md "How records are written"): byte-identical edits, the lock, exclusive
// creates, and failures that leave nothing half-written.
import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { recordText, setIn } from "../../src/store/edit.js";
import { isCacheFile } from "../../src/store/parse-cache.js";
import { REPORT_LAYOUT, TOPIC_LAYOUT } from "../../src/store/records.js";
import { LOCK_FILE, writeRecords } from "../../src/store/write.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const GOLDEN = path.join(FIXTURES, "golden");

function data() {
  const tmp = { dir: scratch(VALID) };
  return tmp.dir;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !isCacheFile(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("edits in place", () => {
  it("topic confirm keeps comments, key order, quoting, blank lines and CRLF byte for byte (golden)", async () => {
    const dir = data();
    const file = path.join(dir, "topics/2027/2027-jj-03.yaml");
    copyFileSync(path.join(GOLDEN, "2027-jj-03.crlf.yaml"), file);
    const r = await runCli(
      ["topic", "confirm", "2027-jj-03", "--on", "2027-02-20", "--data", dir],
      { today: "2027-02-20" },
    );
    expect(r.code).toBe(0);
    const got = readFileSync(file);
    const want = readFileSync(path.join(GOLDEN, "2027-jj-03.crlf.confirmed.yaml"));
    expect(got.toString("utf8")).toBe(want.toString("utf8"));
    expect(Buffer.compare(got, want)).toBe(0);
    // only the status line changed and one line was added
    const before = readFileSync(path.join(GOLDEN, "2027-jj-03.crlf.yaml"), "utf8").split("\r\n");
    const after = got.toString("utf8").split("\r\n");
    expect(after.filter((l) => !before.includes(l))).toEqual([
      "status: confirmed    # 状态（初选后待确定）",
      "confirmed_on: 2027-02-20",
    ]);
    expect(before.filter((l) => !after.includes(l))).toEqual([
      "status: shortlisted    # 状态（初选后待确定）",
    ]);
  });

  it("keeps a BOM and LF endings, and adds a key after its predecessor", () => {
    const text =
      "\uFEFFid: 2027-jj-01\nstatus: proposed # 待初选\nproposed_on: 2026-09-20\n\n# 备注\n";
    const out = setIn(
      setIn(text, ["status"], "shortlisted", TOPIC_LAYOUT),
      ["shortlisted_on"],
      "2026-12-10",
      TOPIC_LAYOUT,
    );
    expect(out).toBe(
      "\uFEFFid: 2027-jj-01\nstatus: shortlisted # 待初选\nproposed_on: 2026-09-20\nshortlisted_on: 2026-12-10\n\n# 备注\n",
    );
  });

  it("quotes a value only where YAML needs it", () => {
    expect(setIn("reason: x\n", ["reason"], "合并: 另行协商", TOPIC_LAYOUT)).toBe(
      'reason: "合并: 另行协商"\n',
    );
    expect(setIn("reason: x\n", ["reason"], "并入年度督办", TOPIC_LAYOUT)).toBe(
      "reason: 并入年度督办\n",
    );
  });

  it("adds to a map written on one line without dropping what it holds", () => {
    const text = "extensions: { zwfw: { until: 2027-08-15, reason: 测算 } }\n";
    const out = setIn(text, ["extensions", "czj"], { until: "2027-09-01" }, REPORT_LAYOUT);
    expect(parse(out)).toEqual({
      extensions: { zwfw: { until: "2027-08-15", reason: "测算" }, czj: { until: "2027-09-01" } },
    });
  });

  it("writes a value with line breaks as one quoted line that reads back the same", () => {
    const notes = "第一段：情况\n第二段：意见";
    const out = setIn("id: x\n", ["notes"], notes, TOPIC_LAYOUT);
    expect(out).toBe('id: x\nnotes: "第一段：情况\\n第二段：意见"\n');
    expect(parse(out).notes).toBe(notes);
    expect(parse(recordText({ id: "x", notes }, ["id", "notes"])).notes).toBe(notes);
  });

  it("sets a nested map key by key, keeping the keys it does not name", () => {
    const text =
      "replies:\n  fgw:\n    received_on: 2027-07-01   # 收文\n    doc_no: 鄂发改函〔2027〕88号\n";
    expect(setIn(text, ["replies", "fgw"], { received_on: "2027-07-02" })).toBe(
      "replies:\n  fgw:\n    received_on: 2027-07-02   # 收文\n    doc_no: 鄂发改函〔2027〕88号\n",
    );
    expect(setIn(text, ["replies", "czj"], { received_on: "2027-07-03" })).toBe(
      `${text}  czj:\n    received_on: 2027-07-03\n`,
    );
  });
});

describe("the lock", () => {
  const propose = (dir: string, env: Record<string, string> = {}) =>
    runCli(
      [
        "topic",
        "propose",
        "--committee",
        "jj",
        "--title",
        "t",
        "--departments",
        "czj",
        "--source",
        "member",
        "--category",
        "resources",
        "--data",
        dir,
      ],
      {
        today: "2027-01-05",
        env,
      },
    );

  it("held by a live process: exit 3 with a clear message, nothing written", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: hostname(), since: "2027-01-05T09:00:00Z" }),
    );
    const before = allFiles(dir);
    const r = await propose(dir, { XIESHANG_LOCK_WAIT_MS: "100" });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `xieshang: another xieshang (pid ${process.pid} on ${hostname()}, since 2027-01-05T09:00:00Z) is writing to this data directory\n  wait for it to finish and try again; if no xieshang is running, delete ${path.join(dir, LOCK_FILE)}\n`,
    );
    expect(allFiles(dir)).toEqual(before);
  });

  it("left by a process that died is taken over", async () => {
    const dir = data();
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: dead.pid, host: hostname(), since: "x" }),
    );
    const r = await propose(dir, { XIESHANG_LOCK_WAIT_MS: "100" });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("left garbled by a crash a while ago is taken over; a fresh garbled one is waited for", async () => {
    const dir = data();
    const lock = path.join(dir, LOCK_FILE);
    writeFileSync(lock, '{"pid": 12');
    expect((await propose(dir, { XIESHANG_LOCK_WAIT_MS: "100" })).code).toBe(3);
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(lock, old, old);
    expect((await propose(dir, { XIESHANG_LOCK_WAIT_MS: "100" })).code).toBe(0);
  });

  it("is released after a refused write and after a successful one", async () => {
    const dir = data();
    await runCli(["topic", "confirm", "2027-jj-01", "--data", dir]);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    await propose(dir);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});

describe("failures leave every record old or new", () => {
  it("a new record never overwrites an existing file (exclusive create)", async () => {
    const dir = data();
    const file = "topics/2027/2027-jj-01.yaml";
    const before = readFileSync(path.join(dir, file), "utf8");
    const attempt = () =>
      writeRecords({ dir, today: "2027-12-31", commit: false, lockWaitMs: 0 }, () => ({
        changes: [{ file, text: `${before}# a second writer\n`, create: true }],
        message: "x",
      }));
    await expect(attempt()).rejects.toMatchObject({ exitCode: 3, msg: { key: "write.exists" } });
    expect(readFileSync(path.join(dir, file), "utf8")).toBe(before);
    expect(allFiles(dir).some((f) => f.includes(".tmp"))).toBe(false);
  });

  it("stale temporary files of a crashed write are cleared by the next write, and reading ignores them", async () => {
    const dir = data();
    const stale = path.join(dir, "topics/2027/.xs-2027-jj-09.yaml.4242.abcdef.tmp");
    writeFileSync(stale, "id: half-writ");
    const v = JSON.parse(
      (await runCli(["validate", "--json", "--data", dir], { today: "2027-12-31" })).stdout,
    );
    expect(v.errors).toBe(0);
    await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], { today: "2027-12-31" });
    expect(existsSync(stale)).toBe(false);
  });

  const canChattr = (() => {
    if (process.getuid?.() !== 0) return false;
    try {
      execFileSync("chattr", ["--help"], { stdio: "ignore" });
      return true;
    } catch (e) {
      return (
        (e as { status?: number }).status !== undefined &&
        (e as { code?: string }).code !== "ENOENT"
      );
    }
  })();

  /** Makes a folder read-only even for root (chattr +i), or by mode for other users. */
  function readOnly(folder: string) {
    if (process.getuid?.() === 0) {
      execFileSync("chattr", ["+i", folder]);
      onTestFinished(() => {
        execFileSync("chattr", ["-i", folder]);
      });
    } else {
      execFileSync("chmod", ["a-w", folder]);
      onTestFinished(() => {
        execFileSync("chmod", ["u+w", folder]);
      });
    }
  }

  it.skipIf(process.getuid?.() === 0 && !canChattr)(
    "a read-only data directory: exit 3, nothing half-written",
    async () => {
      const dir = data();
      const before = allFiles(dir);
      readOnly(dir);
      const r = await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], {
        today: "2027-12-31",
      });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`cannot write in ${dir}`);
      expect(r.stderr).toContain("no record was changed or left half-written");
      expect(allFiles(dir)).toEqual(before);
    },
  );

  it.skipIf(process.getuid?.() === 0 && !canChattr)(
    "a read-only record folder: exit 3, the lock released, no temporary file left",
    async () => {
      const dir = data();
      const file = path.join(dir, "topics/2027/2027-jj-01.yaml");
      const before = readFileSync(file, "utf8");
      readOnly(path.join(dir, "topics/2027"));
      const r = await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], {
        today: "2027-12-31",
      });
      expect(r.code).toBe(3);
      expect(readFileSync(file, "utf8")).toBe(before);
      expect(allFiles(dir).filter((f) => f.includes(".tmp") || f.includes(LOCK_FILE))).toEqual([]);
    },
  );
});
