// Golden outputs on the bundled data with a fixed date (SPEC §4): overdue, remind, the
// annual plan in its three formats, status. UPDATE_GOLDEN=1 rewrites them; review the
// diff before committing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA, FIXTURES, runCli } from "./helpers/run.js";

const DIR = path.join(FIXTURES, "golden", "bundled");
const TODAY = "2026-11-27";

async function golden(name: string, args: string[], lang: "zh" | "en" = "zh") {
  const r = await runCli([...args, "--data", BUNDLED_DATA], { today: TODAY, lang });
  expect(r.code, r.stderr).toBe(0);
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, r.stdout);
  expect(r.stdout).toBe(readFileSync(file, "utf8"));
  return r.stdout;
}

describe("golden outputs on the bundled data, as of 2026-11-27", () => {
  it("overdue", async () => {
    await golden("overdue.tsv", ["overdue"]);
    const json = JSON.parse(await golden("overdue.json", ["overdue", "--json", "--within", "14"]));
    expect(Object.keys(json[0])).toEqual([
      "report",
      "doc_no",
      "title",
      "committee",
      "department",
      "department_name",
      "liaison",
      "issued_on",
      "due_on",
      "days_overdue",
      "last_chase",
    ]);
  });

  it("remind", async () => {
    await golden("remind.md", ["remind"]);
  });

  it("plan 2027 in md, json and csv", async () => {
    await golden("plan-2027.md", ["plan", "2027", "--include-shortlisted"]);
    const json = JSON.parse(
      await golden("plan-2027.json", ["plan", "2027", "--include-shortlisted", "--format", "json"]),
    );
    expect(Object.keys(json)).toEqual(["year", "committees"]);
    expect(Object.keys(json.committees[4])).toEqual(["code", "name", "topics"]);
    expect(Object.keys(json.committees[4].topics[0]).slice(0, 8)).toEqual([
      "id",
      "title",
      "departments",
      "invited",
      "forms",
      "schedule",
      "source",
      "status",
    ]);
    const csv = await golden("plan-2027.csv", [
      "plan",
      "2027",
      "--include-shortlisted",
      "--format",
      "csv",
    ]);
    expect(csv.startsWith("\uFEFF专委会,序号,议题编号,协商议题")).toBe(true);
    expect(csv.split("\r\n").length).toBe(4); // header, the two shortlisted topics, the final line break
  });

  it("plan 2026 with its progress", async () => {
    await golden("plan-2026-progress.md", ["plan", "2026", "--progress"]);
  });

  it("status", async () => {
    await golden("status.txt", ["status"]);
    await golden("status.json", ["status", "--json"]);
  });

  it("plan gives identical bytes run after run, whatever the date", async () => {
    const a = await runCli(["plan", "2026", "--format", "csv", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
    });
    const b = await runCli(["plan", "2026", "--format", "csv", "--data", BUNDLED_DATA], {
      today: "2027-01-15",
    });
    expect(a.stdout).toBe(b.stdout);
    const c = await runCli(["plan", "2026", "--data", BUNDLED_DATA], { today: "2026-11-27" });
    const d = await runCli(["plan", "2026", "--data", BUNDLED_DATA], { today: "2027-01-15" });
    expect(c.stdout).toBe(d.stdout);
    expect(c.stdout).toContain(
      "| 1 | 关于持续优化营商环境的对口协商 | 经济委员会 | 市发改委、政务服务局（邀请：市场监管局） | 调查研究、协商会议 | 第二季度 | 对口联系部门出题 |",
    );
  });
});
