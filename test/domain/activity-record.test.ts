// meeting record decided without a file system (docs/lifecycles.md "Activities").
import { describe, expect, it } from "vitest";
import { needsTopic, parseOpinion, recordActivity } from "../../src/domain/activity-record.js";
import { dataset, refusal, TOPIC } from "../helpers/dataset.js";

describe("meeting record (Art. 7–12)", () => {
  const ds = dataset({ topics: [{ ...TOPIC, invited: ["sjj"] }] });

  it("takes the topic's committee, departments and invited, numbered per day", () => {
    const { record } = recordActivity(ds, ["2027-05-12-jj-1"], {
      type: "consultation",
      topic: TOPIC.id,
      date: "2027-05-12",
      title: "优化营商环境对口协商会",
      leaders: ["wang-vc"],
      heads: [],
      opinions: [{ text: "" }, parseOpinion("建立涉企检查统筹机制——委员甲")],
    });
    expect(record).toMatchObject({
      id: "2027-05-12-jj-2",
      committee: "jj",
      departments: ["fgw", "czj"],
      invited: ["sjj"],
      participants: { cppcc_leaders: ["wang-vc"] },
      opinions: [{ text: "建立涉企检查统筹机制", by: "委员甲" }],
    });
    expect(record.participants?.department_heads).toBeUndefined();
  });

  it("departments given replace the topic's, and its invited with them", () => {
    const { record } = recordActivity(ds, [], {
      type: "research",
      topic: TOPIC.id,
      date: "2027-04-01",
      title: "调研",
      departments: ["czj"],
    });
    expect(record.departments).toEqual(["czj"]);
    expect(record.invited).toBeUndefined();
  });

  it("refuses an activity on a withdrawn topic from its withdrawal on, not before", () => {
    const withdrawn = dataset({
      topics: [
        { ...TOPIC, status: "withdrawn", withdrawn_on: "2027-04-01", reason: "并入提案督办" },
      ],
    });
    const input = { type: "consultation" as const, topic: TOPIC.id, title: "协商会" };
    expect(
      refusal(() => recordActivity(withdrawn, [], { ...input, date: "2027-04-01" })),
    ).toMatchObject({
      key: "activity.topic-withdrawn",
      exit: 1,
    });
    expect(recordActivity(withdrawn, [], { ...input, date: "2027-03-20" }).record.topic).toBe(
      TOPIC.id,
    );
  });

  it("refuses an unknown topic (exit 2)", () => {
    expect(
      refusal(() =>
        recordActivity(ds, [], {
          type: "research",
          topic: "2027-jj-09",
          date: "2027-04-01",
          title: "x",
        }),
      ),
    ).toMatchObject({ key: "err.unknown-ref", exit: 2 });
  });

  it.each([
    ["solicit", true],
    ["research", true],
    ["consultation", true],
    ["attend", false],
    ["briefing", false],
    ["info_exchange", false],
  ] as const)("%s serves a topic: %s", (type, needs) => {
    expect(needsTopic(type)).toBe(needs);
  });

  it("an opinion names who gave it after the last ——", () => {
    expect(parseOpinion("甲——乙——委员丙")).toEqual({ text: "甲——乙", by: "委员丙" });
    expect(parseOpinion("只有内容——")).toEqual({ text: "只有内容——" });
  });
});
