// Art. 7–14: activities, the outcome report drafted from a template, sign-off, issue with
// a doc number and a due date, and the departments' written replies.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refusals } from "../helpers/refusals.js";
import { FIXTURES, ROOT, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const GOLDEN = path.join(FIXTURES, "golden");

/** The valid fixture with calendars for 2027, as a data directory of the test. */
function data(): string {
  const dir = scratch(VALID);
  mkdirSync(path.join(dir, "calendar"));
  cpSync(path.join(FIXTURES, "calendars", "2027.yaml"), path.join(dir, "calendar", "2027.yaml"));
  return dir;
}

const cli = (dir: string, today: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today });

async function research(dir: string) {
  return cli(
    dir,
    "2027-04-20",
    "meeting",
    "record",
    "--type",
    "调查研究",
    "--topic",
    "2027-jj-01",
    "--date",
    "2027-04-16",
    "--title",
    "营商环境专题调研",
    "--location",
    "康巴什区政务服务中心",
    "--members",
    "委员甲,委员乙",
    "--opinion",
    "企业反映同一事项多头检查——委员丙",
  );
}

async function consultation(dir: string) {
  return cli(
    dir,
    "2027-05-21",
    "meeting",
    "record",
    "--type",
    "consultation",
    "--topic",
    "2027-jj-01",
    "--date",
    "2027-05-20",
    "--title",
    "优化营商环境对口协商会",
    "--leaders",
    "王某某",
    "--heads",
    "张某（市发改委主任）,李某（市财政局局长）",
    "--experts",
    "市委党校教授",
    "--opinion",
    "建立涉企检查统筹机制，年度检查计划统一公布——委员甲",
    "--opinion",
    "推行首次轻微违法免罚清单——委员乙",
    "--opinion",
    "把营商环境评价结果纳入部门年度考核",
  );
}

/** The clerk writes what the template left to fill in (【请填写：…】) in the drafted .md. */
function fillIn(dir: string, id: string) {
  const file = path.join(dir, "reports", id.slice(0, 4), `${id}.md`);
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace(/^【请填写：主送单位】/m, "财政局")
      .replace(/【请填写：[^】]*】/g, "部分部门涉企检查多头、重复，企业负担较重。"),
  );
}

