// Art. 14: what is overdue, at the edges of the arithmetic; remind and status from it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const TODAY = "2027-03-10"; // a Wednesday

function report(id: string, lines: string[]) {
  return [
    `id: ${id}`,
    "kind: social_opinion",
    "committee: jj",
    `title: 社情民意信息${id}`,
    "status: issued",
    "drafted_on: 2027-02-01",
    "signed_by: zhou-sg",
    "signed_on: 2027-02-01",
    "issued_on: 2027-02-01",
    `doc_no: 测政协经〔2027〕${id.slice(-2)}号`,
    "to_departments: [czj]",
    ...lines,
    "",
  ].join("\n");
}

/** Four reports to czj at the edges: due today, due yesterday, extended, replied late. */
function edges(): string {
  const dir = scratch(VALID);
  const put = (id: string, lines: string[]) =>
    writeFileSync(path.join(dir, "reports/2027", `${id}.yaml`), report(id, lines));
  put("2027-jj-r11", ["reply_due: 2027-03-10"]);
  put("2027-jj-r12", ["reply_due: 2027-03-09"]);
  put("2027-jj-r13", [
    "reply_due: 2027-03-01",
    "extensions:",
    "  czj: { until: 2027-03-15, granted_on: 2027-02-27, reason: 需要测算 }",
  ]);
  put("2027-jj-r14", [
    "reply_due: 2027-03-01",
    "replies:",
    "  czj: { received_on: 2027-03-05, doc_no: 测财函〔2027〕1号 }",
  ]);
  return dir;
}

const overdue = async (dir: string, ...args: string[]) => {
  const r = await runCli(["overdue", "--json", "--data", dir, ...args], { today: TODAY });
  return {
    code: r.code,
    items: JSON.parse(r.stdout) as {
      report: string;
      department: string;
      days_overdue: number;
      due_on: string;
    }[],
  };
};

describe("the overdue arithmetic at the edges", () => {
  it("due yesterday is 1 day overdue; due today, extended or replied late are not overdue", async () => {
    const dir = edges();
    const { items } = await overdue(dir);
    expect(items.map((i) => [i.report, i.department, i.days_overdue])).toEqual([
      ["2027-jj-r12", "czj", 1],
    ]);
  });

  it("--within 7 adds the reply due today (0) and the extension until next week (-5)", async () => {
    const dir = edges();
    const { items } = await overdue(dir, "--within", "7");
    expect(items.map((i) => [i.report, i.days_overdue, i.due_on])).toEqual([
      ["2027-jj-r12", 1, "2027-03-09"],
      ["2027-jj-r11", 0, "2027-03-10"],
      ["2027-jj-r13", -5, "2027-03-15"],
    ]);
    // the fixture's own report: czj's extension runs to 2027-08-15, far beyond 7 days
    expect(items.some((i) => i.report === "2027-jj-r01")).toBe(false);
  });

  it("a late reply counts as late in status, an overdue one as overdue", async () => {
    const dir = edges();
    const r = await runCli(["status", "--json", "--year", "2027", "--data", dir], { today: TODAY });
    const jj = JSON.parse(r.stdout).committees.find((c: { code: string }) => c.code === "jj");
    // r01 is issued in June, after this day: not counted yet; r11 pending; r12 overdue;
    // r13 extended (pending); r14 late
    expect(jj.replies).toEqual({ on_time: 0, late: 1, pending: 2, overdue: 1 });
  });

  it("a working-day deadline over the New Year holiday", async () => {
    const dir = scratch(VALID);
    mkdirSync(path.join(dir, "calendar"));
    cpSync(
      path.join(BUNDLED_DATA, "calendar", "2026.yaml"),
      path.join(dir, "calendar", "2026.yaml"),
    );
    cpSync(path.join(FIXTURES, "calendars", "2027.yaml"), path.join(dir, "calendar", "2027.yaml"));
    const settings = path.join(dir, "xieshang.yaml");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(
        "reply_within: 30d",
        "reply_within: { social_opinion: 3wd }",
      ),
    );
    const cli = (today: string, ...a: string[]) => runCli([...a, "--data", dir], { today });
    await cli(
      "2026-12-28",
      "report",
      "draft",
      "--kind",
      "social_opinion",
      "--committee",
      "jj",
      "--title",
      "关于年末用工的社情民意信息",
    );
    // the clerk writes what the skeleton left to fill in
    const body = path.join(dir, "reports/2026/2026-jj-r01.md");
    writeFileSync(body, readFileSync(body, "utf8").replace(/^【请填写：.*】/gm, "已核实。"));
    await cli("2026-12-28", "report", "sign", "2026-jj-r01", "--by", "zhou-sg");
    const issued = await cli("2026-12-29", "report", "issue", "2026-jj-r01", "--to", "czj");
    expect(issued.code).toBe(0);
    // 30, 31 December (2) · 1 January off · 2, 3 weekend · 4 January (3)
    expect(readFileSync(path.join(dir, "reports/2026/2026-jj-r01.yaml"), "utf8")).toContain(
      "reply_due: 2027-01-04\n",
    );
    const onDue = await runCli(["overdue", "--json", "--data", dir], { today: "2027-01-04" });
    expect(
      JSON.parse(onDue.stdout).filter((i: { report: string }) => i.report === "2026-jj-r01"),
    ).toEqual([]);
    const after = await runCli(["overdue", "--json", "--data", dir], { today: "2027-01-05" });
    expect(
      JSON.parse(after.stdout).find((i: { report: string }) => i.report === "2026-jj-r01"),
    ).toMatchObject({ days_overdue: 1, due_on: "2027-01-04" });
  });
});

