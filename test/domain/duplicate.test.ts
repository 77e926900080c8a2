// docs/rules.md `duplicate` (Art. 4, Art. 13): an id used twice, a department named twice
// in one record, a doc number used twice — each after the first occurrence, naming it.
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/domain/dataset.js";
import { duplicateRule } from "../../src/domain/rules/duplicate.js";
import { dataset, ISSUED, TOPIC } from "../helpers/dataset.js";

const check = (ds: ReturnType<typeof dataset>) =>
  duplicateRule
    .check({ ds, index: buildIndex(ds), today: "2027-12-31" })
    .map(
      (d) => `${d.file} ${d.message.key} ${String((d.message.params as { value: string }).value)}`,
    );

describe("rule duplicate", () => {
  it("names the second of two records with one id, and not the others", () => {
    const other = { ...TOPIC, id: "2027-jj-02" };
    const ds = dataset({ topics: [TOPIC, other, { ...TOPIC }] });
    // the loader's file names: the third copy of 2027-jj-01 sits at the same path
    expect(check(ds)).toEqual(["topics/2027/2027-jj-01.yaml duplicate.id 2027-jj-01"]);
  });

  it("names a department listed twice in one topic, activity or report", () => {
    const ds = dataset({
      topics: [{ ...TOPIC, departments: ["fgw", "czj", "fgw"] }],
      reports: [{ ...ISSUED, to_departments: ["czj", "czj"] }],
    });
    expect(check(ds)).toEqual([
      "topics/2027/2027-jj-01.yaml duplicate.department fgw",
      "reports/2027/2027-jj-r01.yaml duplicate.department czj",
    ]);
  });

  it("names a doc number used twice, and finds nothing in a clean dataset", () => {
    const second = { ...ISSUED, id: "2027-jj-r02" };
    expect(check(dataset({ reports: [ISSUED, second] }))).toEqual([
      `reports/2027/2027-jj-r02.yaml duplicate.doc-no ${ISSUED.doc_no}`,
    ]);
    expect(check(dataset({ topics: [TOPIC], reports: [ISSUED] }))).toEqual([]);
  });
});