describe("a clerk's year: topic → activities → report → sign → issue → replies", () => {
  it("gives each recipient its state, and the drafted .md holds every opinion and the doc number", async () => {
    const dir = data();
    expect((await research(dir)).stdout).toBe("created activities/2027/2027-04-16-jj-1.yaml\n");
    const meeting = await consultation(dir);
    expect(meeting).toMatchObject({
      code: 0,
      stdout: "created activities/2027/2027-05-20-jj-1.yaml\n",
    });

    const draft = await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01");
    expect(draft.stdout).toBe(
      "created reports/2027/2027-jj-r02.yaml\ncreated reports/2027/2027-jj-r02.md\n",
    );
    // the template's fill-in stops the signature until it is written
    const early = await cli(dir, "2027-06-05", "report", "sign", "2027-jj-r02", "--by", "wang-vc");
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("reports/2027/2027-jj-r02.md:23: text left to fill in");
    fillIn(dir, "2027-jj-r02");
    expect(
      (await cli(dir, "2027-06-05", "report", "sign", "2027-jj-r02", "--by", "wang-vc")).code,
    ).toBe(0);
    // fgw and czj are counterparts; slj is invited (not a counterpart of jj)
    const issue = await cli(
      dir,
      "2027-06-08",
      "report",
      "issue",
      "2027-jj-r02",
      "--to",
      "fgw,czj,市水利局",
      "--leaders",
      "市长,常务副市长",
    );
    expect(issue).toMatchObject({
      code: 0,
      stdout:
        "updated reports/2027/2027-jj-r02.yaml\nupdated reports/2027/2027-jj-r02.md\n" +
        "created reports/2027/2027-jj-r02.docx\n" +
        "issued 2027-jj-r02: 测政协经〔2027〕2号, to 市发改委、财政局、市水利局; written reply due 2027-07-08\n",
    });

    expect(
      (
        await cli(
          dir,
          "2027-07-02",
          "reply",
          "record",
          "2027-jj-r02",
          "--from",
          "fgw",
          "--on",
          "2027-07-01",
          "--doc-no",
          "鄂发改函〔2027〕88号",
          "--category",
          "B",
          "--summary",
          "已制定涉企检查统筹办法",
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await cli(
          dir,
          "2027-07-12",
          "reply",
          "record",
          "2027-jj-r02",
          "--from",
          "财政局",
          "--on",
          "2027-07-12",
          "--doc-no",
          "鄂财函〔2027〕12号",
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await cli(
          dir,
          "2027-07-05",
          "reply",
          "extend",
          "2027-jj-r02",
          "--dept",
          "slj",
          "--until",
          "2027-08-15",
          "--reason",
          "需会同测算",
          "--on",
          "2027-07-05",
        )
      ).code,
    ).toBe(0);

    const show = JSON.parse(
      (await cli(dir, "2027-07-20", "report", "show", "2027-jj-r02", "--json")).stdout,
    );
    expect(show.report).toMatchObject({
      status: "issued",
      doc_no: "测政协经〔2027〕2号",
      issued_on: "2027-06-08",
      reply_due: "2027-07-08",
      to_leaders: ["市长", "常务副市长"],
      to_departments: ["fgw", "czj", "slj"],
    });
    expect(show.recipients).toEqual([
      { department: "fgw", state: "on_time", due: "2027-07-08", received_on: "2027-07-01" },
      {
        department: "czj",
        state: "late",
        due: "2027-07-08",
        received_on: "2027-07-12",
        days_late: 4,
      },
      // the extension runs to Sunday 08-15: the legal deadline is the Monday (Art. 203)
      { department: "slj", state: "extended", due: "2027-08-16", due_recorded: "2027-08-15" },
    ]);
    expect(show.due).toMatchObject({
      rule: "30d",
      due: "2027-07-08",
      holidays: [],
      workdays: [],
      missingCalendars: [],
    });

    // a month later the extension has passed too
    const later = JSON.parse(
      (await cli(dir, "2027-08-20", "report", "show", "2027-jj-r02", "--json")).stdout,
    );
    expect(later.recipients[2]).toEqual({
      department: "slj",
      state: "overdue",
      due: "2027-08-16",
      due_recorded: "2027-08-15",
      days_late: 4,
    });

    const human = await runCli(["report", "show", "2027-jj-r02", "--data", dir], {
      today: "2027-07-20",
      lang: "zh",
    });
    expect(human.stdout).toContain(
      "  2027-07-08：印发（2027-06-08）后第 30 个自然日（reply_within 30d）\n",
    );
    expect(human.stdout).toContain(
      "市发改委 (fgw)\t按期答复\t2027-07-08\t2027-07-01\t鄂发改函〔2027〕88号\t—",
    );
    expect(human.stdout).toContain("财政局 (czj)\t逾期 4 天答复");
    expect(human.stdout).toContain("市水利局 (slj)\t已延期至 2027-08-15");

    const md = readFileSync(path.join(dir, "reports/2027/2027-jj-r02.md"), "utf8");
    // the committee's opinions: no personal attribution, each a sentence; what the 调研
    // found is a problem (二), apart from the suggestions (三), each said once, by theme
    // (its own （一）), never grouped by meeting and date
    expect(md).toContain("调研中了解到：企业反映同一事项多头检查。");
    for (const opinion of [
      "\n（一）建立涉企检查统筹机制，年度检查计划统一公布。\n",
      "\n（二）推行首次轻微违法免罚清单。\n",
      "\n（三）把营商环境评价结果纳入部门年度考核。\n",
    ]) {
      expect(md).toContain(opinion);
    }
    expect(md).not.toMatch(/（委员[甲乙丙]）|委员委员|协商内容属|议题来源为|报告如下/);
    expect(md).toContain("\n测政协经〔2027〕2号\n");
    expect(md).not.toContain("文号待印发时填写");
    // 主送 follows the recipients issued to, by full name where recorded
    expect(md).toContain("\n鄂尔多斯市发展和改革委员会、财政局、市水利局：\n");
    // leaders with their post; the reply deadline; 署名 and 成文日期 = the date signed
    expect(md).toContain("。市政协副主席王某某出席，");
    expect(md).toContain("\n请于2027年7月8日前将办理情况书面答复市政协经济委员会。\n");
    expect(md.trimEnd().endsWith("\n测试市政协\n\n2027年6月5日")).toBe(true);
    expect(md).not.toMatch(/【请填写|待签发时填写|待印发时填写/);

    const v = JSON.parse((await cli(dir, "2027-07-20", "validate", "--json")).stdout);
    expect(v).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe("the drafted outcome report", () => {
  it("matches the golden file (built-in template)", async () => {
    const dir = data();
    await research(dir);
    await consultation(dir);
    const r = await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01", "--on", "2027-06-01");
    expect(r.code).toBe(0);
    await expect(
      readFileSync(path.join(dir, "reports/2027/2027-jj-r02.md"), "utf8"),
    ).toMatchFileSnapshot(path.join(GOLDEN, "outcome-report.md"));
    expect(readFileSync(path.join(dir, "reports/2027/2027-jj-r02.yaml"), "utf8")).toBe(
      "id: 2027-jj-r02\nkind: outcome\ncommittee: jj\ntopic: 2027-jj-01\ntitle: 关于优化营商环境的协商意见\nstatus: draft\ndrafted_on: 2027-06-01\n",
    );
  });

  it("uses the data directory's own template (golden)", async () => {
    const dir = data();
    await consultation(dir);
    mkdirSync(path.join(dir, "templates"));
    cpSync(
      path.join(GOLDEN, "override.md.hbs"),
      path.join(dir, "templates", "outcome-report.md.hbs"),
    );
    await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01");
    await expect(
      readFileSync(path.join(dir, "reports/2027/2027-jj-r02.md"), "utf8"),
    ).toMatchFileSnapshot(path.join(GOLDEN, "override.md"));
  });

  it("a template naming a missing field fails with the template's file and line, and writes nothing", async () => {
    const dir = data();
    mkdirSync(path.join(dir, "templates"));
    writeFileSync(
      path.join(dir, "templates", "outcome-report.md.hbs"),
      "# {{report.title}}\n\n主送：{{depts topic.departments}}\n{{report.secret_field}}\n",
    );
    const r = await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'xieshang: template templates/outcome-report.md.hbs:4:3: "secret_field" not defined in [object Object]\n  correct the template (the fields each template sees are listed in docs/templates.md)\n  nothing was written\n',
    );
    expect(readdirSync(path.join(dir, "reports/2027"))).toEqual(["2027-jj-r01.yaml"]);
  });

  it("a template that does not compile names its line", async () => {
    const dir = data();
    mkdirSync(path.join(dir, "templates"));
    writeFileSync(
      path.join(dir, "templates", "outcome-report.md.hbs"),
      "# {{report.title}}\n{{#each activities}}\n{{/if}}\n",
    );
    const r = await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^xieshang: template templates\/outcome-report\.md\.hbs:2:\d+: each doesn't match if/,
    );
  });

  it("research papers take --committee and --title, and get the skeleton of a document to write", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-06-01",
      "report",
      "draft",
      "--kind",
      "research",
      "--committee",
      "经济委员会",
      "--title",
      "关于民营企业融资情况的调研报告",
    );
    expect(r.stdout).toBe(
      "created reports/2027/2027-jj-r02.yaml\ncreated reports/2027/2027-jj-r02.md\n",
    );
    const md = readFileSync(path.join(dir, "reports/2027/2027-jj-r02.md"), "utf8");
    expect(md).toContain("\n# 关于民营企业融资情况的调研报告\n");
    expect(md).toContain("【请填写：调研考察报告所涉及的基本情况】");
    expect(md).toContain("\n市政协经济委员会\n");
    // it is not signed as it stands
    const sign = await cli(dir, "2027-06-05", "report", "sign", "2027-jj-r02", "--by", "wang-vc");
    expect(sign.code).toBe(1);
    expect(sign.stderr).toContain("text left to fill in");
    const missing = await cli(dir, "2027-06-01", "report", "draft", "--kind", "research");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "--kind research takes --committee and --title instead of a topic",
    );
  });
});

describe("refusals", () => {
  async function drafted(dir: string) {
    await cli(dir, "2027-06-01", "report", "draft", "2027-jj-01");
    fillIn(dir, "2027-jj-r02");
    return "2027-jj-r02";
  }

  it("sign by someone who may not sign: exit 1, rule signer, nothing written", async () => {
    const dir = data();
    const id = await drafted(dir);
    const before = readFileSync(path.join(dir, `reports/2027/${id}.yaml`), "utf8");
    const r = await cli(dir, "2027-06-05", "report", "sign", id, "--by", "李某某");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "[signer] 李某某 (li-vc) may not sign for 经济委员会: only its vice-chair in charge or a secretary-general signs (Art. 13)",
    );
    expect(readFileSync(path.join(dir, `reports/2027/${id}.yaml`), "utf8")).toBe(before);
    // a secretary-general may sign for any committee
    expect((await cli(dir, "2027-06-05", "report", "sign", id, "--by", "zhou-sg")).code).toBe(0);
  });

  it("issue of an unsigned report: exit 1, with the step to take", async () => {
    const dir = data();
    const id = await drafted(dir);
    const r = await cli(dir, "2027-06-08", "report", "issue", id, "--to", "fgw");
    expect(r).toMatchObject({
      code: 1,
      stderr: `xieshang: ${id} is draft: only a signed report is issued\n  sign it first: xieshang report sign ${id} --by …\n`,
    });
  });

  it("a duplicate doc number is refused by rule duplicate", async () => {
    const dir = data();
    const id = await drafted(dir);
    await cli(dir, "2027-06-05", "report", "sign", id, "--by", "wang-vc");
    const r = await cli(
      dir,
      "2027-06-08",
      "report",
      "issue",
      id,
      "--to",
      "fgw",
      "--doc-no",
      "测政协经[2027]1号",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "[duplicate] the doc number 测政协经〔2027〕1号 is used twice (first at reports/2027/2027-jj-r01.yaml:11)",
    );
    // the next free number, without leading zeros
    const ok = await cli(dir, "2027-06-08", "report", "issue", id, "--to", "fgw", "--json");
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(dir, `reports/2027/${id}.yaml`), "utf8")).toContain(
      "doc_no: 测政协经〔2027〕2号\n",
    );
  });

  it("a reply from a department that was not a recipient, or dated before the issue: exit 1, rule reply", async () => {
    const dir = data();
    const stranger = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "slj",
      "--on",
      "2027-07-10",
      "--doc-no",
      "x",
    );
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain("[reply] slj is not among the report's to_departments");
    const early = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--on",
      "2027-06-01",
      "--doc-no",
      "x",
    );
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(
      "[reply] the reply is dated 2027-06-01, before the report was issued on 2027-06-08",
    );
  });

  it("a second reply from the same department, a chase of a department that replied", async () => {
    const dir = data();
    const again = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "fgw",
      "--on",
      "2027-07-10",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("a reply from fgw is already recorded (received 2027-07-01)");
    const chase = await cli(
      dir,
      "2027-07-20",
      "reply",
      "chase",
      "2027-jj-r01",
      "--dept",
      "fgw",
      "--method",
      "phone",
    );
    expect(chase.code).toBe(1);
  });

  it("a reply without doc number is written, with the Art. 14 warning", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--on",
      "2027-07-10",
      "--category",
      "A",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "[reply] the reply of czj has no doc number: not shown to be in writing (Art. 14)",
    );
    const bad = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--on",
      "2027-07-10",
      "--category",
      "Z",
    );
    expect(bad.code).toBe(1);
  });

  it("a category key written as a number is accepted", async () => {
    const dir = data();
    const settings = path.join(dir, "xieshang.yaml");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace("  A: 已解决或基本解决", "  1: 已解决或基本解决"),
    );
    const r = await cli(
      dir,
      "2027-07-20",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--on",
      "2027-07-10",
      "--doc-no",
      "x",
      "--category",
      "1",
    );
    expect(r.code).toBe(0);
    const f = path.join(dir, "reports/2027/2027-jj-r01.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace('category: "1"', "category: 1"));
    const v = JSON.parse((await cli(dir, "2027-07-20", "validate", "--json")).stdout);
    expect(v.errors).toBe(0);
  });

  it("a chase is appended, keeping the chases already logged", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-07-20",
      "reply",
      "chase",
      "2027-jj-r01",
      "--dept",
      "财政局",
      "--method",
      "letter",
      "--on",
      "2027-07-20",
      "--note",
      "发催办函",
    );
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, "reports/2027/2027-jj-r01.yaml"), "utf8")).toMatch(
      /chases:\n {2}- \{ department: czj, on: 2027-07-10, method: phone \}\n {2}- \{ department: czj, on: 2027-07-20, method: letter, note: 发催办函 \}\n$/,
    );
  });

  it("an extension must go beyond the current due date", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-07-20",
      "reply",
      "extend",
      "2027-jj-r01",
      "--dept",
      "czj",
      "--until",
      "2027-08-01",
      "--reason",
      "x",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--until 2027-08-01 is not after the current due date 2027-08-15");
  });
});

