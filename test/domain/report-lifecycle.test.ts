// report draft / sign / issue decided without a file system (docs/lifecycles.md "Reports").
import { describe, expect, it } from "vitest";
import {
  draftReport,
  issueReport,
  outcomeTitle,
  replyWithin,
  signReport,
} from "../../src/domain/report-lifecycle.js";
import { DOC_NO_PLACEHOLDER, REPLY_DUE_PLACEHOLDER } from "../../src/domain/views.js";
import { dataset, ISSUED, refusal, SETTINGS, SIGNED, TOPIC } from "../helpers/dataset.js";

describe("report issue (Art. 13–14)", () => {
  const ds = dataset({ topics: [TOPIC], reports: [SIGNED] });

  it("defaults: the topic's departments, the next doc number of the committee and year, 30d", () => {
    const issue = issueReport(ds, { id: "2027-jj-r01", on: "2027-06-08" });
    expect(issue.docNo).toBe("测政协经〔2027〕1号");
    expect(issue.recipients).toEqual(["fgw", "czj"]);
    // 30 calendar days after Tuesday 8 June: Thursday 8 July
    expect(issue.due).toBe("2027-07-08");
    expect(issue.patch.edit).toEqual([
      {
        kind: "report",
        file: "reports/2027/2027-jj-r01.yaml",
        edits: [
          { set: ["status"], value: "issued" },
          { set: ["issued_on"], value: "2027-06-08" },
          { set: ["doc_no"], value: "测政协经〔2027〕1号" },
          { set: ["to_departments"], value: ["fgw", "czj"] },
          { set: ["reply_due"], value: "2027-07-08" },
          // how it was made: counted again when a calendar arrives (README "Deadlines")
          {
            set: ["reply_due_basis"],
            value: { rule: "30d", calendars: [], computed: "2027-07-08" },
          },
        ],
      },
    ]);
    expect(issue.patch.fill).toEqual([
      {
        file: "reports/2027/2027-jj-r01.md",
        find: DOC_NO_PLACEHOLDER,
        replace: "测政协经〔2027〕1号",
      },
      {
        file: "reports/2027/2027-jj-r01.md",
        find: REPLY_DUE_PLACEHOLDER,
        replace: "请于2027年7月8日前将办理情况书面答复市政协经济委员会。",
      },
    ]);
    expect(issue.patch.message).toBe(
      "report issue 2027-jj-r01: 测政协经〔2027〕1号 关于优化营商环境的协商意见",
    );
  });

  it("the departments invited to the topic owe a reply too (Art. 4, 14)", () => {
    const invited = dataset({ topics: [{ ...TOPIC, invited: ["sjj"] }], reports: [SIGNED] });
    expect(issueReport(invited, { id: "2027-jj-r01", on: "2027-06-08" }).recipients).toEqual([
      "fgw",
      "czj",
      "sjj",
    ]);
  });

  it("doc numbers continue after the highest one of the committee and year in use", () => {
    const other = { ...ISSUED, id: "2027-jj-r05", doc_no: "测政协经〔2027〕7号" };
    const lastYear = { ...ISSUED, id: "2026-jj-r01", doc_no: "测政协经〔2026〕9号" };
    const issue = issueReport(dataset({ topics: [TOPIC], reports: [SIGNED, other, lastYear] }), {
      id: "2027-jj-r01",
      on: "2027-06-08",
    });
    expect(issue.docNo).toBe("测政协经〔2027〕8号");
  });

  it("given values win; a doc number typed with 【】 is written with 〔〕", () => {
    const issue = issueReport(ds, {
      id: "2027-jj-r01",
      to: ["czj"],
      leaders: ["市长"],
      docNo: "测政协经【2027】3号",
      on: "2027-06-08",
    });
    expect(issue.docNo).toBe("测政协经〔2027〕3号");
    expect(issue.recipients).toEqual(["czj"]);
    expect(issue.patch.edit[0]!.edits).toContainEqual({ set: ["to_leaders"], value: ["市长"] });
  });

  it("reply_within per kind in working days, with the holidays of the calendar", () => {
    const settings = { ...SETTINGS, reply_within: { outcome: "5wd" } };
    const issue = issueReport(
      dataset({
        settings,
        topics: [TOPIC],
        reports: [SIGNED],
        calendars: { 2027: { holidays: ["2027-06-14"], workdays: [] } },
      }),
      { id: "2027-jj-r01", on: "2027-06-08" },
    );
    // Wed 9, Thu 10, Fri 11, (Mon 14 holiday), Tue 15, Wed 16
    expect(issue.due).toBe("2027-06-16");
    expect(issue.patch.notices).toEqual([]);
  });

  it("a year without a calendar is said after the write, as a notice", () => {
    const issue = issueReport(ds, { id: "2027-jj-r01", on: "2027-06-08" });
    expect(issue.patch.notices.map((n) => n.message)).toEqual([
      { key: "report.no-calendar", params: { years: "2027" } },
    ]);
  });

  it.each([
    ["a draft", { ...SIGNED, status: "draft" as const }, "report.not-signed", 1],
    ["an issued report", ISSUED, "report.not-signed", 1],
  ])("refuses %s (only a signed report is issued)", (_, report, key, exit) => {
    expect(
      refusal(() =>
        issueReport(dataset({ topics: [TOPIC], reports: [report] }), {
          id: "2027-jj-r01",
          on: "2027-06-08",
        }),
      ),
    ).toMatchObject({ key, exit });
  });

  it("refuses an unknown report (exit 2) and one with no recipients to give", () => {
    expect(refusal(() => issueReport(ds, { id: "2027-jj-r09", on: "2027-06-08" }))).toMatchObject({
      key: "err.unknown-ref",
      exit: 2,
    });
    const research = { ...SIGNED, kind: "research" as const, topic: undefined };
    expect(
      refusal(() =>
        issueReport(dataset({ reports: [research] }), { id: SIGNED.id, on: "2027-06-08" }),
      ),
    ).toMatchObject({ key: "err.missing-flags", exit: 2, params: { flags: "--to" } });
  });
});

