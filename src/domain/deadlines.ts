import { addDays } from "./dates.js";
import type { Calendar } from "./schemas/calendar.js";
import type { Report } from "./schemas/report.js";
import type { Settings } from "./schemas/settings.js";

/**
 * Reply deadlines (Art. 14, docs/data-format.md): `Nd` is the Nth calendar day after the issue, moved
 * to the next working day when it falls on a day off (Civil Code Art. 203); `Nwd` is the
 * Nth working day after it. Working days are Monday–Friday and the calendar's make-up
 * workdays, less its holidays; a year without a calendar counts weekends only.
 */

export interface Period {
  n: number;
  unit: "d" | "wd";
}

export function parsePeriod(text: string): Period | undefined {
  const m = /^([1-9]\d{0,2})(d|wd)$/.exec(text);
  return m ? { n: Number(m[1]), unit: m[2] as Period["unit"] } : undefined;
}

export interface DueDate {
  due: string;
  period: Period;
  /** Holidays that fell inside the period (or pushed the last day). */
  holidays: string[];
  /** Make-up workdays (weekend days worked) inside the period. */
  workdays: string[];
  /** For `Nd`: the Nth day itself, when it was a day off and the due date moved. */
  movedFrom?: string;
  /** Years the period touched that have no calendar file: weekends only. */
  missingCalendars: number[];
  /** Years the period touched whose calendar file it counted. */
  calendars: number[];
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export class WorkCalendar {
  constructor(
    private readonly years: ReadonlyMap<number, Pick<Calendar, "holidays" | "workdays">>,
  ) {}

  has(year: number): boolean {
    return this.years.has(year);
  }

  /** The calendar with only the files of `years`: as it was when those were all there were. */
  only(years: readonly number[]): WorkCalendar {
    return new WorkCalendar(new Map([...this.years].filter(([y]) => years.includes(y))));
  }

  isHoliday(date: string): boolean {
    return this.years.get(Number(date.slice(0, 4)))?.holidays.includes(date) ?? false;
  }

  isMakeUpWorkday(date: string): boolean {
    return this.years.get(Number(date.slice(0, 4)))?.workdays.includes(date) ?? false;
  }

  isWorkingDay(date: string): boolean {
    if (this.isMakeUpWorkday(date)) return true;
    if (this.isHoliday(date)) return false;
    const d = weekday(date);
    return d !== 0 && d !== 6;
  }
}

/** The working calendar of a dataset: every `calendar/<year>.yaml` it holds. */
export function calendarOf(ds: {
  calendars: ReadonlyMap<number, { value: Pick<Calendar, "holidays" | "workdays"> }>;
}): WorkCalendar {
  return new WorkCalendar(new Map([...ds.calendars].map(([y, r]) => [y, r.value])));
}

/**
 * The legal last day of a deadline (Civil Code Art. 203, README "Deadlines"): a day off —
 * a weekend, or a holiday of the calendar as it is now — gives way to the next working
 * day, however the date was set and whatever calendar there was when it was.
 */
export function legalDue(due: string, cal: WorkCalendar): string {
  let d = due;
  for (let i = 0; i < 40 && !cal.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/** The due date of a reply for a report issued on `issued`, with the reasoning. */
export function replyDue(issued: string, period: Period, cal: WorkCalendar): DueDate {
  const holidays: string[] = [];
  const workdays: string[] = [];
  const years = new Set<number>();
  const note = (date: string) => {
    years.add(Number(date.slice(0, 4)));
    if (cal.isHoliday(date)) holidays.push(date);
    if (cal.isMakeUpWorkday(date)) workdays.push(date);
  };
  let due: string;
  let movedFrom: string | undefined;
  if (period.unit === "wd") {
    let date = issued;
    for (let left = period.n; left > 0; ) {
      date = addDays(date, 1);
      note(date);
      if (cal.isWorkingDay(date)) left--;
    }
    due = date;
  } else {
    due = addDays(issued, period.n);
    note(due);
    if (!cal.isWorkingDay(due)) {
      movedFrom = due;
      while (!cal.isWorkingDay(due)) {
        due = addDays(due, 1);
        note(due);
      }
    }
  }
  const missingCalendars = [...years].filter((y) => !cal.has(y)).sort();
  const calendars = [...years].filter((y) => cal.has(y)).sort();
  const result: DueDate = { due, period, holidays, workdays, missingCalendars, calendars };
  if (movedFrom) result.movedFrom = movedFrom;
  return result;
}

export const DEFAULT_REPLY_WITHIN = "30d";

/** `reply_within` of xieshang.yaml for a report kind, else thirty calendar days (Art. 14). */
export function replyWithin(settings: Settings | undefined, kind: Report["kind"]): string {
  const rw = settings?.reply_within;
  if (typeof rw === "string") return rw;
  return rw?.[kind] ?? DEFAULT_REPLY_WITHIN;
}
