// Time moves on (README "Deadlines", "Departments change"): a deadline is a rule counted again
// when the calendar arrives; a department renamed, merged or abolished keeps its history.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPLY_DUE_PLACEHOLDER } from "../../src/domain/placeholders.js";
import { issuedReport, paragraphs, parts } from "../helpers/docx.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
// a made-up 2027 notice in the State Council's form: 元旦 1–3 Jan, 国庆 1–7 Oct
const NOTICE = path.join(FIXTURES, "notices", "2027-example.txt");

const cli = (dir: string, today: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today });
const zh = (dir: string, today: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today, lang: "zh" });
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const R02 = "reports/2027/2027-jj-r02.yaml";

async function overdue(dir: string, today: string) {
  const r = await cli(dir, today, "overdue", "--json");
  return (JSON.parse(r.stdout) as { report: string; department: string; days_overdue: number }[])
    .filter((o) => o.report !== "2027-jj-r01")
    .map((o) => [o.report, o.department, o.days_overdue]);
}

/** The fixture's research report drafted, signed on 30 August and issued on `on` to `to`. */
async function issued(on: string, to: string, dir = scratch(VALID, path.join(FIXTURES, "draft"))) {
  writeFileSync(
    path.join(dir, R02.replace(".yaml", ".md")),
    `# 关于园区用工的调研报告\n\n正文。\n\n${REPLY_DUE_PLACEHOLDER}\n`,
  );
  await cli(dir, "2027-08-30", "report", "sign", "2027-jj-r02", "--by", "wang-vc");
  const r = await cli(dir, on, "report", "issue", "2027-jj-r02", "--to", to);
  return { dir, r };
}