describe("the body goes out as it stands (Art. 13)", () => {
  it.each([
    [
      "a fill-in marker",
      "# 标题\n\n## 二、存在的问题\n\n【请填写：问题】\n",
      "report.fill-in",
      "5",
    ],
    [
      "an empty section",
      "# 标题\n\n## 二、存在的问题\n\n## 三、意见建议\n\n1. 建议。\n",
      "report.empty-section",
      "3",
    ],
  ])("%s refuses sign and issue, naming the line", (_, text, key, line) => {
    const body = { file: "reports/2027/2027-jj-r01.md", text };
    const draft = {
      ...SIGNED,
      status: "draft" as const,
      signed_by: undefined,
      signed_on: undefined,
    };
    expect(
      refusal(() =>
        signReport(
          dataset({ reports: [draft] }),
          { id: SIGNED.id, by: "wang-vc", on: "2027-06-05" },
          body,
        ),
      ),
    ).toMatchObject({ key, exit: 1, params: { line } });
    expect(
      refusal(() =>
        issueReport(
          dataset({ topics: [TOPIC], reports: [SIGNED] }),
          { id: SIGNED.id, on: "2027-06-08" },
          body,
        ),
      ),
    ).toMatchObject({ key, exit: 1 });
  });

  it("sign puts the date signed as 成文日期; issue puts 主送 as issued", () => {
    const draft = {
      ...SIGNED,
      status: "draft" as const,
      signed_by: undefined,
      signed_on: undefined,
    };
    const sign = signReport(dataset({ reports: [draft] }), {
      id: SIGNED.id,
      by: "wang-vc",
      on: "2027-06-05",
    });
    expect(sign.fill).toEqual([
      {
        file: "reports/2027/2027-jj-r01.md",
        find: "（成文日期待签发时填写）",
        replace: "2027年6月5日",
      },
    ]);
    const issue = issueReport(dataset({ topics: [TOPIC], reports: [SIGNED] }), {
      id: SIGNED.id,
      to: ["czj"],
      on: "2027-06-08",
    });
    expect(issue.patch.fill).toContainEqual({
      file: "reports/2027/2027-jj-r01.md",
      find: "\n鄂尔多斯市发展和改革委员会、财政局：\n",
      replace: "\n财政局：\n",
    });
  });
});

