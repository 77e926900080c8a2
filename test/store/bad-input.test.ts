// docs/reliability.md "Reading: nothing hidden", the bad input that reading touches: each ends in a clear message naming the
// file and line, the right exit code, and no crash or stack trace.
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const TODAY = "2027-12-31";
const TOPIC = "topics/2027/2027-jj-01.yaml";

function data() {
  const tmp = { dir: scratch(VALID) };
  return tmp.dir;
}

async function validate(dir: string, lang: "en" | "zh" = "en") {
  const res = await runCli(["validate", "--json", "--data", dir], { today: TODAY, lang });
  expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return { code: res.code, problems: JSON.parse(res.stdout).problems as Record<string, unknown>[] };
}

const topicText = (extra = "") =>
  [
    "id: 2027-jj-01",
    "year: 2027",
    "title: 关于优化营商环境的对口协商",
    "committee: jj",
    "departments: [fgw, czj]",
    "source: department",
    "category: resources",
    "status: proposed",
    "proposed_on: 2026-09-20",
    extra,
  ].join("\n");

describe("bad input while reading", () => {
  it("malformed YAML: a file error at the line of the fault", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, TOPIC),
      "id: 2027-jj-01\nyear: 2027\ntitle: [unclosed\nstatus: proposed\n",
    );
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems[0]).toMatchObject({ rule: "file", severity: "error", file: TOPIC, line: 4 });
    expect(String(problems[0]!.message)).toMatch(/^YAML syntax error/);
  });

  it("a duplicated key is a syntax error naming its line", async () => {
    const dir = data();
    writeFileSync(path.join(dir, TOPIC), topicText("status: confirmed\n"));
    const { problems } = await validate(dir);
    expect(problems).toMatchObject([{ rule: "file", file: TOPIC, line: 10, column: 1 }]);
  });

  it("git merge-conflict markers: named, with the line of the first marker", async () => {
    const dir = data();
    const text = topicText().replace(
      "status: proposed",
      "<<<<<<< HEAD\nstatus: proposed\n=======\nstatus: shortlisted\n>>>>>>> origin/main",
    );
    writeFileSync(path.join(dir, TOPIC), text);
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "file",
        file: TOPIC,
        line: 8,
        column: 1,
        message: "git merge-conflict markers are left in the file",
      },
    ]);
  });

  it("a GBK file: not UTF-8, says GBK and how to convert, at the first bad line", async () => {
    const dir = data();
    // 标题 in GBK is B1 EA CC E2
    const gbk = Buffer.concat([
      Buffer.from("id: 2027-jj-01\nyear: 2027\ntitle: "),
      Buffer.from([0xb1, 0xea, 0xcc, 0xe2]),
      Buffer.from("\n"),
    ]);
    writeFileSync(path.join(dir, TOPIC), gbk);
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems[0]).toMatchObject({ rule: "file", file: TOPIC, line: 3, column: 8 });
    expect(problems[0]!.message).toBe("the file is not UTF-8 text (it looks like GBK / GB18030)");
    const human = await runCli(["validate", "--data", dir], { today: TODAY, lang: "zh" });
    expect(human.stdout).toContain(`iconv -f GBK -t UTF-8 "${TOPIC}"`);
  });

  it("a BOM is accepted, and positions still count from the first key", async () => {
    const dir = data();
    const text = topicText().replace(
      "status: proposed",
      "status: proposed\nshortlisted_on: 2026-12-01",
    );
    writeFileSync(path.join(dir, TOPIC), `\uFEFF${text}`);
    const { problems } = await validate(dir);
    // shortlisted_on without the status: the key on line 9, column 1
    expect(problems).toMatchObject([{ rule: "lifecycle", file: TOPIC, line: 9, column: 1 }]);
  });

  it("CRLF line endings are accepted and positions are right", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, TOPIC),
      topicText().replace("[fgw, czj]", "[fgw, slj]").replace(/\n/g, "\r\n"),
    );
    const { problems } = await validate(dir);
    expect(problems).toMatchObject([{ rule: "counterpart", file: TOPIC, line: 5, column: 20 }]);
  });

  it("an alias bomb is refused without expanding it", async () => {
    const dir = data();
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    writeFileSync(path.join(dir, TOPIC), `${lines.join("\n")}\n`);
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems).toMatchObject([{ rule: "file", file: TOPIC, line: 2 }]);
    expect(problems[0]!.message).toMatch(/aliases/);
  });

  it("__proto__ and other odd keys are refused where they stand and reach no prototype", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, "xieshang.yaml"),
      "body: 测试\nanswer_categories:\n  A: 已解决\n  __proto__: { polluted: yes }\n",
    );
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: "schema",
        file: "xieshang.yaml",
        line: 4,
        column: 3,
        message: "the key __proto__ is not allowed",
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an id such as ../../etc/passwd in a file is an invalid id, and nothing outside is read", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, TOPIC),
      topicText().replace("id: 2027-jj-01", "id: ../../etc/passwd"),
    );
    const { problems } = await validate(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: "schema",
        file: TOPIC,
        line: 1,
        column: 5,
        message: 'id is "../../etc/passwd", which is not a topic id such as 2027-jj-03',
      }),
    );
  });

  it("an id such as ../x on the command line is an unknown reference (exit 2)", async () => {
    const res = await runCli(["department", "show", "../../etc/passwd", "--data", VALID]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("unknown department: ../../etc/passwd");
    const c = await runCli(["committee", "show", "../x", "--data", VALID]);
    expect(c.code).toBe(2);
  });

  it("a 50 MiB file is not read at all", async () => {
    const dir = data();
    const big = path.join(dir, "topics/2027/2027-jj-02.yaml");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "file",
        file: "topics/2027/2027-jj-02.yaml",
        line: 1,
        column: 1,
        message: "the file is 50.0 MiB; record files may be at most 1 MiB",
      },
    ]);
  });

  it("a symbolic link out of the data directory is refused, not followed", async () => {
    const dir = data();
    const outside = path.join(tmpdir(), `xieshang-outside-${process.pid}.yaml`);
    writeFileSync(outside, topicText().replace("2027-jj-01", "2027-jj-02"));
    symlinkSync(outside, path.join(dir, "topics/2027/2027-jj-02.yaml"));
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems).toMatchObject([
      { rule: "file", file: "topics/2027/2027-jj-02.yaml", line: 1, column: 1 },
    ]);
    expect(problems[0]!.message).toMatch(/symbolic link/);
  });

  it("2027-02-30 is not a date", async () => {
    const dir = data();
    writeFileSync(
      path.join(dir, TOPIC),
      topicText().replace("proposed_on: 2026-09-20", "proposed_on: 2027-02-30"),
    );
    const { problems } = await validate(dir, "zh");
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "schema",
        file: TOPIC,
        line: 9,
        column: 14,
        message: 'proposed_on 的值 "2027-02-30" 不是有效日期，格式 YYYY-MM-DD',
      },
    ]);
  });

  it("an empty file, or one holding a list, is not a record", async () => {
    const dir = data();
    writeFileSync(path.join(dir, TOPIC), "");
    writeFileSync(path.join(dir, "topics/2027/2027-jj-02.yaml"), "- id: 2027-jj-02\n");
    const { code, problems } = await validate(dir);
    expect(code).toBe(1);
    expect(problems.filter((p) => p.rule === "file").map((p) => [p.file, p.message])).toEqual([
      [TOPIC, "the file must hold one mapping of `key: value` lines"],
      ["topics/2027/2027-jj-02.yaml", "the file must hold one mapping of `key: value` lines"],
    ]);
  });

  it("a doc_number pattern without {n} is refused where it stands", async () => {
    const dir = data();
    const f = path.join(dir, "xieshang.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace(
        'doc_number: "测政协{doc_code}〔{year}〕{n}号"',
        'doc_number: "测政协{doc_code}〔{year}〕号"',
      ),
    );
    const { problems } = await validate(dir);
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "schema",
        file: "xieshang.yaml",
        line: 10,
        column: 13,
        message:
          'doc_number is "测政协{doc_code}〔{year}〕号", which is not a doc number pattern with {n} where the sequence goes, such as 鄂政协{doc_code}〔{year}〕{n}号',
      },
    ]);
  });

  it("a stray file in a record folder is named", async () => {
    const dir = data();
    writeFileSync(path.join(dir, "topics/2027/notes.txt"), "todo\n");
    mkdirSync(path.join(dir, "topics/misc"));
    const { problems } = await validate(dir);
    expect(problems.map((p) => [p.rule, p.file])).toEqual([
      ["file", "topics/2027/notes.txt"],
      ["file", "topics/misc"],
    ]);
  });

  it("an unknown department named on the command line: exit 2 with candidates", async () => {
    const res = await runCli(["department", "show", "发改", "--data", VALID]);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      "xieshang: unknown department: 发改\n  did you mean: fgw 市发改委（经济委员会）\n",
    );
  });
});

describe("the environment", () => {
  it("no data directory: exit 3 with a hint to run init", async () => {
    const empty = { dir: scratch() };
    const res = await runCli(["validate"], { cwd: empty.dir });
    expect(res.code).toBe(3);
    expect(res.stderr).toContain("no data directory found");
    expect(res.stderr).toContain("xieshang init");
  });

  it("--data naming a folder without xieshang.yaml: exit 3", async () => {
    const res = await runCli(["validate", "--data", FIXTURES]);
    expect(res.code).toBe(3);
    expect(res.stderr).toContain("is not a data directory");
  });

  it("a stack trace reaches the terminal only with XIESHANG_DEBUG=1", async () => {
    const plain = await runCli(["validate", "--data", FIXTURES]);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(["validate", "--data", FIXTURES], { env: { XIESHANG_DEBUG: "1" } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
