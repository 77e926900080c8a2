// The reading commands on the bundled data and the valid fixture, in-process.
import path from "node:path";
import type { Command } from "commander";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/app/program.js";
import { testIO } from "../../src/cli/io.js";
import { HELP_ZH } from "../../src/i18n/help-zh.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

/** A program built in English, with no data directory looked for. */
const englishState = {
  lang: "en" as const,
  earlyLang: () => "en" as const,
  look: () => ({ flagUsed: undefined, settings: {} }),
};

const VALID = path.join(FIXTURES, "valid");

describe("committee list", () => {
  it("shows the 8 units of the 一览表 in its order", async () => {
    const res = await runCli(["committee", "list", "--json", "--data", BUNDLED_DATA]);
    expect(res.code).toBe(0);
    const list = JSON.parse(res.stdout) as { code: string; name: string; departments: unknown[] }[];
    // one entry per department; slips of the table noted in each file's comments
    expect(list.map((c) => [c.name, c.departments.length])).toEqual([
      ["办公室", 10],
      ["文史和学习委员会", 15],
      ["教科卫体委员会", 8],
      ["社会法制和人口资源环境委员会", 26], // the table declares 28 but lists 26
      ["经济委员会", 43], // declared count unreadable: "(=4个)"
      ["民族宗教港澳台侨联络委员会", 6],
      ["农牧委员会", 13],
      ["提案委员会", 17], // 巡察三组 listed twice: 18 entries, 17 departments
    ]);
  });

  it("prints tab-separated rows when piped", async () => {
    const res = await runCli(["committee", "list", "--data", VALID], { lang: "zh" });
    expect(res.stdout).toBe(
      [
        "1\tbgs\t办公室\t办公室\t1\t—\t孙某 0477-8390101",
        "2\tjj\t经济委员会\t专门委员会\t2\t王某某\t李某 0477-8390501",
        "3\tnm\t农牧委员会\t专门委员会\t2\t李某某\t乔某",
        "",
      ].join("\n"),
    );
  });

  it("lines up Chinese text in a table on a terminal", async () => {
    const res = await runCli(["committee", "list", "--no-color", "--data", VALID], {
      lang: "zh",
      tty: true,
    });
    const [header, rule, ...rows] = res.stdout.trimEnd().split("\n");
    // every cell starts under its heading, measured as the screen shows it
    for (const row of rows) expect(columnStarts(row!)).toEqual(columnStarts(header!));
    expect(rule).toMatch(/^─+( {2}─+)+$/);
    expect(res.stdout).toContain("经济委员会");
  });
});

describe("committee show", () => {
  it("finds a unit by code or by name", async () => {
    const byCode = await runCli(["committee", "show", "jj", "--json", "--data", VALID]);
    const byName = await runCli(["committee", "show", "经济委员会", "--json", "--data", VALID]);
    expect(JSON.parse(byCode.stdout).code).toBe("jj");
    expect(byName.stdout).toBe(byCode.stdout);
  });

  it("lists its counterparts", async () => {
    const res = await runCli(["committee", "show", "nm", "--data", VALID]);
    expect(res.stdout).toContain("Counterpart departments (2)");
    expect(res.stdout).toContain("slj\t市水利局\t\t褚某");
  });
});

