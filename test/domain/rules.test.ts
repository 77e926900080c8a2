// Every rule of docs/rules.md has a fixture that breaks it (an overlay on test/fixtures/valid)
// and a row here pinning rule id, severity, file, line and column of each problem.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/domain/diagnostics.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const TODAY = "2027-12-31";

interface Problem {
  severity: string;
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

async function validateWith(rule: string, lang: "en" | "zh" = "en") {
  const tmp = { dir: scratch(VALID, path.join(FIXTURES, "rules", rule)) };
  const res = await runCli(["validate", "--json", "--data", tmp.dir], { today: TODAY, lang });
  return {
    ...res,
    json: JSON.parse(res.stdout) as {
      ok: boolean;
      errors: number;
      warnings: number;
      problems: Problem[];
    },
  };
}

const pick = (p: Problem) => [p.rule, p.severity, p.file, p.line, p.column];

/** rule → the exact problems its fixture produces: [rule, severity, file, line, column]. */
const EXPECTED: Record<string, (string | number)[][]> = {
  // docs/data-format.md: file name = id
  file: [["file", "error", "topics/2027/2027-jj-09.yaml", 1, 5]],
  // a misspelt key is refused, and the field it should have been is missing
  schema: [
    ["schema", "error", "topics/2027/2027-jj-02.yaml", 1, 1],
    ["schema", "error", "topics/2027/2027-jj-02.yaml", 8, 1],
  ],
  // Art. 4 appendix: one committee per department
  duplicate: [["duplicate", "error", "committees/nm.yaml", 12, 9]],
  reference: [["reference", "error", "activities/2027/2027-06-01-jj-1.yaml", 5, 8]],
  // Art. 4: slj is nm's counterpart and not invited
  counterpart: [["counterpart", "error", "topics/2027/2027-jj-02.yaml", 5, 20]],
  // Art. 6: confirmed without confirmed_on (points at the status)
  lifecycle: [["lifecycle", "error", "topics/2027/2027-jj-02.yaml", 9, 9]],
  // Art. 5: proposed 2026-09-01, collection for 2027 opened 2026-09-15
  "collection-window": [["collection-window", "warning", "topics/2027/2027-jj-02.yaml", 10, 14]],
  // Art. 6: confirmed in April
  "q1-confirmation": [["q1-confirmation", "warning", "topics/2027/2027-jj-02.yaml", 12, 15]],
  // Art. 12: no leader and no department head: one warning for the meeting
  "meeting-participants": [
    ["meeting-participants", "warning", "activities/2027/2027-06-20-jj-1.yaml", 8, 1],
  ],
  // Art. 13: nm's vice-chair signs for jj
  signer: [["signer", "error", "reports/2027/2027-jj-r02.yaml", 7, 12]],
  // Art. 13: issued, its body still holds the placeholders the issue fills, no .docx
  "issued-body": [["issued-body", "error", "reports/2027/2027-jj-r01.yaml", 11, 9]],
  // Art. 14: not a recipient, no doc number, dated before the issue
  reply: [
    ["reply", "error", "reports/2027/2027-jj-r02.yaml", 17, 3],
    ["reply", "warning", "reports/2027/2027-jj-r02.yaml", 17, 3],
    ["reply", "error", "reports/2027/2027-jj-r02.yaml", 18, 18],
  ],
  // README "Departments change": nmcj merged into slj on 2027-06-01 still owes a reply to a
  // report issued before; a 2028 topic proposed after names it
  department: [
    ["department", "warning", "reports/2027/2027-nm-r01.yaml", 11, 23],
    ["department", "warning", "topics/2028/2028-nm-01.yaml", 5, 20],
  ],
  // README "Deadlines": 30 days from 2027-09-01 gave 10-01 without a calendar; 国庆 now moves it
  deadline: [["deadline", "warning", "reports/2027/2027-jj-r02.yaml", 12, 12]],
  // Art. 16
  liaison: [
    ["liaison", "warning", "committees/bgs.yaml", 2, 7],
    ["liaison", "warning", "committees/bgs.yaml", 10, 9],
  ],
  "future-date": [["future-date", "warning", "activities/2028/2028-01-05-jj-1.yaml", 2, 7]],
};

describe("the valid fixture", () => {
  it("has no problems at all", async () => {
    const res = await runCli(["validate", "--json", "--data", VALID], { today: TODAY });
    expect(JSON.parse(res.stdout)).toEqual({ ok: true, errors: 0, warnings: 0, problems: [] });
    expect(res.code).toBe(0);
  });
});

describe("every rule of docs/rules.md", () => {
  it("has a fixture and an expectation", () => {
    for (const rule of RULE_IDS) {
      expect(existsSync(path.join(FIXTURES, "rules", rule)), rule).toBe(true);
      expect(EXPECTED[rule], rule).toBeDefined();
    }
  });

  for (const rule of RULE_IDS) {
    it(`${rule}: the fixture breaks it where expected`, async () => {
      const { code, json } = await validateWith(rule);
      expect(json.problems.map(pick)).toEqual(EXPECTED[rule]);
      const errors = EXPECTED[rule]!.filter((e) => e[1] === "error").length;
      expect(json.errors).toBe(errors);
      expect(json.warnings).toBe(EXPECTED[rule]!.length - errors);
      expect(json.ok).toBe(errors === 0);
      expect(code).toBe(errors > 0 ? 1 : 0);
    });
  }
});

describe("messages", () => {
  it("say the counterpart problem in English and in Chinese", async () => {
    const en = await validateWith("counterpart", "en");
    expect(en.json.problems[0]!.message).toBe(
      "市水利局 (slj) is a counterpart of 农牧委员会, not of 经济委员会, and is not listed under invited",
    );
    const zh = await validateWith("counterpart", "zh");
    expect(zh.json.problems[0]!.message).toBe(
      "市水利局 (slj) 是农牧委员会的对口联系部门，不是经济委员会的，也未列在 invited 中",
    );
  });

  it("say who ceased, when, and who carries the work on, in English and in Chinese", async () => {
    const en = await validateWith("department", "en");
    expect(en.json.problems.map((p) => p.message)).toEqual([
      "农牧局 (nmcj) ceased on 2027-06-01 but still owes a reply; its work passed to 市水利局 (slj)",
      "农牧局 (nmcj) had ceased on 2027-06-01, before this record's date 2027-09-20; its successor is 市水利局 (slj)",
    ]);
    const zh = await validateWith("deadline", "zh");
    expect(zh.json.problems[0]!.message).toBe(
      "reply_due 2027-10-01 计算时尚无 calendar/2027.yaml；按规则现应为 2027-10-08",
    );
  });

  it("name the missing and the misspelt field", async () => {
    const { json } = await validateWith("schema");
    expect(json.problems.map((p) => p.message)).toEqual([
      "the field category is missing",
      "unknown field categroy",
    ]);
  });

  it("print file:line:col, severity, rule, message and hint for a person", async () => {
    const tmp = { dir: scratch(VALID, path.join(FIXTURES, "rules", "signer")) };
    const res = await runCli(["validate", "--data", tmp.dir], { today: TODAY, lang: "zh" });
    expect(res.stdout).toBe(
      [
        "reports/2027/2027-jj-r02.yaml:7:12 错误 [signer] 李某某 (li-vc) 无权签发经济委员会的成果：须由分管副主席或秘书长签发（第13条）",
        "  提示：分管副主席：王某某 (wang-vc)；秘书长：周某某 (zhou-sg)",
        "8 个文件中有 1 个错误、0 个警告",
        "",
      ].join("\n"),
    );
    expect(res.code).toBe(1);
  });

  it("show a code frame with a caret under the value on a terminal", async () => {
    const tmp = { dir: scratch(VALID, path.join(FIXTURES, "rules", "counterpart")) };
    const res = await runCli(["validate", "--no-color", "--data", tmp.dir], {
      today: TODAY,
      tty: true,
    });
    expect(res.stdout).toContain(
      [
        "  3 | title: 关于农村金融服务的对口协商",
        "  4 | committee: jj",
        "> 5 | departments: [czj, slj]",
        "    |                    ^",
      ].join("\n"),
    );
  });
});
