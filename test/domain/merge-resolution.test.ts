// The resolution of a merge's id collisions, decided without git (README "Working as a team of clerks").
import { describe, expect, it } from "vitest";
import { planResolution } from "../../src/domain/merge-resolution.js";

const topic = (title: string) => ({ id: "2027-jj-02", committee: "jj", title });

describe("planResolution", () => {
  it("ours takes the next free id; our references follow, theirs stay", () => {
    const plan = planResolution(
      [
        {
          file: "topics/2027/2027-jj-02.yaml",
          inBase: false,
          ours: topic("甲"),
          theirs: topic("乙"),
        },
        {
          file: "topics/2027/2027-jj-04.yaml",
          inBase: false,
          ours: { ...topic("丙"), id: "2027-jj-04" },
          theirs: { ...topic("丁"), id: "2027-jj-04" },
        },
      ],
      () => ["2027-jj-01", "2027-jj-02", "2027-jj-04"],
      [
        { file: "activities/2027/2027-03-02-jj-1.yaml", topic: "2027-jj-02" },
        { file: "activities/2027/2027-03-03-jj-1.yaml", topic: "2027-jj-01" },
      ],
    );
    expect(plan.renames.map((r) => [r.from, r.to])).toEqual([
      ["2027-jj-02", "2027-jj-05"],
      ["2027-jj-04", "2027-jj-06"],
    ]);
    expect(plan.rewrites).toEqual([
      {
        file: "activities/2027/2027-03-02-jj-1.yaml",
        field: "topic",
        from: "2027-jj-02",
        to: "2027-jj-05",
      },
    ]);
    expect(plan.undecided).toEqual([]);
  });

  it("reports and activities alike: each numbered in its own folder and year", () => {
    const report = (title: string) => ({ id: "2027-jj-r01", committee: "jj", title });
    const meeting = (title: string) => ({
      id: "2027-03-02-jj-1",
      committee: "jj",
      date: "2027-03-02",
      title,
      topic: "2027-jj-02",
    });
    const plan = planResolution(
      [
        {
          file: "reports/2027/2027-jj-r01.yaml",
          inBase: false,
          ours: report("甲"),
          theirs: report("乙"),
        },
        { file: "reports/2027/2027-jj-r01.md", inBase: false, ours: undefined, theirs: undefined },
        {
          file: "activities/2027/2027-03-02-jj-1.yaml",
          inBase: false,
          ours: meeting("甲"),
          theirs: meeting("乙"),
        },
        {
          file: "topics/2027/2027-jj-02.yaml",
          inBase: false,
          ours: topic("甲"),
          theirs: topic("乙"),
        },
      ],
      (folder) =>
        folder === "reports"
          ? ["2027-jj-r01"]
          : folder === "topics"
            ? ["2027-jj-01", "2027-jj-02"]
            : ["2027-03-02-jj-1"],
      [],
    );
    expect(plan.renames.map((r) => r.toFile)).toEqual([
      "activities/2027/2027-03-02-jj-2.yaml",
      "reports/2027/2027-jj-r02.yaml",
      "topics/2027/2027-jj-03.yaml",
    ]);
    // our renamed meeting names our renamed topic; the .md follows its report
    expect(plan.rewrites).toEqual([
      {
        file: "activities/2027/2027-03-02-jj-2.yaml",
        field: "topic",
        from: "2027-jj-02",
        to: "2027-jj-03",
      },
    ]);
    expect(plan.undecided).toEqual([]);
  });

  it.each([
    [
      "both edited one record",
      { inBase: true, ours: topic("甲"), theirs: topic("乙") },
      "both-edited",
    ],
    [
      "the same record on both sides",
      { inBase: false, ours: topic("甲"), theirs: topic("甲") },
      "same-record",
    ],
    [
      "a file that is not a record",
      { inBase: false, ours: {}, theirs: {}, file: "xieshang.yaml" },
      "not-a-record",
    ],
  ])("%s is left undecided", (_, c, why) => {
    const plan = planResolution([{ file: "topics/2027/2027-jj-02.yaml", ...c }], () => [], []);
    expect(plan.undecided.map((u) => u.why)).toEqual([why]);
    expect(plan.renames).toEqual([]);
  });
});
