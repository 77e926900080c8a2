// docs/rules.md `duplicate` (Art. 4, Art. 13): an id used twice, a department named twice
// in one record, a doc number or a letter number (Art. 14) used twice — each after the first occurrence, naming it.
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

  it("names a letter number used by two letters, not the one letter that lists two reports (Art. 14)", () => {
    const letter = (department: string, on: string) => ({
      department,
      on,
      method: "letter" as const,
      note: "催办函 测政协经函〔2027〕1号",
    });
    const second = { ...ISSUED, id: "2027-jj-r02", doc_no: "测政协经〔2027〕2号" };
    // one letter to czj lists both reports: the same number twice, one letter
    const one = dataset({
      reports: [
        { ...ISSUED, chases: [letter("czj", "2027-09-01")] },
        { ...second, chases: [letter("czj", "2027-09-01")] },
      ],
    });
    expect(check(one)).toEqual([]);
    // two letters (another department, another day) under one number
    const two = dataset({
      reports: [
        { ...ISSUED, chases: [letter("czj", "2027-09-01")] },
        {
          ...second,
          chases: [
            letter("fgw", "2027-09-01"),
            { ...letter("czj", "2027-09-02"), note: "催办函 测政协经函〔2027〕1号（再次）" },
          ],
        },
      ],
    });
    expect(check(two)).toEqual([
      "reports/2027/2027-jj-r02.yaml duplicate.letter-no 测政协经函〔2027〕1号",
      "reports/2027/2027-jj-r02.yaml duplicate.letter-no 测政协经函〔2027〕1号",
    ]);
  });
});