describe("reply_within", () => {
  it("per report kind, in working days, warning when a year has no calendar", async () => {
    const dir = data();
    const settings = path.join(dir, "xieshang.yaml");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(
        "reply_within: 30d",
        "reply_within: { outcome: 30d, research: 10wd }",
      ),
    );
    await cli(
      dir,
      "2027-12-20",
      "report",
      "draft",
      "--kind",
      "research",
      "--committee",
      "jj",
      "--title",
      "关于年末用工的调研报告",
    );
    fillIn(dir, "2027-jj-r02");
    await cli(dir, "2027-12-20", "report", "sign", "2027-jj-r02", "--by", "wang-vc");
    const r = await cli(dir, "2027-12-22", "report", "issue", "2027-jj-r02", "--to", "czj");
    expect(r.code).toBe(0);
    // 23, 24, 27–31 December (7) · 2028 has no calendar: 3, 4, 5 January (10)
    expect(readFileSync(path.join(dir, "reports/2027/2027-jj-r02.yaml"), "utf8")).toContain(
      "reply_due: 2028-01-05\n",
    );
    expect(r.stderr).toContain("no calendar/2028.yaml: only weekends were counted as days off");
    const show = await runCli(["report", "show", "2027-jj-r02", "--data", dir], {
      today: "2027-12-22",
    });
    expect(show.stdout).toContain(
      "  2028-01-05: 10 working days after the issue on 2027-12-22 (reply_within 10wd)\n  no calendar for 2028: only weekends counted as days off\n",
    );
  });
});