describe("a deadline is a rule, counted again when the calendar arrives (Art. 14)", () => {
  it("issued in September into an October without a calendar: the notice moves it, overdue clears", async () => {
    const { dir, r } = await issued("2027-09-01", "fgw");
    expect(r.code).toBe(0);
    // 30 days → Friday 1 October, weekends only: the date may move
    expect(r.stderr).toContain("no calendar/2027.yaml");
    expect(r.stderr).toContain("the date may move when the notice is imported");
    expect(read(dir, R02)).toContain(
      "reply_due: 2027-10-01\nreply_due_basis:\n  rule: 30d\n  calendars: []\n  computed: 2027-10-01\n",
    );
    expect(await overdue(dir, "2027-10-05")).toEqual([["2027-jj-r02", "fgw", 4]]);
    const waiting = await zh(dir, "2027-09-20", "calendar", "show", "2027");
    expect(waiting.stdout).toContain(
      "2027-jj-r02 市发改委：2027-10-01（待该年放假通知，遇假日顺延）",
    );

    // --dry-run lists the move and writes nothing
    const before = read(dir, R02);
    const dry = await cli(dir, "2027-09-20", "calendar", "import", NOTICE, "--dry-run");
    expect(dry.stderr).toContain("2027-jj-r02 市发改委: 2027-10-01 → 2027-10-08");
    expect(read(dir, R02)).toBe(before);

    const imp = await cli(dir, "2027-09-20", "calendar", "import", NOTICE);
    expect(imp.code).toBe(0);
    expect(imp.stderr).toContain("deadlines the calendar moves (1):");
    expect(imp.stderr).toContain(
      "2027-jj-r02 市发改委: 2027-10-01 → 2027-10-08 (days off of calendar/2027.yaml: 10-01–10-07)",
    );
    // the same write: the date, how it is made now, and the move noted
    expect(read(dir, R02)).toContain(
      [
        "reply_due: 2027-10-08",
        "reply_due_basis:",
        "  rule: 30d",
        "  calendars: [2027]",
        "  computed: 2027-10-08",
        "  moved:",
        "    - { from: 2027-10-01, to: 2027-10-08, on: 2027-09-20, calendars: [2027] }",
      ].join("\n"),
    );
    // the document sent keeps its text
    expect(read(dir, R02.replace(".yaml", ".md"))).toContain("2027年10月1日");
    expect(await overdue(dir, "2027-10-05")).toEqual([]);
    expect(await overdue(dir, "2027-10-09")).toEqual([["2027-jj-r02", "fgw", 1]]);
    const remind = await cli(dir, "2027-10-05", "remind");
    expect(remind.stdout).not.toContain("关于园区");
    const show = await zh(dir, "2027-10-05", "report", "show", "2027-jj-r02");
    expect(show.stdout).toContain(
      "2027-09-20 按 calendar/2027.yaml 由 2027-10-01 顺延至 2027-10-08（已印发公文中的日期不变）",
    );
    expect(show.stdout).not.toContain("手工");
    const v = JSON.parse((await cli(dir, "2027-10-05", "validate", "--json")).stdout);
    expect(v.problems.filter((p: { rule: string }) => p.rule === "deadline")).toEqual([]);
  });

  it("a December report into January moves; a date set by hand is left alone and named", async () => {
    const dir = scratch(VALID);
    const report = (id: string, due: string, basis: string) =>
      [
        `id: ${id}`,
        "kind: social_opinion",
        "committee: jj",
        `title: 社情民意信息${id}`,
        "status: issued",
        "drafted_on: 2026-12-01",
        "signed_by: zhou-sg",
        "signed_on: 2026-12-01",
        "issued_on: 2026-12-02",
        `doc_no: 测政协经〔2026〕${id.slice(-1)}号`,
        "to_departments: [czj]",
        `reply_due: ${due}`,
        `reply_due_basis: ${basis}`,
        "",
      ].join("\n");
    const put = (id: string, text: string) =>
      writeFileSync(path.join(dir, "reports", "2027", `${id}.yaml`), text);
    // 30 days from 2 December 2026: Friday 1 January 2027, before the 2027 notice
    put("2027-jj-r08", report("2027-jj-r08", "2027-01-01", "{ rule: 30d, computed: 2027-01-01 }"));
    // the clerk set 4 October by hand (the rule had said 1 January): left as it is
    put("2027-jj-r09", report("2027-jj-r09", "2027-10-04", "{ rule: 30d, computed: 2027-01-01 }"));
    const imp = await cli(dir, "2026-12-10", "calendar", "import", NOTICE);
    expect(imp.code).toBe(0);
    expect(imp.stderr).toContain(
      "2027-jj-r08 财政局: 2027-01-01 → 2027-01-04 (days off of calendar/2027.yaml: 01-01–01-03)",
    );
    expect(imp.stderr).toContain(
      "set by hand, left alone: 2027-jj-r09 财政局 2027-10-04, a day off by the calendar — the legal deadline is 2027-10-08",
    );
    expect(imp.stderr).not.toContain("2027-jj-r09 财政局: ");
    expect(read(dir, "reports/2027/2027-jj-r08.yaml")).toContain("reply_due: 2027-01-04\n");
    expect(read(dir, "reports/2027/2027-jj-r09.yaml")).toContain(
      "reply_due: 2027-10-04\nreply_due_basis: { rule: 30d, computed: 2027-01-01 }\n",
    );
    // the law moves the hand-set date all the same: not overdue on 6 October
    expect(await overdue(dir, "2027-10-06")).toEqual([["2027-jj-r08", "czj", 275]]);
    const show = await zh(dir, "2027-10-06", "report", "show", "2027-jj-r09");
    expect(show.stdout).toContain("手工修改");
  });

  it("a calendar edited by hand: validate warns, calendar apply moves", async () => {
    const { dir } = await issued("2027-09-01", "fgw");
    mkdirSync(path.join(dir, "calendar"));
    writeFileSync(
      path.join(dir, "calendar", "2027.yaml"),
      "holidays: [2027-10-01]\nworkdays: []\n",
    );
    const v = JSON.parse((await cli(dir, "2027-09-20", "validate", "--json")).stdout);
    expect(
      v.problems
        .filter((p: { rule: string }) => p.rule === "deadline")
        .map((p: never) => [(p as { file: string }).file, (p as { line: number }).line]),
    ).toEqual([[R02, 12]]);
    const apply = await cli(dir, "2027-09-20", "calendar", "apply");
    expect(apply.code).toBe(0);
    expect(apply.stderr).toContain("2027-jj-r02 市发改委: 2027-10-01 → 2027-10-04");
    expect(read(dir, R02)).toContain("reply_due: 2027-10-04\n");
    const again = await cli(dir, "2027-09-20", "calendar", "apply");
    expect(again.stderr).toContain("no open deadline moves");
  });
});

