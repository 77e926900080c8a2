/**
 * Calendar dates are kept as ISO strings `YYYY-MM-DD` with no time and no zone: they
 * compare correctly as strings, and no Date object can shift them across a time zone.
 */

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The first quarter of a plan year, Art. 6: topics are confirmed in it. */
export function inFirstQuarter(date: string, year: number): boolean {
  return date >= `${year}-01-01` && date <= `${year}-03-31`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function addDays(date: string, n: number): string {
  return new Date(toUtc(date) + n * 86_400_000).toISOString().slice(0, 10);
}

function toUtc(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/**
 * Zones with one offset all year and no change of it in living memory (China has kept
 * UTC+8 without daylight saving since 1991): today there needs no time-zone database,
 * whose loading is a tenth of a command's start-up.
 */
export const FIXED_ZONES: Readonly<Record<string, number>> = {
  "Asia/Shanghai": 480,
  "Asia/Chongqing": 480,
  "Asia/Harbin": 480,
  "Asia/Hong_Kong": 480,
  "Asia/Macau": 480,
  "Asia/Taipei": 480,
  "Asia/Urumqi": 360,
  "Etc/UTC": 0,
  UTC: 0,
};

/** Today's calendar date in a time zone (the body's, docs/data-format.md `timezone`). */
export function todayIn(timeZone: string, now: Date): string {
  const fixed = FIXED_ZONES[timeZone];
  if (fixed !== undefined)
    return new Date(now.getTime() + fixed * 60_000).toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * A date typed by a clerk: ISO `2027-02-03`, `2027年2月3日` or `2027/2/3` (docs/data-format.md).
 * Returns the ISO form, or undefined when the text is not a real calendar date.
 */
export function parseInputDate(input: string): string | undefined {
  const s = input.trim();
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s) ??
    /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** 2027年6月8日: Arabic numerals, no leading zeros (GB/T 9704 成文日期). */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

const QUARTERS: Record<string, string> = {
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
};

/**
 * A topic's schedule as a clerk types it — `2027-Q2`, `2027Q2`, `2027年二季度`,
 * `2027年第2季度`, `2027-05`, `2027-5`, `2027年5月`, `2027/5` — in the stored form
 * (`2027-Q2`, `2027-05`); undefined when it is neither a quarter nor a month.
 */
export function parseSchedule(input: string): string | undefined {
  const s = input.trim().replace(/\s+/g, "");
  const q = /^(\d{4})(?:-?[Qq]|年第?)([1-4一二三四])(?:季度)?$/.exec(s);
  if (q && (s.includes("Q") || s.includes("q") || s.endsWith("季度")))
    return `${q[1]}-Q${QUARTERS[q[2]!]}`;
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && s.includes("年") === s.endsWith("月"))
    return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  return undefined;
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99, beyond: Arabic). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** 2027-Q2 → 第二季度, 2027-05 → 5月 (the plan's 时间安排). */
export function chineseSchedule(schedule: string): string {
  const q = /^\d{4}-Q([1-4])$/.exec(schedule);
  if (q) return `第${chineseNumber(Number(q[1]))}季度`;
  const m = /^\d{4}-(\d{2})$/.exec(schedule);
  return m ? `${Number(m[1])}月` : schedule;
}