describe("department show", () => {
  for (const ref of ["fgw", "市发改委", "鄂尔多斯市发展和改革委员会", "发改委"]) {
    it(`finds fgw by ${ref}`, async () => {
      const res = await runCli(["department", "show", ref, "--json", "--data", VALID]);
      expect(res.code).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ id: "fgw", committee: "jj" });
    });
  }

  it("folds a leading 市 the table left out: 市财政局 → czj", async () => {
    const res = await runCli(["department", "show", "财政局", "--json", "--data", VALID]);
    expect(JSON.parse(res.stdout).id).toBe("czj");
  });

  it("refuses an ambiguous name with the candidates (exit 2)", async () => {
    const tmp = { dir: scratch(VALID) };
    const { writeFileSync, readFileSync } = await import("node:fs");
    const nm = path.join(tmp.dir, "committees/nm.yaml");
    writeFileSync(
      nm,
      readFileSync(nm, "utf8").replace("name: 农牧局", "name: 农牧局\n    aliases: [发改委]"),
    );
    const res = await runCli(["department", "show", "发改委", "--data", tmp.dir], { lang: "zh" });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      "xieshang: 发改委 可能指多个部门\n  您是否要找：fgw 市发改委（经济委员会）、nmcj 农牧局（农牧委员会）\n",
    );
  });

  it("shows the topics a department is on", async () => {
    const res = await runCli(["department", "show", "czj", "--data", VALID]);
    expect(res.stdout).toContain("Topics involving it (1)");
    expect(res.stdout).toContain("2027-jj-01\t关于优化营商环境的对口协商\tjj · confirmed");
  });
});

describe("department list", () => {
  it("lists every department with its committee, or one committee's", async () => {
    const all = JSON.parse(
      (await runCli(["department", "list", "--json", "--data", VALID])).stdout,
    );
    expect(all.map((d: { id: string; committee: string }) => `${d.committee}/${d.id}`)).toEqual([
      "bgs/swb",
      "jj/fgw",
      "jj/czj",
      "nm/slj",
      "nm/nmcj",
    ]);
    const nm = await runCli(["department", "list", "--committee", "农牧委员会", "--data", VALID]);
    expect(nm.stdout).toBe("nm\tslj\t市水利局\t\t褚某\nnm\tnmcj\t农牧局\t\t卫某\n");
  });

  it("an unknown committee is a usage error (exit 2)", async () => {
    const res = await runCli(["department", "list", "--committee", "zz", "--data", VALID]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("unknown committee: zz");
  });

  it("a phone number written without quotes is kept as text", async () => {
    const res = await runCli(["department", "show", "czj", "--json", "--data", VALID]);
    expect(JSON.parse(res.stdout).liaison).toEqual({ name: "钱某", phone: "13800000000" });
  });
});

describe("status", () => {
  it("counts topics, activities by form, reports and replies per committee", async () => {
    const res = await runCli(["status", "--year", "2027", "--json", "--data", VALID], {
      today: "2027-12-31",
    });
    const s = JSON.parse(res.stdout);
    expect(s.year).toBe(2027);
    expect(s.committees.map((c: { code: string }) => c.code)).toEqual(["bgs", "jj", "nm"]);
    expect(s.committees[1]).toEqual({
      code: "jj",
      name: "经济委员会",
      counterparts: 2,
      topics: { proposed: 0, shortlisted: 0, confirmed: 1, concluded: 0, withdrawn: 0 },
      activities: {
        info_exchange: 0,
        attend: 0,
        briefing: 0,
        solicit: 0,
        research: 0,
        consultation: 1,
        total: 1,
      },
      reports: { draft: 0, signed: 0, issued: 1 },
      // fgw replied on time; czj's extension ran until 2027-08-15
      replies: { on_time: 1, late: 0, pending: 0, overdue: 1 },
      // fgw's reply carries no evaluation
      evaluations: {
        handling: { 满意: 0, 基本满意: 0, 不满意: 0 },
        result: { 满意: 0, 基本满意: 0, 不满意: 0 },
        unrated: 1,
      },
      idle_counterparts: ["czj"],
      missing_liaisons: [],
    });
    expect(s.totals).toMatchObject({ counterparts: 5, idle_counterparts: 4, missing_liaisons: 0 });
    expect(s.collection).toEqual({ year: 2028, proposed: 0, shortlisted: 0 });
  });

  it("runs on the bundled data and says where the 2027 collection stands", async () => {
    const res = await runCli(["status", "--data", BUNDLED_DATA], { today: "2026-11-27" });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      // fgw's reply: 满意/满意; zwfw's: 基本满意/基本满意; scjg's not evaluated
      "经济委员会\t0/0/1/1/0\t6 (1/1/1/1/1/1)\t0/1/2\t2/1/1/0\t1/1/0 1/1/0\t39/43\t38",
    );
    // piped: the rows only, one per committee and the total, for scripts
    expect(res.stdout.trimEnd().split("\n")).toHaveLength(9);
    expect(res.stdout).not.toContain("Topic collection");
    expect(res.stderr).toContain("validate: 0 error(s)");
    const tty = await runCli(["status", "--no-color", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
      tty: true,
    });
    expect(tty.stdout).toContain("Topic collection for 2027 is open: 4 proposed, 2 shortlisted.");
  });
});