describe("report sign (Art. 13)", () => {
  it("sets the signer and the date on a draft", () => {
    const draft = {
      ...SIGNED,
      status: "draft" as const,
      signed_by: undefined,
      signed_on: undefined,
    };
    const p = signReport(dataset({ reports: [draft] }), {
      id: SIGNED.id,
      by: "wang-vc",
      on: "2027-06-05",
    });
    expect(p.edit[0]!.edits).toEqual([
      { set: ["status"], value: "signed" },
      { set: ["signed_by"], value: "wang-vc" },
      { set: ["signed_on"], value: "2027-06-05" },
    ]);
  });

  it("refuses what is not a draft", () => {
    expect(
      refusal(() =>
        signReport(dataset({ reports: [SIGNED] }), {
          id: SIGNED.id,
          by: "wang-vc",
          on: "2027-06-05",
        }),
      ),
    ).toMatchObject({ key: "report.not-draft", exit: 1, params: { status: "signed" } });
  });
});

describe("report draft (Art. 13)", () => {
  it("numbers after every id taken, read or not, and takes the title from the topic", () => {
    const d = draftReport(dataset({ topics: [TOPIC] }), ["2027-jj-r01", "2027-jj-r03"], {
      kind: "outcome",
      topic: TOPIC.id,
      on: "2027-06-01",
    });
    expect(d.record).toEqual({
      id: "2027-jj-r04",
      kind: "outcome",
      committee: "jj",
      topic: "2027-jj-01",
      title: "关于优化营商环境的协商意见",
      status: "draft",
      drafted_on: "2027-06-01",
    });
    expect(d.patch.create).toEqual([{ kind: "report", year: 2027, record: d.record }]);
  });

  it.each([
    [
      "a proposed topic",
      { ...TOPIC, status: "proposed" as const },
      "report.topic-not-confirmed",
      1,
    ],
    [
      "a withdrawn topic",
      { ...TOPIC, status: "withdrawn" as const, withdrawn_on: "2027-03-01", reason: "x" },
      "report.topic-not-confirmed",
      1,
    ],
  ])("refuses an outcome of %s", (_, topic, key, exit) => {
    expect(
      refusal(() =>
        draftReport(dataset({ topics: [topic] }), [], {
          kind: "outcome",
          topic: TOPIC.id,
          on: "2027-06-01",
        }),
      ),
    ).toMatchObject({ key, exit });
  });

  it("refuses an unknown topic (exit 2)", () => {
    expect(
      refusal(() =>
        draftReport(dataset(), [], { kind: "outcome", topic: "2027-jj-09", on: "2027-06-01" }),
      ),
    ).toMatchObject({ key: "err.unknown-ref", exit: 2 });
  });

  it.each([
    ["关于优化营商环境的对口协商", "关于优化营商环境的协商意见"],
    ["关于优化营商环境对口协商", "关于优化营商环境的协商意见"],
    ["关于优化营商环境", "关于优化营商环境的协商意见"],
    ["关于加强黄河流域生态保护的协商", "关于加强黄河流域生态保护的协商意见"],
    ["关于加强黄河流域生态保护的协商意见", "关于加强黄河流域生态保护的协商意见"],
  ])("the outcome title of %s is %s", (topic, title) => {
    expect(outcomeTitle(topic)).toBe(title);
  });
});

describe("reply_within (xieshang.yaml)", () => {
  it("one period for all, per kind, or thirty days", () => {
    expect(replyWithin({ ...SETTINGS, reply_within: "20wd" }, "outcome")).toBe("20wd");
    expect(replyWithin({ ...SETTINGS, reply_within: { research: "15d" } }, "research")).toBe("15d");
    expect(replyWithin({ ...SETTINGS, reply_within: { research: "15d" } }, "outcome")).toBe("30d");
    expect(replyWithin(undefined, "social_opinion")).toBe("30d");
  });
});
