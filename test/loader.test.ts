// The loader's two parsers must read the same values: js-yaml is the fast path for plain
// files, the yaml package the full one (positions, alias limits, odd keys).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataDir } from "../src/store/load.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "./helpers/run.js";

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