describe("overdue --check", () => {
  it("exits 1 when anything is overdue", async () => {
    const dir = edges();
    const r = await runCli(["overdue", "--check", "--data", dir], { today: TODAY });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2027-jj-r12");
  });

  it("exits 0 with a friendly line when nothing is, even with replies due soon", async () => {
    const r = await runCli(["overdue", "--check", "--data", VALID], { today: "2027-07-01" });
    expect(r).toMatchObject({ code: 0, stdout: "✔ no reply is overdue as of 2027-07-01\n" });
    const soon = await runCli(["overdue", "--check", "--within", "30", "--data", edges()], {
      today: "2027-03-01",
    });
    expect(soon.code).toBe(0);
  });

  it("a bad --within is a usage error", async () => {
    expect((await runCli(["overdue", "--within", "soon", "--data", VALID])).code).toBe(2);
  });
});

describe("remind", () => {
  it("--out writes one file per department with overdue replies, and nothing for the others", async () => {
    const out = scratch();
    const r = await runCli(["remind", "--out", out, "--data", BUNDLED_DATA], {
      today: "2026-11-27",
    });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["dsb.md", "lyj.md", "mzj.md"]);
    // tjj's reply is only due on 2026-12-07: no notice
    expect(existsSync(path.join(out, "tjj.md"))).toBe(false);
    const lyj = readFileSync(path.join(out, "lyj.md"), "utf8");
    // one report: said in a sentence, with its number, deadline and days overdue
    expect(lyj).toContain(
      "市政协农牧委员会于2026年7月15日印发的《关于黄河流域生态保护和水资源节约集约利用的协商意见》（鄂政协农牧〔2026〕1号），答复期限为2026年8月14日，截至2026年11月27日已逾期105天",
    );
    // signed by the issuer (the body, README "Who issues a document"), the contact in the 附注
    expect(lyj).toMatch(
      /\n政协鄂尔多斯市委员会\n\n2026年11月27日\n\n（联系人：乔某，电话：0477-8390701）\n\n抄送：市委督查室，市政府督查室。\n$/,
    );
    // the earlier chases, the letter by its date; a deadline five working days on; the 办法
    expect(lyj).toContain(
      "此前已于2026年8月25日电话、2026年9月15日发函催办。根据《市政协专门委员会与党政部门（单位）开展对口联系协商工作的实施办法（试行）》第十四条，请抓紧办理，于2026年12月4日前书面答复市政协农牧委员会。",
    );
    // a second letter, 105 days overdue: 抄送 the 督查室 (documents.escalate_after, 60 days)
    expect(lyj).toContain("# 关于再次催办对口协商成果书面答复的函");
  });

  it("escalates only a second letter past documents.escalate_after; the deadline follows letter_reply_within", async () => {
    const out = scratch();
    const r = await runCli(["remind", "--out", out, "--data", BUNDLED_DATA], {
      today: "2026-11-27",
    });
    expect(r.code).toBe(0);
    // dsb was chased by phone only: a first letter, not 抄送 anyone
    const dsb = readFileSync(path.join(out, "dsb.md"), "utf8");
    expect(dsb).toContain("# 关于催办对口协商成果书面答复的函");
    expect(dsb).not.toContain("抄送");
    const dir = scratch(BUNDLED_DATA);
    const f = path.join(dir, "xieshang.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8")
        .replace("escalate_after: 60", "escalate_after: 200")
        .replace("letter_reply_within: 5wd", "letter_reply_within: 10d"),
    );
    const again = await runCli(["remind", "--data", dir], { today: "2026-11-27" });
    expect(again.code).toBe(0);
    const lyj = again.stdout.split("\n---\n").find((l) => l.includes("林业和草原局"))!;
    expect(lyj).toContain("# 关于再次催办对口协商成果书面答复的函");
    expect(lyj).not.toContain("抄送");
    expect(lyj).toContain("于2026年12月7日前书面答复市政协农牧委员会");
  });

  it("with nothing overdue, says so and writes nothing", async () => {
    const out = scratch();
    const r = await runCli(["remind", "--out", out, "--data", VALID], { today: "2027-07-01" });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('a deadline on a holiday the calendar did not know yet (README "Deadlines")', () => {
  it("once the calendar is there, nobody is overdue before the legal deadline, and show says why", async () => {
    // 2027-nm-r01 was issued on 2027-09-01 with no calendar/2027.yaml: 30 days → 10-01,
    // a Friday then; the 2027 notice makes 10-01…10-07 a holiday
    const dir = scratch(VALID, path.join(FIXTURES, "year"));
    const owed = async () =>
      (
        JSON.parse(
          (await runCli(["overdue", "--json", "--data", dir], { today: "2027-10-05" })).stdout,
        ) as { report: string; department: string }[]
      ).filter((o) => o.report === "2027-nm-r01");
    expect((await owed()).length).toBe(2);
    mkdirSync(path.join(dir, "calendar"), { recursive: true });
    writeFileSync(
      path.join(dir, "calendar", "2027.yaml"),
      "holidays: [2027-10-01, 2027-10-02, 2027-10-03, 2027-10-04, 2027-10-05, 2027-10-06, 2027-10-07]\nworkdays: [2027-09-26, 2027-10-09]\n",
    );
    // the deadline now ends on 10-08: on 10-05 nothing of nm-r01 is overdue, on 10-09 it is
    expect(await owed()).toEqual([]);
    const later = JSON.parse(
      (await runCli(["overdue", "--json", "--data", dir], { today: "2027-10-09" })).stdout,
    ) as { report: string; due_on: string; days_overdue: number }[];
    expect(
      later.filter((o) => o.report === "2027-nm-r01").map((o) => [o.due_on, o.days_overdue]),
    ).toEqual([
      ["2027-10-08", 1],
      ["2027-10-08", 1],
    ]);
    // no 催办函 on the holiday either
    const remind = await runCli(["remind", "--data", dir], { today: "2027-10-05" });
    expect(remind.stdout).not.toContain("关于加强农村牧区水利设施建设的协商意见");
    // show tells the tool's own date from a hand-set one
    const show = await runCli(["report", "show", "2027-nm-r01", "--data", dir], {
      today: "2027-10-05",
      lang: "zh",
    });
    expect(show.stdout).toContain(
      "文件中的 reply_due 为 2027-10-01，计算时尚无 calendar/2027.yaml；按规则现应为 2027-10-08",
    );
    expect(show.stdout).not.toContain("手工修改");
    expect(show.stdout).toContain("（期限遇休息日，顺延至 2027-10-08）");
  });
});

describe("--as-of a past day", () => {
  it("a reply received after it is still owed; a later chase or extension does not count", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const asOf = async (today: string) =>
      JSON.parse((await runCli(["overdue", "--json", "--data", dir], { today })).stdout) as {
        report: string;
        department: string;
        days_overdue: number;
        last_chase: { on: string } | null;
      }[];
    // 2027-10-05: slj's reply (received 10-10) had not come; nmcj not chased yet (10-20)
    const early = await asOf("2027-10-05");
    expect(early.map((o) => [o.report, o.department, o.days_overdue, o.last_chase])).toEqual([
      // czj's extension ran until Sunday 08-15: the legal deadline is Monday 08-16 (Civil
      // Code Art. 203), so 50 days, not 51
      ["2027-jj-r01", "czj", 50, { on: "2027-07-10", method: "phone", note: null }],
      ["2027-nm-r01", "nmcj", 4, null],
      ["2027-nm-r01", "slj", 4, null],
    ]);
    // 2027-07-20: czj's extension (granted 07-05, until 08-15) counts, so nothing is overdue
    // but fgw's reply of 07-01 was in; before the issue (06-01) nothing is owed at all
    expect(await asOf("2027-07-20")).toEqual([]);
    expect(await asOf("2027-06-01")).toEqual([]);
  });
});