/** The recipients' line (主送) of a report's .docx as exported on `today`. */
async function addressee(dir: string, id: string, today: string) {
  const out = path.join(dir, `${id}.docx`);
  const r = await cli(dir, today, "report", "export", id, "--out", out);
  expect(r.code).toBe(0);
  const texts = paragraphs(parts(readFileSync(out))["word/document.xml"]!).map((p) => p.text);
  return texts.find((t) => t.endsWith("："));
}

describe('a department has a life (README "Departments change")', () => {
  it("a rename: a report issued before keeps the old name, one after prints the new", async () => {
    const dir = issuedReport(); // 2027-jj-r01 issued 2027-06-08 to fgw and czj (财政局)
    const r = await cli(
      dir,
      "2027-09-01",
      "department",
      "rename",
      "财政局",
      "--to",
      "市财政局",
      "--full-name",
      "鄂尔多斯市财政局",
      "--on",
      "2027-09-01",
    );
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toContain("czj: 财政局 is named 市财政局 from 2027-09-01");
    expect(read(dir, "committees/jj.yaml")).toContain(
      "    aliases: [财政局]\n    liaison: { name: 钱某, phone: 13800000000 }\n    history:\n      - { event: renamed, on: 2027-09-01, from: 财政局 }\n",
    );
    expect(await addressee(dir, "2027-jj-r01", "2027-11-27")).toBe(
      "鄂尔多斯市发展和改革委员会、财政局：",
    );
    const after = scratch(dir, path.join(FIXTURES, "draft"));
    const { r: issue } = await issued("2027-09-10", "财政局", after);
    expect(issue.stdout).toContain("to 市财政局");
    expect(await addressee(after, "2027-jj-r02", "2027-11-27")).toBe("鄂尔多斯市财政局：");
    // the plan names it as on the day it is made
    const plan = (today: string) => cli(dir, today, "plan", "2027", "--format", "md");
    expect((await plan("2027-08-01")).stdout).toContain("| 市发改委、财政局 |");
    expect((await plan("2027-10-01")).stdout).toContain("| 市发改委、市财政局 |");
    // the old name still finds it; show tells its history
    const show = await zh(dir, "2027-10-01", "department", "show", "财政局");
    expect(show.stdout).toContain("市财政局 (czj)");
    expect(show.stdout).toContain("2027-09-01 更名（原名 财政局）");
  });

  it("a merger: new work on the merged one is refused with the successor named; later years do not count it", async () => {
    const dir = scratch(VALID, path.join(FIXTURES, "draft"));
    const m = await cli(
      dir,
      "2026-12-31",
      "department",
      "merge",
      "nmcj",
      "--into",
      "市水利局",
      "--on",
      "2026-12-31",
    );
    expect(m.code).toBe(0);
    expect(read(dir, "committees/nm.yaml")).toContain(
      "      - { event: merged, on: 2026-12-31, from: [nmcj] }",
    );
    expect(read(dir, "committees/nm.yaml")).toContain(
      "      - { event: merged-into, on: 2026-12-31, into: slj }",
    );
    const topic = await cli(
      dir,
      "2027-09-20",
      "topic",
      "propose",
      "--title",
      "关于农牧区饮水安全的对口协商",
      "--committee",
      "nm",
      "--departments",
      "农牧局",
      "--source",
      "committee",
      "--proposer",
      "农牧委员会",
      "--category",
      "public_concern",
    );
    expect(topic.code).toBe(1);
    expect(topic.stderr).toContain(
      "农牧局 (nmcj) ceased on 2026-12-31: no new topic for it on 2027-09-20",
    );
    expect(topic.stderr).toContain("its work passed to 市水利局 (slj): name that instead");
    await cli(dir, "2027-08-30", "report", "sign", "2027-jj-r02", "--by", "wang-vc");
    const report = await cli(dir, "2027-09-01", "report", "issue", "2027-jj-r02", "--to", "nmcj");
    expect(report.code).toBe(1);
    expect(report.stderr).toContain("its work passed to 市水利局 (slj)");
    // status and the 通报 count it in the years it existed: 2026, not 2027
    const status = async (year: string) =>
      JSON.parse(
        (await cli(dir, "2027-12-31", "status", "--year", year, "--json")).stdout,
      ).committees.find((c: { code: string }) => c.code === "nm");
    expect((await status("2026")).counterparts).toBe(2);
    const nm = await status("2027");
    expect([nm.counterparts, nm.idle_counterparts]).toEqual([1, ["slj"]]);
    const review = await zh(dir, "2028-01-10", "review", "2027");
    expect(review.stdout).toContain("农牧委员会与1个对口部门全年未开展联络（市水利局）");
  });

  it("an abolition: lists say so, the old id resolves, validate names what it still owes", async () => {
    const dir = scratch(VALID);
    const a = await cli(
      dir,
      "2027-08-01",
      "department",
      "abolish",
      "czj",
      "--on",
      "2027-07-01",
      "--successor",
      "fgw",
    );
    expect(a.code).toBe(0);
    const list = await zh(dir, "2027-08-01", "department", "list");
    expect(list.stdout).toContain("财政局（2027-07-01 撤销，由 市发改委 (fgw) 承接）");
    const show = await zh(dir, "2027-08-01", "department", "show", "czj");
    expect(show.stdout).toContain("2027-07-01 撤销，职责由 市发改委 (fgw) 承接");
    // it needs no liaison officer any more (Art. 16)
    writeFileSync(
      path.join(dir, "committees/jj.yaml"),
      read(dir, "committees/jj.yaml").replace(
        "    liaison: { name: 钱某, phone: 13800000000 }\n",
        "",
      ),
    );
    // 2027-jj-r01 (issued 2027-06-08) was extended for czj, never answered
    const v = JSON.parse((await cli(dir, "2027-08-01", "validate", "--json")).stdout);
    expect(v.problems.filter((p: { rule: string }) => p.rule === "liaison")).toEqual([]);
    expect(
      v.problems
        .filter((p: { rule: string }) => p.rule === "department")
        .map((p: { file: string; message: string }) => [p.file, p.message]),
    ).toEqual([
      [
        "reports/2027/2027-jj-r01.yaml",
        "财政局 (czj) ceased on 2027-07-01 but still owes a reply; its work passed to 市发改委 (fgw)",
      ],
    ]);
    // a reply that came can still be recorded
    const reply = await cli(
      dir,
      "2027-08-02",
      "reply",
      "record",
      "2027-jj-r01",
      "--from",
      "czj",
      "--doc-no",
      "测财函〔2027〕9号",
    );
    expect(reply.code).toBe(0);
  });
});

