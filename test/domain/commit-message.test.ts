// Commits in the data's language (issue 25; README "Working as a team of clerks").
import { describe, expect, it } from "vitest";
import { commitText } from "../../src/domain/commit-message.js";

describe("commitText", () => {
  it.each([
    ["topic confirm 2027-jj-01, 2027-jj-02", "确定议题 2027-jj-01、2027-jj-02"],
    [
      "topic propose 2027-jj-01: 关于优化营商环境的对口协商",
      "提出议题 2027-jj-01：关于优化营商环境的对口协商",
    ],
    ["reply extend 2027-jj-r01: czj until 2027-08-15", "同意延期 2027-jj-r01：czj 至 2027-08-15"],
    ["calendar apply: 3 deadlines moved", "按节假日安排调整答复期限：3 项"],
    ["calendar import 2027", "导入节假日安排 2027"],
    ["xieshang init", "初始化数据目录"],
    ["resolve", "合并后调整重复编号"],
    ["department merge fpb → nmj (2024-03-01)", "部门合并 fpb → nmj (2024-03-01)"],
  ])("%s → %s", (en, zh) => {
    expect(commitText(en, "zh")).toBe(zh);
    expect(commitText(en, undefined)).toBe(zh);
    expect(commitText(en, "en")).toBe(en);
  });
});
