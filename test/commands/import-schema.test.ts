// `import liaison-table` (the 一览表 as copied from the 办法) and `schema` (JSON Schemas).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const TABLE = path.join(FIXTURES, "liaison-table.txt");

async function emptyDataDir(): Promise<string> {
  const parent = scratch();
  const dir = path.join(parent, "d");
  expect((await runCli(["init", "--empty", dir])).code).toBe(0);
  return dir;
}

describe("import liaison-table", () => {
  it("reports every slip of the appendix table and writes the 8 units", async () => {
    const dir = await emptyDataDir();
    const r = await runCli(["import", "liaison-table", TABLE, "--data", dir], { lang: "zh" });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "第 5 行 社会法制和人口资源环境委员会：声明 28 个，实列 26 个",
      "第 9 行 经济委员会：声明数 (=4个) 无法辨认",
      "第 12 行 提案委员会：巡察三组 重复列出，只收录一次",
    ]);
    expect(
      readdirSync(path.join(dir, "committees"))
        .filter((n) => !n.startsWith("."))
        .sort(),
    ).toEqual([
      "bgs.yaml",
      "jj.yaml",
      "jkwt.yaml",
      "mzzj.yaml",
      "nm.yaml",
      "shfz.yaml",
      "ta.yaml",
      "wsxx.yaml",
    ]);
    // the same units, departments and ids as the bundled data, by the names of the table:
    // the bundled data records the renames since 2020 (README "Departments change")
    type Listed = {
      committee: string;
      id: string;
      name: string;
      history?: { event: string; from?: string }[];
    };
    const list = async (d: string) =>
      JSON.parse((await runCli(["department", "list", "--json", "--data", d])).stdout).map(
        (x: Listed) =>
          `${x.committee}/${x.id}/${x.history?.find((e) => e.event === "renamed")?.from ?? x.name}`,
      );
    expect(await list(dir)).toEqual(await list(BUNDLED_DATA));
    expect(JSON.parse((await runCli(["validate", "--json", "--data", dir])).stdout).errors).toBe(0);
  });

  it("adds only what is missing, never removes, and is idempotent", async () => {
    const dir = await emptyDataDir();
    await runCli(["import", "liaison-table", TABLE, "--data", dir]);
    const jj = path.join(dir, "committees", "jj.yaml");
    // a clerk gave fgw a liaison and removed 包商银行; a table row gains a department
    writeFileSync(
      jj,
      readFileSync(jj, "utf8")
        .replace("    name: 市发改委\n", "    name: 市发改委\n    liaison: { name: 赵某 }\n")
        .replace("  - id: bsyh\n    name: 包商银行鄂尔多斯分行\n", ""),
    );
    const table = path.join(path.dirname(dir), "table.txt");
    writeFileSync(
      table,
      readFileSync(TABLE, "utf8").replace("市政府办,", "市政府办、市信访接待中心,"),
    );
    const r = await runCli(["import", "liaison-table", table, "--data", dir]);
    expect(r.stdout).toContain("updated committees/bgs.yaml\nupdated committees/jj.yaml\n");
    const bgs = parse(readFileSync(path.join(dir, "committees", "bgs.yaml"), "utf8"));
    expect(bgs.departments.at(-1)).toEqual({ id: "bgs-01", name: "市信访接待中心" });
    const jjAfter = parse(readFileSync(jj, "utf8"));
    expect(jjAfter.departments.find((d: { id: string }) => d.id === "fgw").liaison).toEqual({
      name: "赵某",
    });
    expect(jjAfter.departments.at(-1)).toEqual({ id: "bsyh", name: "包商银行鄂尔多斯分行" });
    const again = await runCli(["import", "liaison-table", table, "--data", dir]);
    expect(again.stdout).toContain("nothing to add");
  });

  it("--dry-run writes nothing", async () => {
    const dir = await emptyDataDir();
    const r = await runCli(["import", "liaison-table", TABLE, "--dry-run", "--data", dir]);
    expect(r.stdout).toContain("create committees/jj.yaml (43 departments)");
    expect(r.stderr).toContain("--dry-run: nothing was written");
    expect(readdirSync(path.join(dir, "committees"))).toEqual([".gitkeep"]);
  });

  it("names a department listed under two units, and a row that is not two columns", async () => {
    const dir = await emptyDataDir();
    const table = path.join(path.dirname(dir), "two.txt");
    writeFileSync(
      table,
      "单位\t对口联系部门\n经济委员会\t市发改委、财政局(2个)\n农牧委员会\t财政局，水利局\n这一行没有制表符\n",
    );
    const r = await runCli(["import", "liaison-table", table, "--data", dir]);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "line 3 农牧委员会: 财政局 is listed under 经济委员会 too; kept there",
      "line 4: not two tab-separated columns, skipped (这一行没有制表符)",
    ]);
    const nm = parse(readFileSync(path.join(dir, "committees", "nm.yaml"), "utf8"));
    expect(nm.departments.map((d: { name: string }) => d.name)).toEqual(["水利局"]);
  });

  it("a missing file is an environment error", async () => {
    const dir = await emptyDataDir();
    expect((await runCli(["import", "liaison-table", "nope.txt", "--data", dir])).code).toBe(3);
  });
});

describe("schema", () => {
  it("gives a JSON Schema per record kind that accepts every bundled record", async () => {
    const r = await runCli(["schema"]);
    const schemas = JSON.parse(r.stdout);
    expect(Object.keys(schemas)).toEqual([
      "settings",
      "committee",
      "topic",
      "activity",
      "report",
      "calendar",
    ]);
    const ajv = new Ajv2020.default({ strict: false });
    const kinds: Record<string, string> = {
      committees: "committee",
      topics: "topic",
      activities: "activity",
      reports: "report",
      calendar: "calendar",
    };
    let checked = 0;
    const check = (kind: string, file: string) => {
      const ok = ajv.validate(schemas[kind], parse(readFileSync(file, "utf8")));
      expect(ok, `${file}: ${ajv.errorsText()}`).toBe(true);
      checked++;
    };
    check("settings", path.join(BUNDLED_DATA, "xieshang.yaml"));
    for (const e of readdirSync(BUNDLED_DATA, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith(".yaml") || e.name === "xieshang.yaml") continue;
      const top = path.relative(BUNDLED_DATA, e.parentPath).split(path.sep)[0]!;
      check(kinds[top]!, path.join(e.parentPath, e.name));
    }
    expect(checked).toBeGreaterThan(40);
    // and refuses a typo'd field
    expect(
      ajv.validate(schemas.topic, {
        ...parse(readFileSync(path.join(BUNDLED_DATA, "topics/2026/2026-jj-01.yaml"), "utf8")),
        categroy: "x",
      }),
    ).toBe(false);
  });

  it("--out writes one file per kind", async () => {
    const out = scratch();
    const r = await runCli(["schema", "--out", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "activity.schema.json",
      "calendar.schema.json",
      "committee.schema.json",
      "report.schema.json",
      "settings.schema.json",
      "topic.schema.json",
    ]);
  });
});
