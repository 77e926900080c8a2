// `topic propose` on a real terminal: tmux gives the built CLI a pseudo-terminal, the
// test answers each prompt as a clerk would, and the file written must equal the one
// the same answers give as flags. Skipped, saying so, where tmux is not installed — except
// in CI (CI=true), where .ci/run installs it and its absence fails the run.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { installed } from "../helpers/paths.js";
import { FIXTURES, ROOT, runCli, scratch } from "../helpers/run.js";

const hasTmux = installed("tmux");

const BIN = path.join(ROOT, "bin", "xieshang.js");

if (!hasTmux && !process.env.CI)
  console.warn("interactive.test.ts: skipped — tmux is not installed (apt-get install tmux)");

function tmux(...args: string[]) {
  return execFileSync("tmux", args, { encoding: "utf8" });
}

async function waitFor(session: string, text: string | RegExp, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  let screen = "";
  while (Date.now() < end) {
    screen = tmux("capture-pane", "-p", "-t", session, "-S", "-60");
    if (typeof text === "string" ? screen.includes(text) : text.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${text}; screen:\n${screen}`);
}

function keys(session: string, ...k: string[]) {
  tmux("send-keys", "-t", session, ...k);
}

function startSession(
  dir: string,
  exitFile: string,
  args = ["topic", "propose"],
  env = "XIESHANG_TODAY=2027-01-05 XIESHANG_LANG=en",
): string {
  const session = `xs${process.pid}${Math.random().toString(36).slice(2, 6)}`;
  const quoted = args.map((a) => `'${a}'`).join(" ");
  const command = `cd '${dir}' && env ${env} NO_COLOR=1 '${process.execPath}' '${BIN}' ${quoted}; echo $? > '${exitFile}'`;
  tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command);
  onTestFinished(() => {
    try {
      tmux("kill-session", "-t", session);
    } catch {
      // already gone
    }
  });
  return session;
}

async function exitCode(exitFile: string): Promise<number> {
  const end = Date.now() + 10_000;
  while (!existsSync(exitFile) || readFileSync(exitFile, "utf8").trim() === "") {
    if (Date.now() > end) throw new Error("the CLI did not exit");
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number(readFileSync(exitFile, "utf8").trim());
}

describe.skipIf(!hasTmux && !process.env.CI)("topic propose on a terminal", () => {
  it("asks for each value, and writes the same file as the flags would", async () => {
    const asked = { dir: scratch(path.join(FIXTURES, "valid")) };
    const flagged = { dir: scratch(path.join(FIXTURES, "valid")) };
    const exitFile = path.join(asked.dir, ".exit");
    const s = startSession(asked.dir, exitFile);

    await waitFor(s, "Topic title");
    keys(s, "-l", "关于防范化解债务风险的对口协商");
    keys(s, "Enter");
    await waitFor(s, "Leading committee");
    keys(s, "Down", "Enter"); // bgs, [jj], nm
    await waitFor(s, "Counterpart departments");
    keys(s, "Down", "Space", "Enter"); // fgw, [czj]
    await waitFor(s, "Invite departments outside");
    keys(s, "y", "Enter");
    await waitFor(s, "Invited departments");
    keys(s, "Down", "Space", "Enter"); // swb, [slj], nmcj
    await waitFor(s, "Source of the topic");
    keys(s, "Down", "Down", "Enter"); // leader, department, [member]
    await waitFor(s, "Proposed by");
    keys(s, "-l", "委员甲");
    keys(s, "Enter");
    await waitFor(s, "Area of consultation");
    keys(s, "Down", "Down", "Down", "Enter"); // policy, decision, planning, [resources]
    await waitFor(s, "Planned forms");
    keys(s, "Down", "Down", "Down", "Down", "Space", "Down", "Space", "Enter"); // [research], [consultation]
    await waitFor(s, "Schedule");
    keys(s, "-l", "2027-Q3");
    keys(s, "Enter");
    await waitFor(s, "Proposed on");
    keys(s, "Enter"); // today, the default
    const screen = await waitFor(s, "Write this record?");
    expect(screen).toContain("departments: 财政局");
    expect(screen).toContain("invited: 市水利局");
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);

    const flags = await runCli(
      [
        "topic",
        "propose",
        "--title",
        "关于防范化解债务风险的对口协商",
        "--committee",
        "jj",
        "--departments",
        "czj",
        "--invited",
        "slj",
        "--source",
        "member",
        "--proposer",
        "委员甲",
        "--category",
        "resources",
        "--forms",
        "research,consultation",
        "--schedule",
        "2027-Q3",
        "--data",
        flagged.dir,
      ],
      { today: "2027-01-05" },
    );
    expect(flags.code).toBe(0);
    const file = "topics/2027/2027-jj-02.yaml";
    expect(readFileSync(path.join(asked.dir, file), "utf8")).toBe(
      readFileSync(path.join(flagged.dir, file), "utf8"),
    );
  });

  it("Ctrl-C writes nothing and exits 130", async () => {
    const asked = { dir: scratch(path.join(FIXTURES, "valid")) };
    const exitFile = path.join(asked.dir, ".exit");
    const s = startSession(asked.dir, exitFile);
    await waitFor(s, "Topic title");
    keys(s, "-l", "半途而废");
    keys(s, "C-c");
    expect(await exitCode(exitFile)).toBe(130);
    expect(existsSync(path.join(asked.dir, "topics/2027/2027-jj-02.yaml"))).toBe(false);
  });
});

/** The same command with flags, in a copy of the same data: the file it writes. */
async function flagged(args: string[], today: string, file: string): Promise<string> {
  const dir = scratch(path.join(FIXTURES, "valid"));
  const r = await runCli([...args, "--data", dir], { today, lang: "zh" });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(path.join(dir, file), "utf8");
}

describe.skipIf(!hasTmux && !process.env.CI)("a clerk's prompts in Chinese, on a terminal", () => {
  const ZH = (today: string) => `XIESHANG_TODAY=${today} XIESHANG_LANG=zh`;

  it("topic withdraw asks for the reason and uses it", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const exitFile = path.join(dir, ".exit");
    const s = startSession(dir, exitFile, ["topic", "withdraw", "2027-jj-01"], ZH("2027-06-20"));
    await waitFor(s, "理由");
    keys(s, "-l", "并入重点提案督办");
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);
    const file = "topics/2027/2027-jj-01.yaml";
    expect(readFileSync(path.join(dir, file), "utf8")).toBe(
      await flagged(
        ["topic", "withdraw", "2027-jj-01", "--reason", "并入重点提案督办"],
        "2027-06-20",
        file,
      ),
    );
  });

  it("meeting record asks every value a rule checks, in Chinese, and writes what the flags write", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const exitFile = path.join(dir, ".exit");
    const s = startSession(dir, exitFile, ["meeting", "record"], ZH("2027-06-20"));
    const hints = await waitFor(s, "协商形式（第7–12条）");
    expect(hints).toContain("移动 • ⏎ 选择");
    expect(hints).not.toMatch(/navigate|select/);
    keys(s, "Down", "Down", "Down", "Down", "Down", "Enter"); // … [consultation]
    await waitFor(s, "牵头专委会");
    keys(s, "Down", "Enter"); // bgs, [jj], nm
    await waitFor(s, "（已确定）"); // the topic picker shows each topic's status
    keys(s, "Enter");
    await waitFor(s, "活动名称");
    keys(s, "-l", "优化营商环境对口协商会");
    keys(s, "Enter");
    await waitFor(s, "? 日期");
    keys(s, "Enter"); // today
    const depts = await waitFor(s, "参加的部门");
    expect(depts).toContain("空格 选择");
    keys(s, "Enter"); // the topic's departments, ticked
    await waitFor(s, "地点");
    keys(s, "-l", "康巴什区");
    keys(s, "Enter");
    await waitFor(s, "出席的市政协领导");
    keys(s, "Space", "Enter"); // [wang-vc]
    await waitFor(s, "出席的部门负责同志");
    keys(s, "-l", "张某（市发改委主任）");
    keys(s, "Enter");
    await waitFor(s, "出席的委员");
    keys(s, "Enter");
    await waitFor(s, "智库成员");
    keys(s, "Enter");
    await waitFor(s, "第 1 条意见建议");
    keys(s, "-l", "建立涉企检查统筹机制——委员甲");
    keys(s, "Enter");
    await waitFor(s, "第 2 条意见建议");
    keys(s, "Enter");
    const summary = await waitFor(s, "确认写入？");
    expect(summary).toContain("市政协领导：王某某");
    expect(summary).toContain("对口部门：市发改委、财政局");
    expect(summary).toMatch(/\(是\/否\)|是\/否/);
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);
    const file = "activities/2027/2027-06-20-jj-1.yaml";
    expect(readFileSync(path.join(dir, file), "utf8")).toBe(
      await flagged(
        [
          "meeting",
          "record",
          "--type",
          "consultation",
          "--committee",
          "jj",
          "--topic",
          "2027-jj-01",
          "--title",
          "优化营商环境对口协商会",
          "--departments",
          "fgw,czj",
          "--location",
          "康巴什区",
          "--leaders",
          "wang-vc",
          "--heads",
          "张某（市发改委主任）",
          "--opinion",
          "建立涉企检查统筹机制——委员甲",
        ],
        "2027-06-20",
        file,
      ),
    );
  });

  it("with the needed flags given, it still asks the leaders and heads of a consultation (Art. 12)", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const exitFile = path.join(dir, ".exit");
    const s = startSession(
      dir,
      exitFile,
      ["meeting", "record", "--type", "consultation", "--topic", "2027-jj-01", "--title", "协商会"],
      ZH("2027-06-20"),
    );
    await waitFor(s, "出席的市政协领导");
    keys(s, "Space", "Enter");
    await waitFor(s, "出席的部门负责同志");
    keys(s, "-l", "张某（市发改委主任）");
    keys(s, "Enter");
    await waitFor(s, "确认写入？");
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);
    const text = readFileSync(path.join(dir, "activities/2027/2027-06-20-jj-1.yaml"), "utf8");
    expect(text).toContain("cppcc_leaders: [wang-vc]");
    expect(text).toContain("department_heads: [张某（市发改委主任）]");
  });

  it("reply record asks the date, the doc number, a summary and the category, then confirms", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const exitFile = path.join(dir, ".exit");
    const s = startSession(dir, exitFile, ["reply", "record", "2027-jj-r01"], ZH("2027-08-20"));
    await waitFor(s, "答复的部门");
    keys(s, "Enter"); // czj, the only one still owing
    await waitFor(s, "收到日期");
    keys(s, "Enter"); // today
    await waitFor(s, "答复文件的文号");
    keys(s, "-l", "测财函〔2027〕5号");
    keys(s, "Enter");
    await waitFor(s, "答复要点");
    keys(s, "-l", "已会同测算");
    keys(s, "Enter");
    await waitFor(s, "答复类别");
    keys(s, "Down", "Down", "Enter"); // none, A, [B]
    const summary = await waitFor(s, "确认写入？");
    expect(summary).toContain("文号：测财函〔2027〕5号");
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);
    const file = "reports/2027/2027-jj-r01.yaml";
    expect(readFileSync(path.join(dir, file), "utf8")).toBe(
      await flagged(
        [
          "reply",
          "record",
          "2027-jj-r01",
          "--from",
          "czj",
          "--doc-no",
          "测财函〔2027〕5号",
          "--summary",
          "已会同测算",
          "--category",
          "B",
        ],
        "2027-08-20",
        file,
      ),
    );
  });
});
