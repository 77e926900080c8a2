// The forms a clerk types for dates and schedules.
import { describe, expect, it } from "vitest";
import { FIXED_ZONES, parseInputDate, parseSchedule, todayIn } from "../../src/domain/dates.js";

describe("parseSchedule", () => {
  it.each([
    ["2027-Q2", "2027-Q2"],
    ["2027q2", "2027-Q2"],
    ["2027年二季度", "2027-Q2"],
    ["2027年第二季度", "2027-Q2"],
    ["2027年第4季度", "2027-Q4"],
    ["2027-05", "2027-05"],
    ["2027-5", "2027-05"],
    ["2027年5月", "2027-05"],
    ["2027年05月", "2027-05"],
    ["2027/12", "2027-12"],
  ])("%s → %s", (input, out) => {
    expect(parseSchedule(input)).toBe(out);
  });

  it.each(["2027-Q5", "2027年五季度", "2027-13", "2027年13月", "2027年5", "27-05", "五月", ""])(
    "%s is neither",
    (input) => {
      expect(parseSchedule(input)).toBeUndefined();
    },
  );
});

describe("parseInputDate", () => {
  it.each([
    ["2027-02-03", "2027-02-03"],
    ["2027年2月3日", "2027-02-03"],
    ["2027/2/3", "2027-02-03"],
    ["2027.2.3", "2027-02-03"],
  ])("%s → %s", (input, out) => {
    expect(parseInputDate(input)).toBe(out);
  });
  it("refuses 2027-02-30", () => {
    expect(parseInputDate("2027-02-30")).toBeUndefined();
  });
});

describe("todayIn: the fixed-offset zones agree with the time-zone database", () => {
  it.each(Object.keys(FIXED_ZONES))("%s, around midnight and through the year", (zone) => {
    for (const iso of [
      "2026-12-31T15:59:59Z",
      "2026-12-31T16:00:00Z",
      "2027-03-28T17:30:00Z",
      "2027-07-01T00:00:00Z",
      "2027-10-31T23:59:59Z",
      "2028-02-28T18:00:00Z",
    ]) {
      const now = new Date(iso);
      const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      }).format(now);
      expect(todayIn(zone, now), `${zone} at ${iso}`).toBe(parts);
    }
  });
});