describe("validate", () => {
  it("on the bundled data: no errors, only true warnings", async () => {
    const res = await runCli(["validate", "--json", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
    });
    const r = JSON.parse(res.stdout);
    expect(r.errors).toBe(0);
    expect(new Set(r.problems.map((p: { rule: string }) => p.rule))).toEqual(new Set(["liaison"]));
    expect(res.code).toBe(0);
  });

  it("--strict fails on warnings (exit 1) and says so", async () => {
    const res = await runCli(["validate", "--strict", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("--strict: warnings count as failures");
    const json = JSON.parse(
      (await runCli(["validate", "--strict", "--json", "--data", BUNDLED_DATA])).stdout,
    );
    expect(json.ok).toBe(false);
  });

  it("folds liaison warnings into one line per committee", async () => {
    const res = await runCli(["validate", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
      lang: "zh",
    });
    const lines = res.stdout.split("\n").filter((l) => l.includes("[liaison]"));
    expect(lines).toHaveLength(8);
    expect(lines).toContain(
      "committees/ta.yaml:4:7 警告 [liaison] 提案委员会：18 个未指定联络员（第16条）：本委员会、市委老干部局、市委巡察办、巡察二组、巡察三组、市总工会 …",
    );
  });
});

describe("the command line", () => {
  it("an unknown command or flag is a usage error (exit 2)", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(2);
    expect((await runCli(["validate", "--frobnicate"])).code).toBe(2);
  });

  it("has Chinese for every help text of every command, option and argument", () => {
    const missing: string[] = [];
    const walk = (cmd: Command) => {
      for (const text of [
        cmd.description(),
        ...cmd.options.map((o) => o.description),
        ...cmd.registeredArguments.map((a) => a.description),
      ]) {
        if (text && !HELP_ZH[text]) missing.push(text);
      }
      cmd.commands.forEach(walk);
    };
    walk(buildProgram(testIO(), englishState));
    expect(missing).toEqual([]);
  });

  it("shows help in Chinese for a Chinese clerk", async () => {
    const r = await runCli(["reply", "extend", "--help"], { lang: "zh" });
    expect(r.stdout).toContain("用法：");
    expect(r.stdout).toContain("同意部门延期答复：新期限前不算逾期");
    expect(r.stdout).toContain("--until <date>   新的答复期限");
  });

  it("says commander's own errors in the user's language", async () => {
    const zh = await runCli(["valdate", "--data", VALID], { lang: "zh" });
    expect(zh).toMatchObject({
      code: 2,
      stderr: "错误：未知命令 'valdate'\n（您是否要输入 validate？）\n",
    });
    const en = await runCli(["topic", "confirm", "--data", VALID], { lang: "en" });
    expect(en).toMatchObject({ code: 2, stderr: "error: missing required argument 'ids'\n" });
  });

  it("a bad --as-of or --lang is a usage error (exit 2)", async () => {
    const asOf = await runCli(["validate", "--as-of", "2027-02-30", "--data", VALID]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain("--as-of: 2027-02-30 is not a date");
    expect((await runCli(["validate", "--lang", "fr", "--data", VALID])).code).toBe(2);
  });

  it("--as-of takes the Chinese and slash forms", async () => {
    for (const d of ["2027年12月31日", "2027/12/31"]) {
      const res = await runCli(["validate", "--json", "--as-of", d, "--data", VALID]);
      expect(JSON.parse(res.stdout).warnings).toBe(0);
    }
  });

  it("builds only the command a line names, and the whole program otherwise", () => {
    const names = (argv: string[]) =>
      buildProgram(testIO(), englishState, argv).commands.map((c) => c.name());
    const all = names([]);
    expect(all).toContain("validate");
    expect(all.length).toBeGreaterThan(15);
    // each command alone: the table of commands names each as it registers itself
    for (const name of all.filter((n) => n !== "completion" && n !== "complete"))
      expect(names([name, "--help"])).toEqual([name]);
    // a global option's value is not the command; a flag is passed over
    expect(names(["--data", "topic", "--json", "status"])).toEqual(["status"]);
    expect(names(["--lang=zh", "topic", "list"])).toEqual(["topic"]);
    // no command, an unknown one (for "did you mean"), help, and the completions: all
    for (const argv of [["--help"], ["valdate"], ["help", "topic"], ["complete", "--", "x"]])
      expect(names(argv)).toEqual(all);
  });

  it("every command has help with examples (exit 0)", async () => {
    const program = buildProgram(testIO(), englishState);
    const paths: string[][] = [];
    const walk = (cmd: Command, prefix: string[]) => {
      for (const sub of cmd.commands) {
        if ((sub as unknown as { _hidden: boolean })._hidden) continue; // complete: for the shell only
        const p = [...prefix, sub.name()];
        if (sub.commands.length === 0) paths.push(p);
        walk(sub, p);
      }
    };
    walk(program, []);
    expect(paths.length).toBeGreaterThan(20);
    for (const args of [[], ...paths]) {
      const res = await runCli([...args, "--help"]);
      expect(res.code, args.join(" ")).toBe(0);
      expect(res.stdout, args.join(" ")).toContain("Examples:");
    }
  });
});

/** The screen columns where the cells of a table line start (after a gap of two spaces). */
function columnStarts(line: string): number[] {
  const starts: number[] = [];
  let col = 0;
  let spaces = 0;
  for (const ch of line) {
    if (ch === " ") spaces++;
    else {
      if (col === 0 || spaces >= 2) starts.push(col);
      spaces = 0;
    }
    col += stringWidth(ch);
  }
  return starts;
}

describe("tables fit the terminal", () => {
  const COMMANDS = [
    ["overdue"],
    ["status"],
    ["topic", "list"],
    ["report", "list"],
    ["meeting", "list"],
    ["committee", "list"],
    ["committee", "show", "jj"],
    ["department", "list"],
    ["department", "show", "fgw"],
  ];
  it.each(COMMANDS.flatMap((c) => [80, 120].map((w) => [c.join(" "), w, c] as const)))(
    "%s at %i columns: no line wider, in zh and en",
    async (_, columns, args) => {
      for (const lang of ["zh", "en"] as const) {
        const r = await runCli([...args, "--no-color", "--data", BUNDLED_DATA], {
          today: "2026-11-27",
          tty: true,
          columns,
          lang,
        });
        expect(r.code, r.stderr).toBe(0);
        const wide = r.stdout.split("\n").filter((l) => stringWidth(l) > columns);
        expect(wide, `${args.join(" ")} ${lang}`).toEqual([]);
      }
    },
  );

  it("a wide terminal does not wrap what fits (topic list at 160 columns)", async () => {
    const r = await runCli(["topic", "list", "--no-color", "--data", BUNDLED_DATA], {
      today: "2026-11-27",
      tty: true,
      columns: 160,
      lang: "zh",
    });
    expect(r.stdout).toMatch(/关于加快培育新质生产力的对口协商 +市发改委、工信局、科技局（邀请）/);
  });
});
