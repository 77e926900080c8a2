// docs/data-format.md "General rules" (rule `file`): the file is named by the record's id
// and sits in the folder of its year. The rule compares names in place (thousands of
// records a run): these are the near misses a comparison in place could let through.
import { describe, expect, it } from "vitest";
import { buildIndex, type Dataset } from "../../src/domain/dataset.js";
import { fileRule } from "../../src/domain/rules/file.js";
import { dataset, JJ, TOPIC } from "../helpers/dataset.js";

/** The dataset with the first topic's (or committee's) file moved to `file`. */
function moved(ds: Dataset, file: string, which: "topics" | "committees" = "topics"): Dataset {
  const rec = ds[which][0]!;
  rec.src = { ...rec.src, file };
  return ds;
}

const check = (ds: Dataset) =>
  fileRule
    .check({ ds, index: buildIndex(ds), today: "2027-12-31" })
    .map((d) => `${d.file} ${d.message.key} ${JSON.stringify(d.message.params)}`);

describe("rule file", () => {
  it("accepts a record named by its id in the folder of its year", () => {
    expect(check(dataset({ topics: [TOPIC] }))).toEqual([]);
  });

  it("names a file whose name only ends with the id, or only starts with it", () => {
    const ds = moved(dataset({ topics: [TOPIC] }), "topics/2027/x2027-jj-01.yaml");
    expect(check(ds)).toEqual([
      'topics/2027/x2027-jj-01.yaml file.name-mismatch {"name":"x2027-jj-01","id":"2027-jj-01"}',
    ]);
    const longer = moved(dataset({ topics: [TOPIC] }), "topics/2027/2027-jj-01b.yaml");
    expect(check(longer)).toEqual([
      'topics/2027/2027-jj-01b.yaml file.name-mismatch {"name":"2027-jj-01b","id":"2027-jj-01"}',
    ]);
  });

  it("names a folder that only ends with the year, and one of another year", () => {
    const ds = moved(dataset({ topics: [TOPIC] }), "topics/12027/2027-jj-01.yaml");
    expect(check(ds)).toEqual([
      'topics/12027/2027-jj-01.yaml file.wrong-folder {"folder":"12027","year":"2027"}',
    ]);
    const other = moved(dataset({ topics: [TOPIC] }), "topics/2026/2027-jj-01.yaml");
    expect(check(other)).toEqual([
      'topics/2026/2027-jj-01.yaml file.wrong-folder {"folder":"2026","year":"2027"}',
    ]);
  });

  it("names a committee file that is not <code>.yaml", () => {
    const ds = moved(dataset({ committees: [JJ] }), "committees/xjj.yaml", "committees");
    expect(check(ds)).toEqual(['committees/xjj.yaml file.name-mismatch {"name":"xjj","id":"jj"}']);
  });
});
