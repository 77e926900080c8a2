// Art. 15: the year's 通报, written from the records (docs/review.md), and the committee's
// evaluation of the replies (Art. 14, reply rate). The fixture test/fixtures/review is a
// year built by hand; every figure asserted here is computed from it in the comments.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const YEAR = path.join(FIXTURES, "review");
// after the year, so that no event of 2027 is in the future
const TODAY = "2028-01-15";

const review = async (dir: string, ...more: string[]) => {
  const r = await runCli(["review", "2027", "--data", dir, ...more], { today: TODAY, lang: "zh" });
  expect(r.code).toBe(0);
  return r.stdout;
};

/** The paragraph of the 通报 that starts with `start`. */
const paragraph = (md: string, start: string) => {
  const line = md.split("\n").find((l) => l.startsWith(start));
  if (!line) throw new Error(`no paragraph starting "${start}" in:\n${md}`);
  return line;
};

describe("review 2027 on a year built by hand", () => {
  it("says the totals, each with the change from 2026", async () => {
    const md = await review(YEAR);
    expect(md.split("\n").slice(0, 4)).toEqual([
      "测试市政协办公室",
      "",
      "# 关于2027年度市政协专门委员会对口联系协商工作情况的通报",
      "",
    ]);
    // topics of 2027: jj-01 (concluded), jj-02, nm-01 confirmed = 3 (2026: 1 → +2);
    // concluded 1; nm-02 withdrawn before it was confirmed: not counted. Activities of 2027: research 03-10 and 05-08,
    // consultation 04-20 and 06-15 = 4 (2026: one meeting → +3). Issued in 2027:
    // jj-r01, jj-r02, nm-r01 = 3 (2026: 1 → +2).
    expect(paragraph(md, "2027年，各专门委员会确定")).toBe(
      "2027年，各专门委员会确定对口协商议题3个，比上年增加2个，已完成1个；开展对口联系协商活动4次，比上年增加3次，其中调查研究2次、协商会议2次（《办法》第七条至第十二条）；印发对口协商成果3件，比上年增加2件（《办法》第十四条）。",
    );
    // replies owed: jj-r01 fgw (06-01 ≤ due 06-09: on time), czj (06-20: 11 days late),
    // jj-r02 czj (due 2028-01-09: not yet due on 12-31), nm-r01 slj (due 12-01, none:
    // overdue 30 days) = 4 (2026: 1 → +3); on time 1 of 3 that fell due = 33%.
    // Evaluations: fgw 满意/基本满意, czj 不满意/不满意.
    expect(paragraph(md, "各对口部门（单位）应书面答复")).toBe(
      "各对口部门（单位）应书面答复4件次，比上年增加3件次，其中按期答复1件次、逾期答复1件次，截至2027年12月31日逾期未答复1件次、尚未到期1件次，按期答复率33%。专门委员会对已收到的答复作出评价：对办理过程满意1件次、不满意1件次；对办理结果基本满意1件次、不满意1件次。",
    );
    // signed by the 办公室, whose 标志 it bears; the 成文日期 waits for review sign
    expect(md).toContain("\n测试市政协办公室\n\n（成文日期待签发时填写）\n");
    expect(md).not.toContain("2027年12月31日\n");
  });

  it("gives each chart its numbers in a table: activities by form, replies by state", async () => {
    const md = await review(YEAR);
    expect(md).toContain(
      [
        "![图1　2027年各专门委员会对口联系协商活动（按形式，次）](chart:activities)",
        "",
        "| 专门委员会 | 互通信息 | 列席会议 | 通报情况 | 征求意见建议 | 调查研究 | 协商会议 | 合计 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 经济委员会 | 0 | 0 | 0 | 0 | 1 | 2 | 3 |",
        "| 农牧委员会 | 0 | 0 | 0 | 0 | 1 | 0 | 1 |",
        "| 合计 | 0 | 0 | 0 | 0 | 2 | 2 | 4 |",
      ].join("\n"),
    );
    expect(md).toContain(
      [
        "| 专门委员会 | 按期答复 | 逾期答复 | 尚未到期 | 逾期未答复 | 合计 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 经济委员会 | 1 | 1 | 1 | 0 | 3 |",
        "| 农牧委员会 | 0 | 0 | 0 | 1 | 1 |",
        "| 合计 | 1 | 1 | 1 | 1 | 4 |",
      ].join("\n"),
    );
  });

  it("writes a paragraph per committee in 一览表 order", async () => {
    const md = await review(YEAR);
    expect(paragraph(md, "（一）经济委员会。")).toBe(
      "（一）经济委员会。确定议题2个（“关于优化营商环境的对口协商”已完成；“关于规范政府债务管理的对口协商”）；开展活动3次（调查研究1次、协商会议2次）；印发对口协商成果2件（测政协经〔2027〕1号《关于优化营商环境的协商意见》、测政协经〔2027〕2号《关于规范政府债务管理的协商意见》）；应答复3件次，按期答复1件次、逾期答复1件次、尚未到期1件次。",
    );
    expect(paragraph(md, "（二）农牧委员会。")).toBe(
      "（二）农牧委员会。确定议题1个（“关于加强农村牧区水利设施建设的对口协商”）；开展活动1次（调查研究1次）；印发对口协商成果1件（测政协农牧〔2027〕1号《关于加强农村牧区水利设施建设的协商意见》）；应答复1件次，逾期未答复1件次。",
    );
    expect(md).toContain("## 五、下一步工作\n\n【请填写：");
  });

  it("names each problem with its article, in the order of the articles", async () => {
    const md = await review(YEAR);
    const problems = md.split("## 四、存在的问题")[1]!.split("## 五")[0]!.trim().split("\n\n");
    expect(problems).toEqual([
      // Art. 4: no activity of 2027 reached sjj (jj) nor nmj (nm's only activity is with slj)
      "（一）常态化联络有待加强。《办法》第四条要求专门委员会与对口部门（单位）建立经常性联系，但仍有对口部门（单位）全年未开展联络。经济委员会与1个对口部门全年未开展联络（审计局）；农牧委员会与1个对口部门全年未开展联络（农牧局）。",
      // Art. 6: jj-02 confirmed on 05-10, after the first quarter
      "（二）部分议题未在第一季度确定。《办法》第六条要求每年第一季度确定年度对口协商议题。“关于规范政府债务管理的对口协商”议题于2027年5月10日确定。",
      // Art. 12: the meeting of 06-15 has a leader, no department head
      "（三）部分协商会议参加人员不够齐全。《办法》第十二条要求协商会议由市政协领导出席、部门（单位）主要负责同志参加。2027年6月15日召开的政府债务管理对口协商会，部门主要负责同志未参加。",
      // Art. 14: czj 11 days late; slj 30 days overdue on 12-31
      "（四）部分成果答复不够及时。《办法》第十四条要求有关部门（单位）对协商成果及时书面答复，但仍有答复超过期限。财政局对测政协经〔2027〕1号《关于优化营商环境的协商意见》逾期11天答复；市水利局对测政协农牧〔2027〕1号《关于加强农村牧区水利设施建设的协商意见》截至2027年12月31日逾期30天未答复。",
      // Art. 16: sjj has no liaison; nm has none itself
      "（五）联络员尚未全部明确。《办法》第十六条要求明确联络员，负责日常联系。经济委员会有1个对口部门未明确联络员；农牧委员会未明确联络员。",
    ]);
  });

  it("names a problem exactly when its rule finds it", async () => {
    const articles = async (dir: string) =>
      [
        ...(await review(dir)).split("## 四、存在的问题")[1]!.matchAll(/。《办法》第(.+?)条要求/g),
      ].map((m) => m[1]);
    const warnings = async (dir: string) => {
      const v = await runCli(["validate", "--json", "--data", dir], { today: TODAY });
      return new Set((JSON.parse(v.stdout).problems as { rule: string }[]).map((p) => p.rule));
    };
    expect(await articles(YEAR)).toEqual(["四", "六", "十二", "十四", "十六"]);
    const rules = await warnings(YEAR);
    expect([...rules].sort()).toEqual(["liaison", "meeting-participants", "q1-confirmation"]);

    // each cause mended in turn: its problem, and only it, is gone
    const dir = scratch(YEAR);
    const edit = (file: string, from: string, to: string) => {
      const f = path.join(dir, file);
      const text = readFileSync(f, "utf8");
      expect(text).toContain(from);
      writeFileSync(f, text.replace(from, to));
    };
    edit(
      "activities/2027/2027-06-15-jj-1.yaml",
      "  cppcc_leaders: [wang-vc]\n",
      "  cppcc_leaders: [wang-vc]\n  department_heads: [市财政局局长]\n",
    );
    expect(await articles(dir)).toEqual(["四", "六", "十四", "十六"]);
    expect((await warnings(dir)).has("meeting-participants")).toBe(false);
    edit("topics/2027/2027-jj-02.yaml", "confirmed_on: 2027-05-10", "confirmed_on: 2027-03-10");
    expect(await articles(dir)).toEqual(["四", "十四", "十六"]);
    expect((await warnings(dir)).has("q1-confirmation")).toBe(false);
    edit(
      "committees/jj.yaml",
      "    name: 审计局\n",
      "    name: 审计局\n    liaison: { name: 孙某 }\n",
    );
    edit(
      "committees/nm.yaml",
      "vice_chair: li-vc\n",
      "vice_chair: li-vc\nliaison: { name: 乔某 }\n",
    );
    expect(await articles(dir)).toEqual(["四", "十四"]);
    expect((await warnings(dir)).size).toBe(0);
    edit("activities/2027/2027-05-08-nm-1.yaml", "departments: [slj]", "departments: [slj, nmj]");
    edit("activities/2027/2027-03-10-jj-1.yaml", "departments: [fgw]", "departments: [fgw, sjj]");
    expect(await articles(dir)).toEqual(["十四"]);
    edit("reports/2027/2027-jj-r01.yaml", "received_on: 2027-06-20", "received_on: 2027-06-08");
    edit(
      "reports/2027/2027-nm-r01.yaml",
      "reply_due: 2027-12-01\n",
      "reply_due: 2027-12-01\nreplies:\n  slj: { received_on: 2027-11-20, doc_no: 鄂水函〔2027〕5号 }\n",
    );
    const clean = await review(dir);
    expect(clean).toContain(
      "## 四、存在的问题\n\n对照《办法》，本年度未发现对口联系协商工作中的突出问题。\n",
    );
  });

  it("leaves the change out when the year before has no records", async () => {
    const dir = scratch(YEAR);
    for (const f of [
      "topics/2026/2026-jj-01.yaml",
      "activities/2026/2026-05-10-jj-1.yaml",
      "reports/2026/2026-jj-r01.yaml",
    ])
      execFileSync("rm", [path.join(dir, f)]);
    const md = await review(dir);
    expect(md).not.toContain("比上年");
    expect(md).toContain("确定对口协商议题3个，已完成1个");
  });

  it("gives the same bytes whatever the day it runs, in every format", async () => {
    for (const format of ["md", "html", "docx"]) {
      const dir = scratch(YEAR);
      const a = path.join(dir, `a.${format}`);
      const b = path.join(dir, `b.${format}`);
      for (const [file, today] of [
        [a, "2028-01-15"],
        [b, "2028-06-30"],
      ] as const) {
        const r = await runCli(
          ["review", "2027", "--format", format, "--out", file, "--data", dir],
          {
            today,
          },
        );
        expect(r.code).toBe(0);
      }
      expect(Buffer.compare(readFileSync(a), readFileSync(b)), format).toBe(0);
    }
  });

  it("says on stderr that a year not over is counted as of its last day", async () => {
    const r = await runCli(["review", "2027", "--data", YEAR], { today: "2027-11-27" });
    expect(r.stderr).toContain("the 通报 is written as of 2027-12-31");
  });
});

