// Art. 14 reply deadlines (docs/data-format.md): Nd calendar days moved off days off (Civil Code
// Art. 203), Nwd working days, with holidays and make-up workdays from calendar files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parsePeriod, replyDue, WorkCalendar } from "../../src/domain/deadlines.js";
import { BUNDLED_DATA, FIXTURES } from "../helpers/run.js";

const load = (file: string) =>
  parse(readFileSync(file, "utf8")) as { holidays: string[]; workdays: string[] };
const cal2024 = load(path.join(FIXTURES, "calendars", "2024.yaml"));
const cal2026 = load(path.join(BUNDLED_DATA, "calendar", "2026.yaml"));
const cal2027 = load(path.join(FIXTURES, "calendars", "2027.yaml"));

describe("working-day deadlines across the Spring Festival (make-up Sundays)", () => {
  const cal = new WorkCalendar(new Map([[2024, cal2024]]));

  it("10wd from Monday 2024-02-05: the holidays are skipped, the make-up Sunday counts", () => {
    const d = replyDue("2024-02-05", parsePeriod("10wd")!, cal);
    // 6,7,8,9 (4) · 10–17 off · 18 Sunday worked (5) · 19,20,21,22,23 (10)
    expect(d.due).toBe("2024-02-23");
    expect(d.holidays).toEqual([
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-02-15",
      "2024-02-16",
      "2024-02-17",
    ]);
    expect(d.workdays).toEqual(["2024-02-18"]);
    expect(d.missingCalendars).toEqual([]);
  });

  it("30d ending on a holiday moves to the next working day — a make-up Sunday", () => {
    const d = replyDue("2024-01-12", parsePeriod("30d")!, cal);
    expect(d.movedFrom).toBe("2024-02-11");
    expect(d.due).toBe("2024-02-18");
  });

  it("the make-up Sunday before the festival is a working day too", () => {
    expect(cal.isWorkingDay("2024-02-04")).toBe(true);
    expect(cal.isWorkingDay("2024-02-03")).toBe(false);
    expect(cal.isWorkingDay("2024-02-12")).toBe(false);
  });
});

describe("2026, the bundled calendar", () => {
  const cal = new WorkCalendar(new Map([[2026, cal2026]]));

  it("30d landing in the National Day holiday moves past it; 10 October (Saturday) is worked", () => {
    const d = replyDue("2026-09-01", parsePeriod("30d")!, cal);
    expect(d).toMatchObject({ due: "2026-10-08", movedFrom: "2026-10-01" });
    expect(replyDue("2026-09-10", parsePeriod("30d")!, cal).due).toBe("2026-10-10");
  });

  it("30d on a plain weekday stays", () => {
    expect(replyDue("2026-06-08", parsePeriod("30d")!, cal)).toMatchObject({
      due: "2026-07-08",
      holidays: [],
      workdays: [],
    });
  });
});

describe("across a year boundary", () => {
  it("with a calendar for the new year, 1 January is a day off", () => {
    const cal = new WorkCalendar(
      new Map([
        [2026, cal2026],
        [2027, cal2027],
      ]),
    );
    const d = replyDue("2026-12-25", parsePeriod("5wd")!, cal);
    // 28, 29, 30, 31 (4) · 1 Jan off · 2, 3 weekend · 4 Monday (5)
    expect(d.due).toBe("2027-01-04");
    expect(d.holidays).toEqual(["2027-01-01"]);
    expect(d.missingCalendars).toEqual([]);
  });

  it("without one, only weekends are off, and the missing year is named", () => {
    const cal = new WorkCalendar(new Map([[2026, cal2026]]));
    const d = replyDue("2026-12-25", parsePeriod("5wd")!, cal);
    expect(d.due).toBe("2027-01-01");
    expect(d.missingCalendars).toEqual([2027]);
  });

  it("a calendar-day period over New Year", () => {
    const cal = new WorkCalendar(
      new Map([
        [2026, cal2026],
        [2027, cal2027],
      ]),
    );
    expect(replyDue("2026-12-02", parsePeriod("30d")!, cal)).toMatchObject({
      due: "2027-01-04",
      movedFrom: "2027-01-01",
    });
  });
});

describe("reply_within", () => {
  it("reads Nd and Nwd, and nothing else", () => {
    expect(parsePeriod("30d")).toEqual({ n: 30, unit: "d" });
    expect(parsePeriod("15wd")).toEqual({ n: 15, unit: "wd" });
    expect(parsePeriod("0d")).toBeUndefined();
    expect(parsePeriod("30 days")).toBeUndefined();
  });
});
