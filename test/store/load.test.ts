// The loader's two parsers must read the same values: js-yaml is the fast path for plain
// files, the yaml package the full one (positions, alias limits, odd keys).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataDir } from "../../src/store/load.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("the fast and the full parser", () => {
  it("read every bundled and fixture file to the same values", () => {
    const files = [
      ...yamlFiles(BUNDLED_DATA),
      ...yamlFiles(path.join(FIXTURES, "valid")),
      ...yamlFiles(path.join(FIXTURES, "rules")),
    ];
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      expect(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), f).toEqual(parse(text));
    }
  });

  it("agree on the scalars where YAML versions differ", () => {
    const text = "a: yes\nb: 0477\nc: 2027-02-03\nd: ~\ne: 1e3\nf: 0x1F\ng: on\nh: 12:30\n";
    expect(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })).toEqual(parse(text));
  });

  it("a file with anchors and aliases is read by the full parser and loads", async () => {
    const tmp = { dir: scratch(path.join(FIXTURES, "valid")) };
    const f = path.join(tmp.dir, "topics/2027/2027-jj-01.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace(
        "departments: [fgw, czj]",
        "departments: &d [fgw, czj]\ninvited: *d",
      ),
    );
    const res = await runCli(["validate", "--json", "--data", tmp.dir], { today: "2027-12-31" });
    expect(JSON.parse(res.stdout).errors).toBe(0);
    const { ds } = loadDataDir(tmp.dir);
    expect(ds.topics[0]!.value.invited).toEqual(["fgw", "czj"]);
  });

  it("reads only the parts a command asks for", () => {
    const some = loadDataDir(path.join(FIXTURES, "valid"), []);
    expect(some.ds.committees).toHaveLength(3);
    expect(some.ds.topics).toHaveLength(0);
    expect(some.files).toBe(4);
    expect(loadDataDir(path.join(FIXTURES, "valid")).files).toBe(7);
  });
});

describe("helpful refusals of a damaged record", () => {
  it("a misspelt field gets a did-you-mean, a value written by its name gets its code, a full-width colon is named", async () => {
    const { scratch, runCli, FIXTURES } = await import("../helpers/run.js");
    const { writeFileSync, readFileSync } = await import("node:fs");
    const path = (await import("node:path")).default;
    const dir = scratch(path.join(FIXTURES, "valid"));
    const file = path.join(dir, "topics/2027/2027-jj-01.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("schedule:", "schedual:")
        .replace("status: confirmed", "status: 已确定"),
    );
    const zh = await runCli(["validate", "--data", dir], { lang: "zh", today: "2027-06-20" });
    expect(zh.stdout).toContain("未知字段 schedual");
    expect(zh.stdout).toContain("是否应为 schedule？");
    expect(zh.stdout).toContain('status 的值 "已确定" 应写代码：confirmed（已确定）');
    const en = await runCli(["validate", "--data", dir], { lang: "en", today: "2027-06-20" });
    expect(en.stdout).toContain("did you mean schedule?");
    expect(en.stdout).toContain('status is "已确定": write its code, confirmed (已确定)');

    writeFileSync(file, readFileSync(file, "utf8").replace("title: ", "title： "));
    const colon = await runCli(["validate", "--data", dir], { lang: "zh", today: "2027-06-20" });
    expect(colon.stdout).toContain(
      "topics/2027/2027-jj-01.yaml:3:6 错误 [file] 字段名后用了全角冒号“：”，应为半角冒号“:”",
    );
  });
});