describe("history", () => {
  it("outside a git work tree: exit 3, saying history comes from git", async () => {
    const r = await runCli(["history", "2027-jj-01", "--data", data()]);
    expect(r).toMatchObject({ code: 3 });
    expect(r.stderr).toContain(
      "history is read from git, and the data directory is not in a git work tree",
    );
  });

  it("--json gives each commit's fields changed, newest first", async () => {
    const parent = scratch();
    const dir = path.join(parent, "d");
    await runCli(["init", "--empty", dir]);
    cpSync(path.join(VALID, "committees"), path.join(dir, "committees"), { recursive: true });
    cpSync(path.join(VALID, "xieshang.yaml"), path.join(dir, "xieshang.yaml"));
    // committed, as a clerk's data is: the pre-commit hook checks what is staged
    execFileSync("git", ["add", "."], { cwd: dir });
    execFileSync("git", ["commit", "-qm", "一览表"], { cwd: dir });
    await cli(
      dir,
      "2026-10-01",
      "topic",
      "propose",
      "--committee",
      "jj",
      "--title",
      "关于测试的对口协商",
      "--departments",
      "czj",
      "--source",
      "member",
      "--category",
      "resources",
      "--commit",
    );
    await cli(dir, "2026-12-01", "topic", "shortlist", "2027-jj-01", "--commit");
    const h = JSON.parse((await cli(dir, "2026-12-01", "history", "2027-jj-01", "--json")).stdout);
    expect(h.map((e: { message: string }) => e.message)).toEqual([
      "初选议题 2027-jj-01：关于测试的对口协商",
      "提出议题 2027-jj-01：关于测试的对口协商",
    ]);
    expect(h[0].changes).toEqual([
      { field: "status", from: "proposed", to: "shortlisted" },
      { field: "shortlisted_on", from: null, to: "2026-12-01" },
    ]);
    expect(h[0]).toMatchObject({ author: "Test Clerk" });
  });
});

