// The topic cycle of Art. 5–6, scripted as a clerk would run it, in a temporary
// directory made by `xieshang init`, and the refusals of the write path.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { isCacheFile } from "../../src/store/parse-cache.js";
import { refusals } from "../helpers/refusals.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");

function data() {
  const tmp = { dir: scratch(VALID) };
  return tmp.dir;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8" });

/** The files of a folder tree, relative, with their bytes: to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    if (abs.includes(`${path.sep}.git${path.sep}`) || isCacheFile(e.name)) continue;
    out[path.relative(dir, abs)] = readFileSync(abs, "latin1");
  }
  return out;
}

const propose = (dir: string, today: string, ...flags: string[]) =>
  runCli(["topic", "propose", "--data", dir, "--commit", ...flags], { today });

describe("a clerk's topic cycle (Art. 5–6)", () => {
  it("init, propose for three committees, shortlist, confirm, withdraw, conclude — one commit each", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "xieshang-clerk-"));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = path.join(parent, "records");

    const init = await runCli(["init", dir], { cwd: parent, today: "2026-09-01" });
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(`created the data directory ${dir}\n`);
    expect(existsSync(path.join(dir, ".git", "hooks", "pre-commit"))).toBe(true);
    expect(git(dir, "log", "--format=%s").trim()).toBe("初始化数据目录");

    // collection opened on 15 September: the plan year defaults to 2027
    const a = await propose(
      dir,
      "2026-09-20",
      "--committee",
      "jj",
      "--title",
      "关于优化营商环境的对口协商",
      "--departments",
      "市发改委，政务服务局",
      "--source",
      "department",
      "--proposer",
      "市发改委",
      "--category",
      "resources",
      "--forms",
      "research,协商会议",
      "--schedule",
      "2027-Q2",
    );
    expect(a).toMatchObject({ code: 0, stdout: "created topics/2027/2027-jj-01.yaml\n" });
    expect(a.stderr).toContain("committed: 提出议题 2027-jj-01：关于优化营商环境的对口协商");
    const b = await propose(
      dir,
      "2026-10-08",
      "--committee",
      "农牧委员会",
      "--title",
      "关于农牧业社会化服务的对口协商",
      "--departments",
      "nmj",
      "--departments",
      "供销社",
      "--source",
      "committee",
      "--category",
      "public_concern",
    );
    expect(b.stdout).toBe("created topics/2027/2027-nm-01.yaml\n");
    const c = await propose(
      dir,
      "2026-11-02",
      "--committee",
      "ta",
      "--title",
      "关于重点提案办理的对口协商",
      "--departments",
      "swdcs、szfdcs",
      "--source",
      "委员群众提题",
      "--category",
      "follow_up",
    );
    expect(c.stdout).toBe("created topics/2027/2027-ta-01.yaml\n");

    const sl = await runCli(
      [
        "topic",
        "shortlist",
        "2027-jj-01",
        "2027-nm-01",
        "2027-ta-01",
        "--on",
        "2026-12-10",
        "--data",
        dir,
        "--commit",
      ],
      { today: "2026-12-10" },
    );
    expect(sl.code).toBe(0);
    expect(sl.stdout.trim().split("\n")).toHaveLength(3);

    const q1 = await runCli(
      ["topic", "confirm", "2027-jj-01", "--on", "2027年2月20日", "--data", dir, "--commit"],
      { today: "2027-02-20" },
    );
    expect(q1).toMatchObject({ code: 0, stdout: "updated topics/2027/2027-jj-01.yaml\n" });
    const april = await runCli(
      ["topic", "confirm", "2027-nm-01", "--on", "2027/4/10", "--data", dir, "--commit"],
      { today: "2027-04-10" },
    );
    expect(april.code).toBe(0); // still written
    expect(april.stderr).toContain("written with 1 warning(s):");
    expect(april.stderr).toContain(
      "[q1-confirmation] confirmed on 2027-04-10, outside the first quarter of 2027 (Art. 6)",
    );

    const w = await runCli(
      [
        "topic",
        "withdraw",
        "2027-ta-01",
        "--reason",
        "并入年度重点提案督办",
        "--on",
        "2027-03-01",
        "--data",
        dir,
        "--commit",
      ],
      { today: "2027-03-01" },
    );
    expect(w.code).toBe(0);
    const done = await runCli(
      ["topic", "conclude", "2027-jj-01", "--on", "2027-11-30", "--data", dir, "--commit"],
      { today: "2027-11-30" },
    );
    expect(done.code).toBe(0);

    const list = JSON.parse(
      (await runCli(["topic", "list", "--json", "--data", dir], { today: "2027-12-01" })).stdout,
    );
    expect(list.map((t: { id: string; status: string }) => [t.id, t.status])).toEqual([
      ["2027-jj-01", "concluded"],
      ["2027-nm-01", "confirmed"],
      ["2027-ta-01", "withdrawn"],
    ]);
    expect(list[0]).toEqual({
      id: "2027-jj-01",
      year: 2027,
      title: "关于优化营商环境的对口协商",
      committee: "jj",
      departments: ["fgw", "zwfw"],
      source: "department",
      proposer: "市发改委",
      category: "resources",
      forms: ["research", "consultation"],
      schedule: "2027-Q2",
      status: "concluded",
      proposed_on: "2026-09-20",
      shortlisted_on: "2026-12-10",
      confirmed_on: "2027-02-20",
      concluded_on: "2027-11-30",
    });
    expect(list[2]).toMatchObject({ withdrawn_on: "2027-03-01", reason: "并入年度重点提案督办" });

    // clean apart from that warning (the bundled committees' missing liaisons are true)
    const v = JSON.parse(
      (await runCli(["validate", "--json", "--data", dir], { today: "2027-12-01" })).stdout,
    );
    expect(v.errors).toBe(0);
    expect(
      v.problems
        .filter((p: { rule: string }) => p.rule !== "liaison")
        .map((p: { rule: string; file: string }) => [p.rule, p.file]),
    ).toEqual([["q1-confirmation", "topics/2027/2027-nm-01.yaml"]]);

    // every step is one commit touching only its file(s)
    const log = git(dir, "log", "--reverse", "--format=@%s", "--name-only")
      .split("@")
      .filter(Boolean);
    const commits = log.map((entry) => {
      const [subject, ...files] = entry.trim().split("\n").filter(Boolean);
      return [subject, files];
    });
    expect(commits.slice(1)).toEqual([
      ["提出议题 2027-jj-01：关于优化营商环境的对口协商", ["topics/2027/2027-jj-01.yaml"]],
      ["提出议题 2027-nm-01：关于农牧业社会化服务的对口协商", ["topics/2027/2027-nm-01.yaml"]],
      ["提出议题 2027-ta-01：关于重点提案办理的对口协商", ["topics/2027/2027-ta-01.yaml"]],
      [
        "初选议题 2027-jj-01、2027-nm-01、2027-ta-01",
        [
          "topics/2027/2027-jj-01.yaml",
          "topics/2027/2027-nm-01.yaml",
          "topics/2027/2027-ta-01.yaml",
        ],
      ],
      ["确定议题 2027-jj-01：关于优化营商环境的对口协商", ["topics/2027/2027-jj-01.yaml"]],
      ["确定议题 2027-nm-01：关于农牧业社会化服务的对口协商", ["topics/2027/2027-nm-01.yaml"]],
      ["撤销议题 2027-ta-01：关于重点提案办理的对口协商", ["topics/2027/2027-ta-01.yaml"]],
      ["完成议题 2027-jj-01：关于优化营商环境的对口协商", ["topics/2027/2027-jj-01.yaml"]],
    ]);
    expect(git(dir, "status", "--porcelain")).toBe("");

    const history = await runCli(["history", "2027-jj-01", "--data", dir]);
    expect(history.stdout).toContain("确定议题 2027-jj-01：关于优化营商环境的对口协商");
    expect(history.stdout).toContain(
      "    status: shortlisted → confirmed\n    confirmed on: — → 2027-02-20\n",
    );
    expect(history.stdout).toMatch(/Test Clerk {2}提出议题 2027-jj-01：.*\n {4}created\n$/);
  });

  it("the file written has the keys in the order of docs/data-format.md and lists on one line", async () => {
    const dir = data();
    await propose(
      dir,
      "2027-01-05",
      "--committee",
      "jj",
      "--title",
      "关于债务风险的对口协商",
      "--departments",
      "czj",
      "--invited",
      "slj",
      "--source",
      "member",
      "--category",
      "resources",
      "--summary",
      "摸清底数: 分类处置",
    );
    expect(readFileSync(path.join(dir, "topics/2027/2027-jj-02.yaml"), "utf8")).toBe(
      [
        "id: 2027-jj-02",
        "year: 2027",
        "title: 关于债务风险的对口协商",
        "committee: jj",
        "departments: [czj]",
        "invited: [slj]",
        "source: member",
        "category: resources",
        'summary: "摸清底数: 分类处置"',
        "status: proposed",
        "proposed_on: 2027-01-05",
        "",
      ].join("\n"),
    );
  });

  it("before the collection day the plan year is this year; --year overrides", async () => {
    const dir = data();
    const r = await propose(
      dir,
      "2027-03-01",
      "--committee",
      "jj",
      "--title",
      "x",
      "--departments",
      "czj",
      "--source",
      "member",
      "--category",
      "resources",
    );
    expect(r.stdout).toBe("created topics/2027/2027-jj-02.yaml\n");
    const y = await propose(
      dir,
      "2027-03-01",
      "--year",
      "2028",
      "--committee",
      "jj",
      "--title",
      "y",
      "--departments",
      "czj",
      "--source",
      "member",
      "--category",
      "resources",
    );
    expect(y.stdout).toBe("created topics/2028/2028-jj-01.yaml\n");
    expect(y.stderr).toContain("[collection-window]");
  });
});

describe("refusals", () => {
  const base = [
    "topic",
    "propose",
    "--title",
    "关于测试的对口协商",
    "--source",
    "member",
    "--category",
    "resources",
  ];

  it("an unknown committee: exit 2 with candidates, nothing written", async () => {
    const dir = data();
    const before = snapshot(dir);
    const r = await runCli([...base, "--committee", "经济", "--departments", "czj", "--data", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("xieshang: unknown committee: 经济\n  did you mean: jj 经济委员会\n");
    expect(snapshot(dir)).toEqual(before);
  });

  it("an unknown department: exit 2 with candidates", async () => {
    const dir = data();
    const r = await runCli([...base, "--committee", "jj", "--departments", "财政", "--data", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "unknown department: 财政\n  did you mean: czj 财政局（经济委员会）",
    );
  });

  it("a department that is not a counterpart and not invited: exit 1, rule counterpart, nothing written", async () => {
    const dir = data();
    const before = snapshot(dir);
    const r = await runCli(
      [...base, "--committee", "jj", "--departments", "czj,slj", "--data", dir],
      { today: "2027-01-05" },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "topics/2027/2027-jj-02.yaml:5:20 error [counterpart] 市水利局 (slj) is a counterpart of 农牧委员会",
    );
    expect(r.stderr).toContain(
      "the change was refused: it would add 1 error(s)\n  nothing was written\n",
    );
    expect(snapshot(dir)).toEqual(before);
    // invited, it is accepted
    const ok = await runCli(
      [...base, "--committee", "jj", "--departments", "czj,slj", "--invited", "slj", "--data", dir],
      { today: "2027-01-05" },
    );
    expect(ok.code).toBe(0);
  });

  it("a move that skips shortlisting is refused, naming the next step", async () => {
    const dir = data();
    await runCli([...base, "--committee", "jj", "--departments", "czj", "--data", dir], {
      today: "2027-01-05",
    });
    const before = snapshot(dir);
    const r = await runCli(["topic", "confirm", "2027-jj-02", "--data", dir], {
      today: "2027-01-06",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "xieshang: 2027-jj-02 is proposed; it cannot be confirmed now\n  next step: xieshang topic shortlist 2027-jj-02\n",
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("going back, or moving a closed topic, is refused", async () => {
    const dir = data();
    const back = await runCli(["topic", "shortlist", "2027-jj-01", "--data", dir], {
      today: "2027-12-31",
    });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain(
      "2027-jj-01 is confirmed; it cannot be shortlisted now\n  next step: xieshang topic conclude 2027-jj-01",
    );
    await runCli(["topic", "conclude", "2027-jj-01", "--data", dir], { today: "2027-12-31" });
    const closed = await runCli(
      ["topic", "withdraw", "2027-jj-01", "--reason", "x", "--data", dir],
      { today: "2027-12-31" },
    );
    expect(closed).toMatchObject({
      code: 1,
      stderr: "xieshang: 2027-jj-01 is concluded: it does not move any more\n",
    });
  });

  it("several ids move together or not at all", async () => {
    const dir = data();
    await runCli([...base, "--committee", "jj", "--departments", "czj", "--data", dir], {
      today: "2027-01-05",
    });
    const before = snapshot(dir);
    const r = await runCli(["topic", "shortlist", "2027-jj-02", "2027-jj-01", "--data", dir], {
      today: "2027-01-06",
    });
    expect(r.code).toBe(1); // 2027-jj-01 is already confirmed
    expect(snapshot(dir)).toEqual(before);
  });

  it("a date before the step before it is refused by rule lifecycle", async () => {
    const dir = data();
    await runCli([...base, "--committee", "jj", "--departments", "czj", "--data", dir], {
      today: "2027-01-05",
    });
    const r = await runCli(
      ["topic", "shortlist", "2027-jj-02", "--on", "2027-01-01", "--data", dir],
      { today: "2027-01-06" },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "[lifecycle] shortlisted_on 2027-01-01 is before proposed_on 2027-01-05",
    );
  });

  it("an id like ../x is refused before anything is read (exit 2)", async () => {
    const dir = data();
    const r = await runCli(["topic", "confirm", "../x", "--data", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ID is "../x", which is not a topic id such as 2027-jj-03');
    expect((await runCli(["history", "../../etc/passwd", "--data", dir])).code).toBe(2);
    expect((await runCli(["topic", "confirm", "2027-jj-77", "--data", dir])).code).toBe(2);
  });

  it("without a terminal, every missing flag is named (exit 2)", async () => {
    const dir = data();
    const r = await runCli(["topic", "propose", "--committee", "jj", "--data", dir]);
    expect(r).toMatchObject({
      code: 2,
      stderr:
        "xieshang: missing --title, --departments, --source, --category (no terminal to ask)\n  give them as flags, or run in a terminal without --no-input\n",
    });
    const noInput = await runCli(["topic", "propose", "--no-input", "--data", dir], { tty: true });
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain(
      "missing --title, --committee, --departments, --source, --category",
    );
  });

  it("a bad --source, --forms, --schedule or --on is a usage error naming the flag", async () => {
    const dir = data();
    const common = [
      "topic",
      "propose",
      "--committee",
      "jj",
      "--title",
      "t",
      "--departments",
      "czj",
      "--category",
      "resources",
      "--data",
      dir,
    ];
    expect((await runCli([...common, "--source", "boss"])).stderr).toContain(
      "--source: boss is not one of leader",
    );
    expect((await runCli([...common, "--source", "member", "--forms", "lunch"])).stderr).toContain(
      "--forms: lunch is not one of",
    );
    expect((await runCli([...common, "--source", "member", "--schedule", "2027-Q5"])).code).toBe(2);
    expect(
      (await runCli([...common, "--source", "member", "--on", "2027-02-30"])).stderr,
    ).toContain("--on: 2027-02-30 is not a date");
  });

  it("git: { commit: true } in xieshang.yaml commits without --commit", async () => {
    const parent = scratch();
    const dir = path.join(parent, "d");
    await runCli(["init", dir]);
    const settings = path.join(dir, "xieshang.yaml");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace("  commit: false", "  commit: true"),
    );
    git(dir, "commit", "-qam", "commit on");
    const r = await runCli([...base, "--committee", "jj", "--departments", "czj", "--data", dir], {
      today: "2027-01-05",
    });
    expect(r.stderr).toContain("committed: 提出议题 2027-jj-01：关于测试的对口协商");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("outside a git work tree, --commit warns and still writes", async () => {
    const dir = data();
    const r = await runCli(
      [...base, "--committee", "jj", "--departments", "czj", "--commit", "--data", dir],
      { today: "2027-01-05" },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("not in a git work tree; nothing was committed");
    expect(existsSync(path.join(dir, "topics/2027/2027-jj-02.yaml"))).toBe(true);
  });

  it("init refuses a non-empty folder that is not a data directory, and accepts a data directory", async () => {
    const dir = data();
    writeFileSync(path.join(dir, "..", "x.txt"), "");
    onTestFinished(() => rmSync(path.join(dir, "..", "x.txt"), { force: true }));
    const refused = await runCli(["init", path.join(dir, "committees")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty and is not a data directory");
    const again = await runCli(["init", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("is already a data directory");
  });

  it("init --empty makes a data directory with no committees that validates", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "xieshang-empty-"));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = path.join(parent, "d");
    expect((await runCli(["init", "--empty", dir])).code).toBe(0);
    // kept by git: reading passes over dot-files
    expect(readdirSync(path.join(dir, "committees"))).toEqual([".gitkeep"]);
    expect(git(dir, "ls-files", "committees")).toBe("committees/.gitkeep\n");
    const v = JSON.parse((await runCli(["validate", "--json", "--data", dir])).stdout);
    expect(v).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("init writes the JSON Schemas; every record made after starts with a line pointing at its own", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "xieshang-editors-"));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = path.join(parent, "d");
    expect((await runCli(["init", dir])).code).toBe(0);
    expect(readdirSync(path.join(dir, "schemas")).sort()).toEqual([
      "activity.schema.json",
      "calendar.schema.json",
      "committee.schema.json",
      "report.schema.json",
      "settings.schema.json",
      "topic.schema.json",
    ]);
    expect(readFileSync(path.join(dir, "committees", "jj.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schemas/committee.schema.json",
    );
    expect(readFileSync(path.join(dir, "xieshang.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=schemas/settings.schema.json",
    );
    const r = await runCli(
      [
        "topic",
        "propose",
        "--committee",
        "jj",
        "--title",
        "关于测试的对口协商",
        "--departments",
        "fgw",
        "--source",
        "member",
        "--category",
        "policy",
        "--data",
        dir,
      ],
      { today: "2026-10-01" },
    );
    expect(r.code, r.stderr).toBe(0);
    const topic = readFileSync(path.join(dir, "topics", "2027", "2027-jj-01.yaml"), "utf8");
    expect(topic.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/topic.schema.json",
    );
    expect(topic.split("\n")[1]).toBe("id: 2027-jj-01");
    const v = JSON.parse(
      (await runCli(["validate", "--json", "--data", dir], { today: "2026-10-01" })).stdout,
    );
    expect(v.errors).toBe(0);
  });

  it("the pre-commit hook lists errors and counts warnings in one line (validate --brief)", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "xieshang-hook-"));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = path.join(parent, "d");
    await runCli(["init", dir]);
    const hook = readFileSync(path.join(dir, ".git", "hooks", "pre-commit"), "utf8");
    expect(hook).toContain("validate --brief --no-input");
    const brief = await runCli(["validate", "--brief", "--data", dir], { lang: "en" });
    expect(brief.code).toBe(0);
    // the bundled 一览表 has liaison warnings: one line says how many, none is listed
    expect(brief.stdout.trim().split("\n")).toHaveLength(2);
    expect(brief.stdout).toMatch(/0 error\(s\), \d+ warning\(s\)/);
  });
});

describe("the git seams of a data directory", () => {
  const setUp = async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "xieshang-seams-"));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = path.join(parent, "d");
    expect((await runCli(["init", dir])).code).toBe(0);
    return dir;
  };

  it("init writes a .gitignore for the lock, the temporary files, the journal and the cache", async () => {
    const dir = await setUp();
    const ignore = readFileSync(path.join(dir, ".gitignore"), "utf8");
    for (const name of [".xieshang.lock", ".xs-topic.yaml.1.a.tmp", ".xieshang.journal"])
      writeFileSync(path.join(dir, name), "x");
    expect(ignore).toContain(".xieshang.lock*");
    git(dir, "add", "-A");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("refusals of topic propose and the moves (table)", () => {
  const PROPOSE = [
    "topic",
    "propose",
    "--title",
    "关于…的对口协商",
    "--source",
    "member",
    "--category",
    "policy",
  ];
  refusals(
    [path.join(FIXTURES, "valid")],
    [
      {
        name: "an unknown committee",
        args: [...PROPOSE, "--committee", "zz", "--departments", "fgw"],
        code: 2,
        says: ["unknown committee: zz"],
      },
      {
        name: "an unknown department",
        args: [...PROPOSE, "--committee", "jj", "--departments", "nope"],
        code: 2,
        says: ["unknown department: nope"],
      },
      {
        name: "another committee's department, not invited (Art. 4)",
        args: [...PROPOSE, "--committee", "jj", "--departments", "slj"],
        code: 1,
        says: ["[counterpart]", "nothing was written"],
      },
      {
        name: "a bad --source",
        args: [...PROPOSE, "--committee", "jj", "--departments", "fgw", "--source", "nope"],
        code: 2,
        says: ["--source: nope is not one of leader"],
      },
      {
        name: "a bad --schedule",
        args: [...PROPOSE, "--committee", "jj", "--departments", "fgw", "--schedule", "2027-13"],
        code: 2,
        says: ["--schedule: 2027-13"],
      },
      {
        name: "a bad --year",
        args: [...PROPOSE, "--committee", "jj", "--departments", "fgw", "--year", "27"],
        code: 2,
        says: ["--year: 27"],
      },
      {
        name: "a bad --on",
        args: [...PROPOSE, "--committee", "jj", "--departments", "fgw", "--on", "2027-02-30"],
        code: 2,
        says: ["--on: 2027-02-30 is not a date"],
      },
      {
        name: "missing values without a terminal",
        args: ["topic", "propose", "--committee", "jj", "--title", "t"],
        code: 2,
        says: ["missing --departments, --source, --category"],
      },
      {
        name: "a move back",
        args: ["topic", "shortlist", "2027-jj-01"],
        code: 1,
        says: [
          "2027-jj-01 is confirmed; it cannot be shortlisted now",
          "next step: xieshang topic conclude 2027-jj-01",
        ],
      },
      {
        name: "an unknown topic",
        args: ["topic", "confirm", "2027-jj-09"],
        code: 2,
        says: ["unknown topic: 2027-jj-09"],
      },
      {
        name: "an id that is a path",
        args: ["topic", "confirm", "../x"],
        code: 2,
        says: ['ID is "../x", which is not a topic id'],
      },
      {
        name: "a withdrawal without reason, without a terminal",
        args: ["topic", "withdraw", "2027-jj-01"],
        code: 2,
        says: ["missing --reason"],
      },
      {
        name: "a step dated before the one before it",
        args: ["topic", "conclude", "2027-jj-01", "--on", "2027-02-01"],
        code: 1,
        says: ["[lifecycle]"],
      },
    ],
  );
});