describe("review --format docx: a 公文 with both charts as pictures", () => {
  it("holds two PNG charts, their captions and tables, the 版头 and the 办公室's 署名", async () => {
    const dir = scratch(YEAR);
    const out = path.join(dir, "t.docx");
    await runCli(["review", "2027", "--format", "docx", "--out", out, "--data", dir], {
      today: TODAY,
    });
    const files = unzipSync(readFileSync(out));
    const media = Object.keys(files).filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    for (const m of media)
      expect([...files[m]!.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const doc = new TextDecoder().decode(files["word/document.xml"]);
    for (const text of [
      // the 标题 in two lines, broken after 委员会
      "关于2027年度市政协专门委员会",
      "对口联系协商工作情况的通报",
      "图1　2027年各专门委员会对口联系协商活动（按形式，次）",
      "图2　2027年各专门委员会印发材料的书面答复情况（件次）",
      "各专门委员会：",
      "测试市政协办公室",
      "抄送：市委办公室，市政府办公室。",
    ])
      expect(doc).toContain(text);
    expect(doc).toMatch(/<w:color w:val="FF0000"\/>/);
    // not signed yet: no 成文日期 but the placeholder, no 印发日期
    expect(doc).not.toContain(">2027年12月31日<");
    expect(doc).not.toContain("印发<");
  });
});

describe('the 通报\'s life: draft, sign, issue (docs/review.md "Its life")', () => {
  const at = (dir: string, today: string, ...args: string[]) =>
    runCli([...args, "--data", dir], { today, lang: "zh" });

  it("drafts the body for the clerk, refuses to sign it with a marker left, then signs and issues it with its 文号", async () => {
    const dir = scratch(YEAR);
    // not drafted yet: nothing to sign, and the way to draft it is said
    const none = await at(dir, "2028-01-05", "review", "sign", "2027", "--by", "wang-vc");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("2027 年度通报尚未起草");
    expect(none.stderr).toContain("先起草：xieshang review draft 2027");
    const drafted = await at(dir, "2028-01-05", "review", "draft", "2027");
    expect(drafted.code).toBe(0);
    const body = path.join(dir, "reviews", "2027.md");
    const md = readFileSync(body, "utf8");
    expect(md).toContain("## 五、下一步工作\n\n【请填写：");
    expect(readFileSync(path.join(dir, "reviews", "2027.yaml"), "utf8")).toContain(
      "status: draft\ndrafted_on: 2028-01-05\n",
    );
    // drafted once: a second draft is refused, the clerk's edits kept
    expect((await at(dir, "2028-01-05", "review", "draft", "2027")).code).toBe(1);
    // the marker blocks 签发, naming its line
    const line = md.split("\n").findIndex((l) => l.includes("【请填写")) + 1;
    const refused = await at(dir, "2028-01-08", "review", "sign", "2027", "--by", "wang-vc");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `reviews/2027.md:${line}：还有待填写的内容，通报不能照此签发或印发`,
    );
    // issue before sign is refused too
    expect((await at(dir, "2028-01-08", "review", "issue", "2027")).code).toBe(1);
    writeFileSync(
      body,
      md.replace(
        /【请填写：结合本通报[^】]*】/,
        "一是加强与对口部门的经常性联系。二是跟踪答复办理。",
      ),
    );
    const signed = await at(dir, "2028-01-08", "review", "sign", "2027", "--by", "wang-vc");
    expect(signed.code).toBe(0);
    // the 成文日期 is the day signed, in the body and the record
    expect(readFileSync(body, "utf8")).toContain("\n测试市政协办公室\n\n2028年1月8日\n");
    const issued = await at(dir, "2028-01-10", "review", "issue", "2027");
    expect(issued.code).toBe(0);
    const record = readFileSync(path.join(dir, "reviews", "2027.yaml"), "utf8");
    expect(record).toContain("status: issued\n");
    expect(record).toContain('doc_no: "测政协办发〔2028〕1号"');
    // the .docx comes from the edited body: 文号, the clerk's words, the dates, 抄送
    const out = path.join(dir, "t.docx");
    expect(
      (await at(dir, "2028-01-12", "review", "2027", "--format", "docx", "--out", out)).code,
    ).toBe(0);
    const doc = new TextDecoder().decode(unzipSync(readFileSync(out))["word/document.xml"]);
    for (const text of [
      "测政协办发〔2028〕1号",
      "一是加强与对口部门的经常性联系",
      "2028年1月8日",
      "2028年1月10日印发",
    ])
      expect(doc).toContain(text);
  });

  it("leaves out the 办公室 of the 一览表 when it had no work of its own (it is no 专门委员会)", async () => {
    const r = await runCli(["review", "2026", "--data", BUNDLED_DATA], {
      today: "2027-01-10",
      lang: "zh",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(
      /（[一二三四五六七八九十]+）办公室。|\| 办公室 \||办公室与\d+个对口部门|办公室有\d+个/,
    );
    // and what was not said is not counted as 0: no 0件次 in the 通报
    expect(r.stdout).not.toMatch(/[^\d]0件次/);
  });

  it("counts a topic confirmed then withdrawn as confirmed, and names it with its date and reason", async () => {
    const dir = scratch(YEAR);
    const f = path.join(dir, "topics", "2027", "2027-nm-02.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace("withdrawn_on:", "confirmed_on: 2027-01-05\nwithdrawn_on:"),
    );
    const md = await review(dir);
    expect(paragraph(md, "2027年，各专门委员会确定")).toContain(
      "确定对口协商议题4个，比上年增加3个，已完成1个，确定后撤销1个；",
    );
    expect(paragraph(md, "（二）农牧委员会。")).toMatch(
      /于2027年1月10日撤销，原因是并入年度重点提案督办）/,
    );
  });
});

describe("review --format html: one page for a leader's screen", () => {
  it("fetches nothing and runs no script", async () => {
    const html = await review(YEAR, "--format", "html");
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(http/);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:/);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain(
      "<figcaption>图1　2027年各专门委员会对口联系协商活动（按形式，次）</figcaption>",
    );
    // printed on A4 with the 版心's margins and — N — page numbers, odd right, even left
    expect(html).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(html).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —"/);
    // the 办公室's 标志 and 署名; 抄送 in the 版记
    expect(html).toContain('<div class="organ">测试市政协办公室</div>');
    expect(html).toContain("抄送：市委办公室，市政府办公室。");
  });
});

describe("reply rate: the committee's evaluation of a written reply (Art. 14)", () => {
  it("records handling and result on a department that replied; status and report show count them", async () => {
    const dir = scratch(YEAR);
    const r = await runCli(
      [
        "reply",
        "rate",
        "2027-jj-r01",
        "--dept",
        "市发改委",
        "--result",
        "满意",
        "--on",
        "2027-07-01",
        "--data",
        dir,
      ],
      { today: TODAY },
    );
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toContain(
      "evaluated fgw's reply to 2027-jj-r01: handling satisfied, result satisfied",
    );
    expect(readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8")).toContain(
      "    satisfaction: { handling: 满意, result: 满意, on: 2027-07-01 }",
    );
    const status = JSON.parse(
      (await runCli(["status", "--year", "2027", "--json", "--data", dir], { today: TODAY }))
        .stdout,
    );
    const jj = status.committees.find((c: { code: string }) => c.code === "jj");
    expect(jj.evaluations).toEqual({
      handling: { 满意: 1, 基本满意: 0, 不满意: 1 },
      result: { 满意: 1, 基本满意: 0, 不满意: 1 },
      unrated: 0,
    });
    const show = await runCli(["report", "show", "2027-jj-r01", "--data", dir], { today: TODAY });
    expect(show.stdout).toMatch(/市发改委 \(fgw\)\t.*\tsatisfied \/ satisfied\t/);
    expect(show.stdout).toMatch(/财政局 \(czj\)\t.*\tdissatisfied \/ dissatisfied\t/);
  });

  it("refuses a department that has not replied, a bad value, and asks for a value it lacks", async () => {
    const dir = scratch(YEAR);
    const none = await runCli(
      ["reply", "rate", "2027-nm-r01", "--dept", "slj", "--result", "满意", "--data", dir],
      { today: TODAY },
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      "slj has not replied to 2027-nm-r01: only a written reply received is evaluated",
    );
    const bad = await runCli(
      ["reply", "rate", "2027-jj-r01", "--dept", "fgw", "--result", "很好", "--data", dir],
      { today: TODAY },
    );
    expect(bad.code).toBe(2);
    const missing = await runCli(["reply", "rate", "2027-jj-r01", "--dept", "fgw", "--data", dir], {
      today: TODAY,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--handling, --result");
    expect(existsSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"))).toBe(true);
  });
});
