// Where each recipient of an issued report stands as of a day (Art. 14).
import { describe, expect, it } from "vitest";
import { WorkCalendar } from "../../src/domain/deadlines.js";
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

/** No calendar file: weekends are the only days off. */
const WEEKENDS = new WorkCalendar(new Map());

describe("recipientStatuses", () => {
  it("as of 2027-07-20: on time, late, extended, overdue with its last chase, pending", () => {
    const s = recipientStatuses(report, "2027-07-20", WEEKENDS);
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
    expect(recipientStatuses(report, "2027-07-08", WEEKENDS)[3]!.state).toBe("pending");
    // the extension runs to Sunday 08-15: it ends on Monday 08-16 (Civil Code Art. 203)
    expect(recipientStatuses(report, "2027-08-16", WEEKENDS)[2]).toMatchObject({
      state: "extended",
      due: "2027-08-16",
      due_recorded: "2027-08-15",
    });
    expect(recipientStatuses(report, "2027-08-17", WEEKENDS)[2]).toMatchObject({
      state: "overdue",
      days_late: 1,
    });
  });

  it("a due date on a holiday of the calendar ends on the next working day", () => {
    const national = new WorkCalendar(
      new Map([[2027, { holidays: ["2027-07-08", "2027-07-09"], workdays: [] }]]),
    );
    // due Thursday 07-08, a holiday with Friday: the legal deadline is Monday 07-12
    const s = recipientStatuses(report, "2027-07-12", national);
    expect(s[3]).toMatchObject({ state: "pending", due: "2027-07-12", due_recorded: "2027-07-08" });
    // czj's reply of 07-12 was on time after all
    expect(s[1]).toMatchObject({ state: "on_time", due: "2027-07-12" });
  });

  it("a report not issued has no recipients yet", () => {
    expect(recipientStatuses(SIGNED, "2027-07-20", WEEKENDS)).toEqual([]);
  });
});