describe("history of a report, in words", () => {
  it("replies, extensions and chases are said as what happened, in Chinese", async () => {
    const dir = data();
    const git = (...a: string[]) => execFileSync("git", a, { cwd: dir });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "记录");
    const zh = (today: string, ...a: string[]) =>
      runCli([...a, "--data", dir, "--commit"], { today, lang: "zh" });
    await zh(
      "2027-08-20",
      "reply",
      "extend",
      "2027-jj-r01",
      "--dept",
      "czj",
      "--until",
      "2027-09-15",
      "--reason",
      "需会同测算",
      "--on",
      "2027-08-20",
    );
    await zh(
      "2027-09-20",
      "reply",
      "chase",
      "2027-jj-r01",
      "--dept",
      "czj",
      "--method",
      "letter",
      "--note",
      "发催办函",
    );
    await zh(
      "2027-09-25",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--on",
      "2027-09-25",
      "--doc-no",
      "测财函〔2027〕9号",
    );
    const h = await runCli(["history", "2027-jj-r01", "--data", dir, "--no-color"], { lang: "zh" });
    expect(h.code, h.stderr).toBe(0);
    expect(h.stdout).toContain("    czj 2027-09-25 答复 测财函〔2027〕9号\n");
    expect(h.stdout).toContain("    czj 2027-09-20 发函催办：发催办函\n");
    expect(h.stdout).toContain("    czj 延期至 2027-09-15（2027-08-20 同意，需会同测算）\n");
    expect(h.stdout).not.toMatch(/\{…\}|replies:/);
  });
});

