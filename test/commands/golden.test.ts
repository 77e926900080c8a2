// Golden outputs on a small year written by hand (test/fixtures/year/README.md says what
// it holds), as of 2027-11-27: overdue, remind, the annual plan in its three formats and
// with its progress, status. They are vitest file snapshots: a missing one fails in CI
// instead of writing itself; after an intended change, `npx vitest run -u` rewrites them
// and the diff is reviewed before committing.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_DATA, FIXTURES, runCli, tempData } from "../helpers/run.js";

const GOLDEN = path.join(FIXTURES, "golden", "year");
const TODAY = "2027-11-27";
const year = tempData(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
afterAll(() => year.cleanup());

async function golden(name: string, args: string[], lang: "zh" | "en" = "zh") {
  const r = await runCli([...args, "--data", year.dir], { today: TODAY, lang });
  expect(r.code, r.stderr).toBe(0);
  await expect(r.stdout).toMatchFileSnapshot(path.join(GOLDEN, name));
  return r.stdout;
}

describe("golden outputs on a hand-written year, as of 2027-11-27", () => {
  it("overdue: both unanswered replies, most overdue first", async () => {
    const tsv = await golden("overdue.tsv", ["overdue"]);
    expect(tsv.split("\n")[0]).toMatch(/^2027-jj-r01\t.*\t财政局\t.*\t103\t2027-07-10 电话$/);
    const json = JSON.parse(await golden("overdue.json", ["overdue", "--json", "--within", "14"]));
    expect(json.map((o: { days_overdue: number }) => o.days_overdue)).toEqual([103, 57]);
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

  it("remind: one notice per department owing a reply", async () => {
    const md = await golden("remind.md", ["remind"]);
    expect(md).toContain("财政局");
    expect(md).toContain("农牧局");
  });

  it("plan 2027 in md, json and csv", async () => {
    await golden("plan-2027.md", ["plan", "2027", "--include-shortlisted"]);
    const json = JSON.parse(
      await golden("plan-2027.json", ["plan", "2027", "--include-shortlisted", "--format", "json"]),
    );
    expect(Object.keys(json)).toEqual(["year", "committees"]);
    expect(Object.keys(json.committees[1])).toEqual(["code", "name", "topics"]);
    // confirmed before shortlisted, withdrawn left out
    expect(
      json.committees.map((c: { topics: { id: string }[] }) => c.topics.map((t) => t.id)),
    ).toEqual([[], ["2027-jj-01", "2027-jj-02"], ["2027-nm-01"]]);
    expect(Object.keys(json.committees[1].topics[0]).slice(0, 8)).toEqual([
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
    // names first, 序号 running through the plan, the codes last
    expect(csv.startsWith("\uFEFF序号,协商议题,牵头专委会")).toBe(true);
    expect(csv.split("\r\n").length).toBe(5); // header, three topics, the final line break
  });

  it("plan 2027 with its progress", async () => {
    await golden("plan-2027-progress.md", ["plan", "2027", "--progress"]);
  });

  it("status", async () => {
    await golden("status.txt", ["status"]);
    await golden("status.json", ["status", "--json"]);
  });

  it("plan gives identical bytes run after run, whatever the date (bundled data)", async () => {
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

describe("plan --json", () => {
  it("prints the JSON plan; with another --format it is refused (exit 2)", async () => {
    const json = await runCli(["plan", "2027", "--json", "--data", year.dir], { today: TODAY });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).year).toBe(2027);
    const both = await runCli(["plan", "2027", "--json", "--format", "csv", "--data", year.dir], {
      today: TODAY,
      lang: "en",
    });
    expect(both).toMatchObject({ code: 2, stdout: "" });
    expect(both.stderr).toContain("--json and --format csv ask for two formats");
  });
});

describe("plan of a year with no confirmed topic", () => {
  it("is made (empty), and the clerk is told why on stderr", async () => {
    const r = await runCli(["plan", "2028", "--data", year.dir], { today: TODAY, lang: "en" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no topic of 2028 is confirmed yet (Art. 6)");
    const draft = await runCli(["plan", "2027", "--include-shortlisted", "--data", year.dir], {
      today: TODAY,
    });
    expect(draft.stderr).toBe("");
  });
});