describe('what a clerk and an attacker tried (README "Departments change", "Deadlines")', () => {
  it("a rename keeps the full name unless a new one is given; the same name is no rename", async () => {
    const dir = scratch(VALID);
    const fgw = await cli(
      dir,
      "2027-09-01",
      "department",
      "rename",
      "fgw",
      "--to",
      "市发展改革委",
      "--on",
      "2027-09-01",
    );
    expect(fgw.code).toBe(2);
    expect(fgw.stderr).toContain("has the full name 鄂尔多斯市发展和改革委员会");
    const same = await cli(
      dir,
      "2027-09-01",
      "department",
      "rename",
      "czj",
      "--to",
      "财政局",
      "--on",
      "2027-09-01",
    );
    expect(same.code).toBe(2);
    expect(read(dir, "committees/jj.yaml")).toBe(read(VALID, "committees/jj.yaml"));
  });

  it("no 催办函 to a department that has ceased: its successor is named instead", async () => {
    const dir = scratch(VALID);
    // czj owes 2027-jj-r01 (extended to 2027-08-15); it is merged into fgw on 2027-09-01
    await cli(
      dir,
      "2027-09-01",
      "department",
      "merge",
      "czj",
      "--into",
      "fgw",
      "--on",
      "2027-09-01",
    );
    const r = await zh(dir, "2027-09-10", "remind");
    expect(r.stdout).not.toContain("财政局：");
    expect(r.stderr).toContain(
      "未给 财政局 (czj) 发催办函：该部门已于 2027-09-01 撤并，请向承接部门 市发改委 (fgw) 催办",
    );
    const show = await zh(dir, "2027-09-10", "department", "show", "fgw");
    expect(show.stdout).toContain("2027-09-01 财政局 (czj) 并入本部门");
  });

  it("a meeting of a topic whose department has ceased is refused, not written with a warning", async () => {
    const dir = scratch(VALID);
    await cli(
      dir,
      "2027-09-01",
      "department",
      "abolish",
      "czj",
      "--on",
      "2027-09-01",
      "--successor",
      "fgw",
    );
    const r = await cli(
      dir,
      "2027-09-18",
      "meeting",
      "record",
      "--type",
      "research",
      "--topic",
      "2027-jj-01",
      "--date",
      "2027-09-18",
      "--title",
      "调研",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "财政局 (czj) ceased on 2027-09-01: no new activity for it on 2027-09-18",
    );
  });

  it("a calendar file that cannot be read moves nothing; nor does an unreadable report", async () => {
    const { dir } = await issued("2027-09-01", "fgw");
    mkdirSync(path.join(dir, "calendar"));
    writeFileSync(path.join(dir, "calendar", "2027.yaml"), "holidays: [2027-10-01, 2027-02-30]\n");
    const before = read(dir, R02);
    const apply = await cli(dir, "2027-09-20", "calendar", "apply");
    expect(apply.code).toBe(1);
    expect(read(dir, R02)).toBe(before);
    writeFileSync(path.join(dir, "calendar", "2027.yaml"), "holidays: [2027-10-01]\n");
    writeFileSync(
      path.join(dir, "reports", "2027", "2027-jj-r07.yaml"),
      "id: 2027-jj-r07\nkind: nonsense\n",
    );
    const imp = await cli(dir, "2027-09-20", "calendar", "import", NOTICE, "--force");
    expect(imp.code).toBe(1);
    expect(read(dir, R02)).toBe(before);
  });

  it("validate refuses a history that names no department, or goes round in a circle", async () => {
    const dir = scratch(VALID);
    const jj = path.join(dir, "committees", "jj.yaml");
    writeFileSync(
      jj,
      readFileSync(jj, "utf8")
        .replace(
          "    name: 市发改委\n",
          "    name: 市发改委\n    history:\n      - { event: merged-into, on: 2027-01-01, into: czj }\n",
        )
        .replace(
          "    name: 财政局\n",
          "    name: 财政局\n    history:\n      - { event: abolished, on: 2027-02-01, successor: fgw }\n      - { event: merged, on: 2027-01-01, from: [nosuch] }\n",
        ),
    );
    const v = JSON.parse((await cli(dir, "2027-12-31", "validate", "--json")).stdout);
    const errors = v.problems
      .filter(
        (p: { rule: string; severity: string }) =>
          p.rule === "department" && p.severity === "error",
      )
      .map((p: { message: string }) => p.message);
    expect(errors).toEqual([
      "市发改委 (fgw)'s successors lead back to it: the history has a cycle",
      "财政局 (czj)'s successors lead back to it: the history has a cycle",
      "the history names nosuch, which is no department",
    ]);
  });
});