describe("missing values without a terminal", () => {
  it("report sign, reply record, extend and chase, topic withdraw name every missing flag (exit 2)", async () => {
    const dir = data();
    const cases: [string[], string][] = [
      [["report", "sign", "2027-jj-r01"], "missing --by"],
      [["reply", "record", "2027-jj-r01"], "missing --from"],
      [["reply", "extend", "2027-jj-r01"], "missing --dept, --until, --reason"],
      [["reply", "chase", "2027-jj-r01", "--dept", "czj"], "missing --method"],
      [["topic", "withdraw", "2027-jj-01"], "missing --reason"],
    ];
    for (const [args, text] of cases) {
      const r = await cli(dir, "2027-07-20", ...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(text);
    }
  });

  it("reply record dates the reply today when --on is not given", async () => {
    const dir = data();
    expect(
      (
        await cli(
          dir,
          "2027-07-20",
          "reply",
          "record",
          "2027-jj-r01",
          "--from",
          "czj",
          "--doc-no",
          "x",
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(path.join(dir, "reports/2027/2027-jj-r01.yaml"), "utf8")).toContain(
      "  czj:\n    received_on: 2027-07-20\n",
    );
  });

  it("--method takes the Chinese name", async () => {
    const dir = data();
    expect(
      (
        await cli(
          dir,
          "2027-07-20",
          "reply",
          "chase",
          "2027-jj-r01",
          "--dept",
          "czj",
          "--method",
          "发函",
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(path.join(dir, "reports/2027/2027-jj-r01.yaml"), "utf8")).toContain(
      "method: letter }\n",
    );
  });
});

describe("meeting record", () => {
  it("writes a consultation without leaders or heads, with the Art. 12 warnings", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-06-21",
      "meeting",
      "record",
      "--type",
      "consultation",
      "--topic",
      "2027-jj-01",
      "--date",
      "2027-06-20",
      "--title",
      "第二次协商会",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "[meeting-participants] consultation meeting with no CPPCC leader and no department head recorded (Art. 12)",
    );
    const heads = await cli(
      dir,
      "2027-06-22",
      "meeting",
      "record",
      "--type",
      "consultation",
      "--topic",
      "2027-jj-01",
      "--date",
      "2027-06-21",
      "--title",
      "第三次协商会",
      "--heads",
      "张某",
    );
    expect(heads.stderr).toContain(
      "[meeting-participants] consultation meeting with no CPPCC leader recorded (Art. 12)",
    );
  });

  it("takes the departments of its topic, and refuses a department that is not a counterpart", async () => {
    const dir = data();
    await cli(
      dir,
      "2027-04-20",
      "meeting",
      "record",
      "--type",
      "briefing",
      "--topic",
      "2027-jj-01",
      "--date",
      "2027-04-18",
      "--title",
      "情况通报",
    );
    expect(readFileSync(path.join(dir, "activities/2027/2027-04-18-jj-1.yaml"), "utf8")).toBe(
      "id: 2027-04-18-jj-1\ndate: 2027-04-18\ntype: briefing\ncommittee: jj\ntopic: 2027-jj-01\ndepartments: [fgw, czj]\ntitle: 情况通报\n",
    );
    const r = await cli(
      dir,
      "2027-04-20",
      "meeting",
      "record",
      "--type",
      "attend",
      "--committee",
      "jj",
      "--departments",
      "slj",
      "--title",
      "列席",
      "--date",
      "2027-04-19",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[counterpart]");
  });

  it("research without --topic names the missing flag (exit 2)", async () => {
    const dir = data();
    const r = await cli(
      dir,
      "2027-04-20",
      "meeting",
      "record",
      "--type",
      "research",
      "--committee",
      "jj",
      "--title",
      "调研",
    );
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toContain("missing --topic");
  });

  it("lists activities with their opinions", async () => {
    const dir = data();
    await consultation(dir);
    const r = await cli(dir, "2027-06-01", "meeting", "list", "--topic", "2027-jj-01");
    expect(r.stdout).toBe(
      "2027-05-12-jj-1\tconsultation meeting\t优化营商环境对口协商会\t2027-jj-01\t1\n2027-05-20-jj-1\tconsultation meeting\t优化营商环境对口协商会\t2027-jj-01\t3\n",
    );
  });
});

it("the built-in templates named in docs/templates.md exist", () => {
  for (const name of ["outcome-report.md.hbs", "reminder.md.hbs", "annual-plan.md.hbs"]) {
    expect(existsSync(path.join(ROOT, "templates", name)), name).toBe(true);
  }
});

describe("refusals of meeting record (table)", () => {
  refusals(
    [VALID],
    [
      {
        name: "research without its topic, without a terminal",
        args: ["meeting", "record", "--type", "research", "--committee", "jj", "--title", "t"],
        code: 2,
        says: ["missing --topic"],
      },
      {
        name: "a bad --type",
        args: ["meeting", "record", "--type", "nope", "--committee", "jj", "--title", "t"],
        code: 2,
        says: ["--type: nope is not one of"],
      },
      {
        name: "another committee's department (Art. 4)",
        args: [
          "meeting",
          "record",
          "--type",
          "attend",
          "--committee",
          "jj",
          "--title",
          "t",
          "--departments",
          "slj",
        ],
        code: 1,
        says: ["[counterpart]"],
      },
      {
        name: "an unknown topic",
        args: ["meeting", "record", "--type", "research", "--topic", "2027-jj-09", "--title", "t"],
        code: 2,
        says: ["unknown topic: 2027-jj-09"],
      },
      {
        name: "a topic id that is a path",
        args: ["meeting", "record", "--type", "research", "--topic", "../x", "--title", "t"],
        code: 2,
        says: ['--topic is "../x"'],
      },
      {
        name: "an unknown leader",
        args: [
          "meeting",
          "record",
          "--type",
          "attend",
          "--committee",
          "jj",
          "--title",
          "t",
          "--leaders",
          "nobody",
        ],
        code: 2,
        says: ["unknown person: nobody"],
      },
      {
        name: "a bad --date",
        args: [
          "meeting",
          "record",
          "--type",
          "attend",
          "--committee",
          "jj",
          "--title",
          "t",
          "--date",
          "2027-13-01",
        ],
        code: 2,
        says: ["--date: 2027-13-01 is not a date"],
      },
    ],
  );
});

describe("refusals of report draft, sign and issue (table)", () => {
  refusals(
    [VALID, path.join(FIXTURES, "draft")],
    [
      {
        name: "draft of an unknown topic",
        args: ["report", "draft", "2027-jj-09"],
        code: 2,
        says: ["unknown topic: 2027-jj-09"],
      },
      {
        name: "draft of an id that is a path",
        args: ["report", "draft", "../x"],
        code: 2,
        says: ['TOPIC-ID is "../x"'],
      },
      {
        name: "a research report without its title",
        args: ["report", "draft", "--kind", "research", "--committee", "jj"],
        code: 2,
        says: ["--kind research takes --committee and --title"],
      },
      {
        name: "a template name that is a path",
        args: ["report", "draft", "2027-jj-01", "--template", "../x"],
        code: 2,
        says: ["--template: ../x"],
      },
      {
        name: "a bad --kind",
        args: ["report", "draft", "2027-jj-01", "--kind", "nope"],
        code: 2,
        says: ["--kind: nope is not one of outcome"],
      },
      {
        name: "sign what is issued",
        args: ["report", "sign", "2027-jj-r01", "--by", "wang-vc"],
        code: 1,
        says: ["2027-jj-r01 is issued: only a draft is signed"],
      },
      {
        name: "sign an unknown report",
        args: ["report", "sign", "2027-jj-r09", "--by", "wang-vc"],
        code: 2,
        says: ["unknown report: 2027-jj-r09"],
      },
      {
        name: "sign by an unknown person",
        args: ["report", "sign", "2027-jj-r02", "--by", "nobody"],
        code: 2,
        says: ["unknown person: nobody"],
      },
      {
        name: "sign by one who may not (Art. 13)",
        args: ["report", "sign", "2027-jj-r02", "--by", "li-vc"],
        code: 1,
        says: ["[signer]"],
      },
      {
        name: "sign without a signer, without a terminal",
        args: ["report", "sign", "2027-jj-r02"],
        code: 2,
        says: ["missing --by"],
      },
      {
        name: "issue what is issued",
        args: ["report", "issue", "2027-jj-r01"],
        code: 1,
        says: ["only a signed report is issued"],
      },
      {
        name: "issue a draft",
        args: ["report", "issue", "2027-jj-r02", "--to", "fgw"],
        code: 1,
        says: ["2027-jj-r02 is draft: only a signed report is issued", "sign it first"],
      },
      {
        name: "issue to an unknown department",
        args: ["report", "issue", "2027-jj-r01", "--to", "nope"],
        code: 2,
        says: ["unknown department: nope"],
      },
    ],
  );
});

describe("refusals of reply record, extend and chase (table)", () => {
  refusals(
    [VALID, path.join(FIXTURES, "draft")],
    [
      {
        name: "a second reply of a department",
        args: ["reply", "record", "2027-jj-r01", "--from", "fgw"],
        code: 1,
        says: ["a reply from fgw is already recorded", "edit reports/2027/2027-jj-r01.yaml"],
      },
      {
        name: "a reply from one not sent the report (Art. 14)",
        args: ["reply", "record", "2027-jj-r01", "--from", "slj"],
        code: 1,
        says: ["[reply] slj is not among the report's to_departments"],
      },
      {
        name: "a reply dated before the issue",
        args: ["reply", "record", "2027-jj-r01", "--from", "czj", "--on", "2027-06-01"],
        code: 1,
        says: ["[reply] the reply is dated 2027-06-01, before the report was issued"],
      },
      {
        name: "a reply to a report not issued",
        args: ["reply", "record", "2027-jj-r02", "--from", "fgw"],
        code: 1,
        says: ["2027-jj-r02 is draft: replies are recorded on issued reports"],
      },
      {
        name: "a reply without its department, without a terminal",
        args: ["reply", "record", "2027-jj-r01"],
        code: 2,
        says: ["missing --from"],
      },
      {
        name: "a report id that is a path",
        args: ["reply", "record", "../x", "--from", "fgw"],
        code: 2,
        says: ['REPORT-ID is "../x"'],
      },
      {
        name: "an extension not past the current due date",
        args: [
          "reply",
          "extend",
          "2027-jj-r01",
          "--dept",
          "czj",
          "--until",
          "2027-08-01",
          "--reason",
          "r",
        ],
        code: 2,
        says: ["--until 2027-08-01 is not after the current due date 2027-08-15"],
      },
      {
        name: "an extension without date and reason",
        args: ["reply", "extend", "2027-jj-r01", "--dept", "czj"],
        code: 2,
        says: ["missing --until, --reason"],
      },
      {
        name: "a chase of a department that replied",
        args: ["reply", "chase", "2027-jj-r01", "--dept", "fgw", "--method", "phone"],
        code: 1,
        says: ["fgw has already replied"],
      },
      {
        name: "a bad --method",
        args: ["reply", "chase", "2027-jj-r01", "--dept", "czj", "--method", "fax"],
        code: 2,
        says: ["--method: fax is not one of phone"],
      },
    ],
  );
});

describe("report issue says nothing before the write succeeded", () => {
  it("a refused issue does not warn about the missing calendar; a written one does, after", async () => {
    const dir = scratch(VALID, path.join(FIXTURES, "draft"));
    expect(
      (await cli(dir, "2027-06-20", "report", "sign", "2027-jj-r02", "--by", "wang-vc")).code,
    ).toBe(0);
    const refused = await cli(
      dir,
      "2027-06-20",
      "report",
      "issue",
      "2027-jj-r02",
      "--to",
      "fgw",
      "--doc-no",
      "测政协经〔2027〕1号",
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[duplicate]");
    expect(refused.stderr).not.toContain("calendar");
    const issued = await cli(dir, "2027-06-20", "report", "issue", "2027-jj-r02", "--to", "fgw");
    expect(issued.code).toBe(0);
    expect(issued.stdout).toBe(
      "updated reports/2027/2027-jj-r02.yaml\nissued 2027-jj-r02: 测政协经〔2027〕2号, to 市发改委; written reply due 2027-07-20\n",
    );
    expect(issued.stderr).toContain(
      "no calendar/2027.yaml: only weekends were counted as days off",
    );
  });
});
