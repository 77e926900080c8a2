// Where each recipient of an issued report stands as of a day (Art. 14).
import { describe, expect, it } from "vitest";
import { recipientStatuses } from "../../src/domain/replies.js";
import { ISSUED, SIGNED } from "../helpers/dataset.js";

const report = {
  ...ISSUED,
  to_departments: ["fgw", "czj", "sjj", "zwfw", "tjj"],
  replies: {
    fgw: { received_on: "2027-07-08" },
    czj: { received_on: "2027-07-12" },
  },
  extensions: { sjj: { until: "2027-08-15", granted_on: "2027-07-05", reason: "r" } },
  chases: [
    { department: "tjj", on: "2027-07-20", method: "phone" as const },
    { department: "tjj", on: "2027-07-15", method: "letter" as const },
  ],
};

describe("recipientStatuses", () => {
  it("as of 2027-07-20: on time, late, extended, overdue with its last chase, pending", () => {
    const s = recipientStatuses(report, "2027-07-20");
    expect(s.map((x) => [x.department, x.state, x.days_late])).toEqual([
      ["fgw", "on_time", undefined],
      ["czj", "late", 4],
      ["sjj", "extended", undefined],
      ["zwfw", "overdue", 12],
      ["tjj", "overdue", 12],
    ]);
    expect(s[4]!.last_chase).toEqual({ on: "2027-07-20", method: "phone" });
  });

  it("due today is not yet overdue; an extension past is", () => {
    expect(recipientStatuses(report, "2027-07-08")[3]!.state).toBe("pending");
    expect(recipientStatuses(report, "2027-08-16")[2]).toMatchObject({
      state: "overdue",
      days_late: 1,
    });
  });

  it("a report not issued has no recipients yet", () => {
    expect(recipientStatuses(SIGNED, "2027-07-20")).toEqual([]);
  });
});
