// calendar import / show (docs/commands.md "Holidays"): the State Council's notice as pasted,
// read into calendar/<year>.yaml, checked against itself.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readNotice } from "../../src/domain/holiday-notice.js";
import { refusals } from "../helpers/refusals.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const NOTICES = path.join(FIXTURES, "notices");
const VALID = path.join(FIXTURES, "valid");
const cli = (dir: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today: "2026-11-28", lang: "en" });
const datesOf = (file: string) => {
  const v = parse(readFileSync(file, "utf8")) as { holidays: string[]; workdays: string[] };
  return { holidays: v.holidays, workdays: v.workdays };
};

describe("calendar import", () => {
  it("the 2026 notice gives exactly the bundled calendar's dates", async () => {
    const dir = scratch(VALID);
    const r = await cli(dir, "calendar", "import", path.join(NOTICES, "2026.txt"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("created calendar/2026.yaml\n");
    expect(datesOf(path.join(dir, "calendar", "2026.yaml"))).toEqual(
      datesOf(path.join(BUNDLED_DATA, "calendar", "2026.yaml")),
    );
    const text = readFileSync(path.join(dir, "calendar", "2026.yaml"), "utf8");
    expect(text).toContain(
      "# 来源：《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日）",
    );
    expect(text).toContain("  # 春节：2月15日至23日放假调休，共9天\n  - 2026-02-15");
    expect(text).toContain("  - 2026-02-14   # 周六上班（春节调休）");
    const v = await cli(dir, "validate", "--json");
    expect(JSON.parse(v.stdout).errors).toBe(0);
  });

  it("an older notice: 星期, a New Year from the December before, 与周末连休", async () => {
    const dir = scratch(VALID);
    const r = await cli(dir, "calendar", "import", path.join(NOTICES, "2019.txt"));
    expect(r.code, r.stderr).toBe(0);
    const y2019 = datesOf(path.join(dir, "calendar", "2019.yaml"));
    expect(y2019.holidays.filter((d) => d < "2019-03")).toEqual([
      "2019-01-01",
      "2019-02-04",
      "2019-02-05",
      "2019-02-06",
      "2019-02-07",
      "2019-02-08",
      "2019-02-09",
      "2019-02-10",
    ]);
    // 清明 4月5日 with the weekend: the Friday only; the weekend is off anyway
    expect(y2019.holidays).toContain("2019-04-05");
    expect(y2019.holidays).not.toContain("2019-04-06");
    expect(y2019.workdays).toEqual(["2019-02-02", "2019-02-03", "2019-09-29", "2019-10-12"]);
    // the days of 2018 went into 2018's file
    expect(datesOf(path.join(dir, "calendar", "2018.yaml"))).toEqual({
      holidays: ["2018-12-30", "2018-12-31"],
      workdays: ["2018-12-29"],
    });
  });

  it("the HTML of a page: 补休, a range across a month, two festivals on one line", async () => {
    const dir = scratch(VALID);
    const r = await cli(dir, "calendar", "import", path.join(NOTICES, "2017.html"));
    expect(r.code, r.stderr).toBe(0);
    const y = datesOf(path.join(dir, "calendar", "2017.yaml"));
    expect(y.holidays.slice(0, 9)).toEqual([
      "2017-01-01",
      "2017-01-02", // 补休
      "2017-01-27",
      "2017-01-28",
      "2017-01-29",
      "2017-01-30",
      "2017-01-31",
      "2017-02-01",
      "2017-02-02",
    ]);
    expect(y.holidays.filter((d) => d >= "2017-10")).toHaveLength(8); // 中秋节、国庆节 共8天
    expect(y.workdays).toEqual([
      "2017-01-22",
      "2017-02-04",
      "2017-04-01",
      "2017-05-27",
      "2017-09-30",
    ]);
    expect(readFileSync(path.join(dir, "calendar", "2017.yaml"), "utf8")).toContain(
      "# 中秋节、国庆节：10月1日至8日放假调休，共8天",
    );
  });

  it("--dry-run prints the calendar and writes nothing", async () => {
    const dir = scratch(VALID);
    const r = await cli(dir, "calendar", "import", path.join(NOTICES, "2026.txt"), "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("holidays:\n  # 元旦：1月1日至3日放假调休，共3天\n  - 2026-01-01");
    expect(existsSync(path.join(dir, "calendar", "2026.yaml"))).toBe(false);
  });

  it("an existing calendar is replaced only with --force, the difference shown", async () => {
    const dir = scratch(BUNDLED_DATA);
    const file = path.join(dir, "calendar", "2026.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("  - 2026-10-07\n", "  - 2026-10-08\n"));
    const refused = await cli(dir, "calendar", "import", path.join(NOTICES, "2026.txt"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "  + 10月7日（周三） 2026-10-07\n  - 10月8日（周四） 2026-10-08\n",
    );
    expect(refused.stderr).toContain("calendar/2026.yaml exists already; nothing was written");
    const forced = await cli(dir, "calendar", "import", path.join(NOTICES, "2026.txt"), "--force");
    expect(forced.code, forced.stderr).toBe(0);
    expect(datesOf(file).holidays).toContain("2026-10-07");
    expect(datesOf(file).holidays).not.toContain("2026-10-08");
  });
});

/** The 2026 notice with one thing changed, written beside the test's data. */
function broken(dir: string, from: string, to: string): string {
  const file = path.join(dir, "notice.txt");
  const text = readFileSync(path.join(NOTICES, "2026.txt"), "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe("the notice checked against itself", () => {
  it.each([
    [
      "共N天 ≠ the days named",
      "至7日（周三）放假调休，共7天",
      "至7日（周三）放假调休，共8天",
      "国庆节: the notice says 8 days off, but names 7",
    ],
    [
      "a 上班 day that is not a weekend",
      "5月9日（周六）上班",
      "5月8日（周五）上班",
      "劳动节: 5月8日（周五） is to be worked, but it is not a weekend day",
    ],
    [
      "a day off listed twice",
      "六、中秋节：9月25日（周五）至27日（周日）放假，共3天。",
      "六、中秋节：9月25日至27日放假，共3天。\n八、国庆节：9月27日放假。",
      "2026-09-27 is a day off under two festivals: 中秋节、国庆节",
    ],
    [
      "a year in the title that differs from the dates",
      "关于2026年部分节假日",
      "关于2025年部分节假日",
      "the title says 2025, but the dates are of 2026",
    ],
  ])("%s: said, and nothing written without --force", async (_, from, to, says) => {
    const dir = scratch(VALID);
    const file = broken(dir, from, to);
    const r = await cli(dir, "calendar", "import", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain("the notice does not add up");
    expect(existsSync(path.join(dir, "calendar"))).toBe(false);
    const forced = await cli(dir, "calendar", "import", file, "--force", "--year", "2026");
    expect(forced.code, forced.stderr).toBe(0);
  });

  it("a text with no festival line", () => {
    expect(readNotice("通知\n节日快乐", undefined, 2027).problems).toEqual([{ kind: "no-items" }]);
  });
});

describe("refusals of calendar import (table)", () => {
  refusals(
    [VALID],
    [
      {
        name: "a file that does not exist",
        args: ["calendar", "import", "/nonexistent/notice.txt"],
        code: 3,
        says: ["ENOENT"],
      },
      {
        name: "a bad --year",
        args: ["calendar", "import", path.join(NOTICES, "2026.txt"), "--year", "26"],
        code: 2,
        says: ["--year: 26 is not a year"],
      },
    ],
  );
});

describe("calendar show", () => {
  it("month by month, and which years of open deadlines have a calendar", async () => {
    const r = await runCli(["calendar", "show", "2026", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
      lang: "zh",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "  2月：放假 15日、16日、17日、18日、19日、20日、21日、22日、23日；上班 14日（周六）、28日（周六）\n",
    );
    expect(r.stdout).toContain("  2026 年：有 calendar/2026.yaml\n");
    const open = await runCli(
      ["calendar", "show", "--data", scratch(VALID, path.join(FIXTURES, "year"))],
      {
        today: "2027-11-27",
        lang: "zh",
      },
    );
    expect(open.stdout).toContain(
      "  2027 年：没有节假日文件，只算周末（xieshang calendar import）\n",
    );
    // the open deadlines that wait on the year's notice, each named (README "Deadlines")
    expect(open.stdout).toContain(
      "    2027-nm-r01 农牧局：2027-10-01（待该年放假通知，遇假日顺延）\n",
    );
  });

  it("a year without a file says so", async () => {
    const r = await runCli(["calendar", "show", "2030", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
      lang: "en",
    });
    expect(r.stdout).toContain("no calendar/2030.yaml: only weekends count as days off");
  });
});

describe("init and report issue", () => {
  it("init copies the bundled calendars; a missing calendar's warning names calendar import", async () => {
    const dir = path.join(scratch(), "d");
    await runCli(["init", dir]);
    expect(datesOf(path.join(dir, "calendar", "2026.yaml"))).toEqual(
      datesOf(path.join(BUNDLED_DATA, "calendar", "2026.yaml")),
    );
    const data = scratch(VALID, path.join(FIXTURES, "draft"));
    await cli(data, "report", "sign", "2027-jj-r02", "--by", "wang-vc", "--on", "2027-06-20");
    const r = await runCli(
      ["report", "issue", "2027-jj-r02", "--to", "fgw", "--on", "2027-06-20", "--data", data],
      { today: "2027-06-20", lang: "en" },
    );
    expect(r.stderr).toContain("xieshang calendar import");
  });
});
