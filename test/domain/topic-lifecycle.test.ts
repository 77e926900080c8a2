// topic propose and the moves of Art. 5–6, decided without a file system.
import { describe, expect, it } from "vitest";
import type { Topic } from "../../src/domain/schemas/topic.js";
import {
  defaultPlanYear,
  moveTopics,
  proposeTopic,
  type TopicAction,
} from "../../src/domain/topic-lifecycle.js";
import { dataset, refusal, SETTINGS, TOPIC } from "../helpers/dataset.js";

const PROPOSED: Topic = {
  ...TOPIC,
  id: "2027-jj-02",
  status: "proposed",
  shortlisted_on: undefined,
  confirmed_on: undefined,
};

describe("the plan year of a proposal (Art. 5)", () => {
  it.each([
    ["2026-09-14", 2026],
    ["2026-09-15", 2027],
    ["2026-12-31", 2027],
    ["2027-01-05", 2027],
  ])("proposed on %s: %i", (on, year) => {
    expect(defaultPlanYear(on)).toBe(year);
  });

  it("the collection day comes from xieshang.yaml", () => {
    expect(defaultPlanYear("2026-09-01", "09-01")).toBe(2027);
  });
});

describe("topic propose", () => {
  it("takes the next number after every id taken, and leaves empty lists out", () => {
    const ds = dataset({ settings: { ...SETTINGS, topic_collection_opens: "09-15" } });
    const { record, patch } = proposeTopic(ds, ["2027-jj-01", "2027-jj-07.yaml", "2027-nm-09"], {
      title: "关于…的对口协商",
      committee: "jj",
      departments: ["fgw"],
      invited: [],
      source: "member",
      category: "public_concern",
      forms: [],
      on: "2026-10-01",
    });
    expect(record).toMatchObject({ id: "2027-jj-08", year: 2027, status: "proposed" });
    expect(record.invited).toBeUndefined();
    expect(record.forms).toBeUndefined();
    expect(patch.create).toEqual([{ kind: "topic", year: 2027, record }]);
    expect(patch.message).toBe("topic propose 2027-jj-08: 关于…的对口协商");
  });
});

describe("topic moves (Art. 5–6)", () => {
  const ds = dataset({ topics: [TOPIC, PROPOSED] });

  it("one step sets the status and its date; several ids move together", () => {
    const p = moveTopics(ds, "shortlist", { ids: ["2027-jj-02", "2027-jj-02"], on: "2026-12-10" });
    expect(p.edit).toEqual([
      {
        kind: "topic",
        file: "topics/2027/2027-jj-02.yaml",
        edits: [
          { set: ["status"], value: "shortlisted" },
          { set: ["shortlisted_on"], value: "2026-12-10" },
        ],
      },
    ]);
  });

  it("a withdrawal writes its reason", () => {
    const p = moveTopics(ds, "withdraw", {
      ids: ["2027-jj-02"],
      on: "2027-01-10",
      reason: "并入提案督办",
    });
    expect(p.edit[0]!.edits).toContainEqual({ set: ["reason"], value: "并入提案督办" });
  });

  it.each<[string, TopicAction, string, string, number]>([
    ["skips a step", "confirm", "2027-jj-02", "topic.move-refused", 1],
    ["goes back", "shortlist", "2027-jj-01", "topic.move-refused", 1],
    ["names an unknown topic", "confirm", "2027-jj-09", "err.unknown-ref", 2],
  ])("refuses a move that %s", (_, action, id, key, exit) => {
    expect(refusal(() => moveTopics(ds, action, { ids: [id], on: "2027-02-01" }))).toMatchObject({
      key,
      exit,
    });
  });

  it("names the next step when refusing", () => {
    try {
      moveTopics(ds, "conclude", { ids: ["2027-jj-02"], on: "2027-02-01" });
      expect.unreachable();
    } catch (e) {
      expect((e as { hints: unknown[] }).hints).toEqual([
        { key: "topic.next-step", params: { command: "shortlist", id: "2027-jj-02" } },
      ]);
    }
  });

  it("a concluded or withdrawn topic does not move, and all ids are refused with one", () => {
    const closed = { ...TOPIC, status: "concluded" as const, concluded_on: "2027-11-30" };
    const d = dataset({ topics: [closed, PROPOSED] });
    expect(
      refusal(() =>
        moveTopics(d, "withdraw", {
          ids: ["2027-jj-02", "2027-jj-01"],
          on: "2027-12-01",
          reason: "x",
        }),
      ),
    ).toMatchObject({ key: "topic.closed", exit: 1 });
  });
});
