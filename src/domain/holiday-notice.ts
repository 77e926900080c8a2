import type { Dataset } from "./dataset.js";
import { addDays } from "./dates.js";
import { type Patch, patch } from "./patch.js";

/**
 * The State Council's yearly notice 《国务院办公厅关于<year>年部分节假日安排的通知》, as a
 * clerk pastes it (plain text or the page's HTML), read into the days off and the make-up
 * workdays that working-day deadlines need (Art. 14; docs/commands.md "Holidays"). Pure: the
 * command reads the file and writes the calendar.
 */

/** One festival item of the notice: 元旦, 春节 … (or two, 中秋节、国庆节). */
export interface NoticeItem {
  /** The festival(s) as the notice names them. */
  festival: string;
  /** The item's text as in the notice, without its weekday notes, for the file's comment. */
  line: string;
  holidays: string[];
  workdays: string[];
  /** 共N天 when the notice says it. */
  declared?: number;
  /** Days off counted for 共N天: the holidays of the item. */
  counted: number;
}

export type NoticeProblem =
  | { kind: "count"; festival: string; declared: number; counted: number }
  | { kind: "workday-not-weekend"; festival: string; date: string }
  | { kind: "holiday-twice"; date: string; festivals: string[] }
  | { kind: "year-differs"; title: number; date: string }
  | { kind: "title-differs"; title: number; found: number }
  | { kind: "no-items" }
  | { kind: "bad-date"; festival: string; text: string }
  | { kind: "long-range"; festival: string; from: string; to: string };

export interface Notice {
  year: number;
  /** The notice's date (its last line), when found: 2025年11月4日. */
  issued?: string;
  /** Its doc number, when found: 国办发明电〔2025〕7号. */
  docNo?: string;
  items: NoticeItem[];
  problems: NoticeProblem[];
}

const FESTIVALS = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

/** Plain text from a pasted notice: no tags or entities, ASCII digits, one item a line. */
function plain(input: string): string {
  return input
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/:/g, "：")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/\r/g, "");
}

/** Brackets hold weekdays and 农历 notes: the dates never need them. */
const withoutNotes = (s: string) => s.replace(/（[^）]*）/g, "");

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(\d{1,2})日/g;

/** A date of the calendar (no 2月30日, no 0日): 2027-02-28. */
const isRealDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** No festival's days off run longer than this: a longer range is a misreading. */
const LONGEST_RANGE = 31;

/**
 * The dates a phrase names, a range `A至B` spelled out day by day. A date that is not one
 * (2月0日) and a range longer than a month (至2400年…) are problems, not dates.
 */
function datesIn(
  phrase: string,
  year: number,
  problem: (
    p: { kind: "bad-date"; text: string } | { kind: "long-range"; from: string; to: string },
  ) => void,
): string[] {
  const out: string[] = [];
  let last: { y: number; m: number } | undefined;
  const parts = withoutNotes(phrase).split("至");
  const points = parts.map((part) => {
    const found: string[] = [];
    for (const m of part.matchAll(DATE)) {
      const y = m[1] ? Number(m[1]) : (last?.y ?? year);
      const mo = m[2] ? Number(m[2]) : last?.m;
      const d = Number(m[3] ?? m[4]);
      if (mo === undefined) continue;
      last = { y, m: mo };
      const date = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      if (isRealDate(date)) found.push(date);
      else problem({ kind: "bad-date", text: m[0] });
    }
    return found;
  });
  if (parts.length === 2 && points[0]!.length > 0 && points[1]!.length > 0) {
    // 2月15日至23日, 1月27日至2月2日, 2018年12月30日至2019年1月1日
    const from = points[0]![points[0]!.length - 1]!;
    const to = points[1]![0]!;
    out.push(...points[0]!.slice(0, -1));
    if (to < from || to > addDays(from, LONGEST_RANGE - 1)) {
      problem({ kind: "long-range", from, to });
      return [...out, from, to, ...points[1]!.slice(1)];
    }
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
    out.push(...points[1]!.slice(1));
    return out;
  }
  return points.flat();
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
export const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/**
 * Reads a notice: of `year` when given (to insist), else of the year of its title, else
 * of `fallback` (this year, given by the caller: the domain never reads the clock).
 */
export function readNotice(input: string, year: number | undefined, fallback: number): Notice {
  const text = plain(input);
  const titleYear = Number(/关于(\d{4})年[^，。\n]*节假日安排的通知/.exec(text)?.[1]) || undefined;
  const y = year ?? titleYear ?? fallback;
  const dates = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/gm)];
  const lastDate = dates[dates.length - 1];
  const docNo = /[\u4e00-\u9fa5]+〔\d{4}〕\d+号/.exec(text)?.[0];
  const items: NoticeItem[] = [];
  const misread: NoticeProblem[] = [];
  const festivalItem = new RegExp(
    `^\\s*(?:[一二三四五六七八九十]+[、.．]\\s*)?((?:${FESTIVALS.join("|")})(?:[、和与](?:${FESTIVALS.join("|")}))*)\\s*：\\s*(.+)$`,
    "gm",
  );
  for (const m of text.matchAll(festivalItem)) {
    const festival = m[1]!;
    const body = m[2]!;
    const holidays: string[] = [];
    const workdays: string[] = [];
    let declared: number | undefined;
    const said = (
      p: { kind: "bad-date"; text: string } | { kind: "long-range"; from: string; to: string },
    ) => misread.push({ ...p, festival });
    for (const sentence of body.split(/[。；;]/)) {
      const s = sentence.trim();
      if (!s) continue;
      const count = /共\s*(\d+)\s*天/.exec(s);
      if (count) declared = Number(count[1]);
      if (/上班/.test(s)) workdays.push(...datesIn(s.replace(/上班.*$/, ""), y, said));
      // 放假 … and 补休 days are days off; 与周末连休 adds no day of its own
      const off = s.split(/，|,/).filter((c) => /放假|补休|休息/.test(c));
      for (const clause of off)
        holidays.push(...datesIn(clause.replace(/(放假|补休|休息).*$/, ""), y, said));
    }
    const line = withoutNotes(body.split(/。/)[0] ?? body)
      .replace(/\s+/g, "")
      .trim();
    items.push({
      festival,
      line: `${festival}：${line}`,
      holidays: [...new Set(holidays)],
      workdays: [...new Set(workdays)],
      declared,
      counted: new Set(holidays).size,
    });
  }
  const notice: Notice = { year: y, items, problems: [] };
  if (lastDate) notice.issued = `${lastDate[1]}年${Number(lastDate[2])}月${Number(lastDate[3])}日`;
  if (docNo) notice.docNo = docNo;
  notice.problems = [...misread, ...check(notice, titleYear ?? y)];
  // the year of the title against the one the text announces (现将2026年…) or --year
  const announced = Number(/现将\s*(\d{4})\s*年/.exec(text)?.[1]) || undefined;
  for (const found of new Set([announced, year]))
    if (titleYear && found && found !== titleYear)
      notice.problems.push({ kind: "title-differs", title: titleYear, found });
  return notice;
}

/** What does not add up in a notice, said against the notice itself. */
export function check(notice: Notice, titleYear: number): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  if (notice.items.length === 0) problems.push({ kind: "no-items" });
  const seen = new Map<string, string[]>();
  for (const item of notice.items) {
    if (item.declared !== undefined && item.declared !== item.counted)
      problems.push({
        kind: "count",
        festival: item.festival,
        declared: item.declared,
        counted: item.counted,
      });
    for (const w of item.workdays)
      if (!isWeekend(w))
        problems.push({ kind: "workday-not-weekend", festival: item.festival, date: w });
    for (const h of item.holidays) seen.set(h, [...(seen.get(h) ?? []), item.festival]);
    // a range may start in the December before (元旦), never elsewhere
    const outside = [...item.holidays, ...item.workdays].filter(
      (d) => !d.startsWith(`${titleYear}-`) && !d.startsWith(`${titleYear - 1}-12-`),
    );
    for (const d of outside) problems.push({ kind: "year-differs", title: titleYear, date: d });
  }
  for (const [date, festivals] of seen)
    if (festivals.length > 1) problems.push({ kind: "holiday-twice", date, festivals });
  return problems;
}

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/**
 * The calendar file of the notice's year, in the shape of the bundled one: the source
 * at the top, each festival's days off under the notice's own line, the make-up
 * workdays with their weekday and festival. Dates of the December before (a 元旦 that
 * starts then) are left to that year's file (`before`).
 */
export function calendarText(notice: Notice): {
  text: string;
  before: { holidays: string[]; workdays: string[] };
} {
  const y = notice.year;
  const inYear = (d: string) => d.startsWith(`${y}-`);
  const source = [
    `《国务院办公厅关于${y}年部分节假日安排的通知》`,
    notice.docNo,
    notice.issued ? `（${notice.issued}）` : undefined,
  ]
    .filter(Boolean)
    .join("");
  const lines = [
    `# ${y} 年放假调休安排`,
    `# 来源：${source}`,
    "# 由 xieshang calendar import 从通知原文生成；holidays：放假的日子（含补休）；workdays：调休上班的周末",
    "holidays:",
  ];
  const before = { holidays: [] as string[], workdays: [] as string[] };
  for (const item of notice.items) {
    const days = item.holidays.filter(inYear);
    before.holidays.push(...item.holidays.filter((d) => !inYear(d)));
    if (days.length === 0) continue;
    lines.push(`  # ${item.line}`);
    for (const d of days) lines.push(`  - ${d}`);
  }
  const workdays = notice.items.flatMap((item) =>
    item.workdays.map((d) => ({ d, note: `${WEEKDAYS[weekday(d)]}上班（${item.festival}调休）` })),
  );
  before.workdays.push(...workdays.filter((w) => !inYear(w.d)).map((w) => w.d));
  const ours = workdays.filter((w) => inYear(w.d)).sort((a, b) => (a.d < b.d ? -1 : 1));
  if (ours.length === 0) lines.push("workdays: []");
  else {
    lines.push("workdays:");
    for (const w of ours) lines.push(`  - ${w.d}   # ${w.note}`);
  }
  return { text: `${lines.join("\n")}\n`, before };
}

/** The days off and the make-up workdays of a year's calendar, by month. */
export function byMonth(cal: { holidays: string[]; workdays: string[] }): {
  month: number;
  holidays: string[];
  workdays: string[];
}[] {
  const months = new Map<number, { holidays: string[]; workdays: string[] }>();
  const at = (d: string) => {
    const m = Number(d.slice(5, 7));
    if (!months.has(m)) months.set(m, { holidays: [], workdays: [] });
    return months.get(m)!;
  };
  for (const d of [...cal.holidays].sort()) at(d).holidays.push(d);
  for (const d of [...cal.workdays].sort()) at(d).workdays.push(d);
  return [...months].sort(([a], [b]) => a - b).map(([month, v]) => ({ month, ...v }));
}

/** 2026-01-04 → 1月4日（周日）. */
export function dayText(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${WEEKDAYS[weekday(date)]}）`;
}

/** The dates a calendar import adds to and removes from the year's file already there. */
export interface CalendarChange {
  added: string[];
  removed: string[];
}

/**
 * What `calendar import` writes: the year's calendar file, and the days of a 元旦 that
 * starts in the December before, appended to that year's file (or a new one). `changed`
 * says how the year's file already there differs; the command refuses to replace it
 * without --force.
 */
export function planCalendarImport(
  ds: Dataset,
  notice: Notice,
  fileOf: (year: number) => string,
): { patch: Patch; changed: CalendarChange | undefined } {
  const { text, before } = calendarText(notice);
  const existing = ds.calendars.get(notice.year)?.value;
  const ours = new Set(
    notice.items
      .flatMap((i) => [...i.holidays, ...i.workdays])
      .filter((d) => d.startsWith(`${notice.year}-`)),
  );
  const theirs = existing ? new Set([...existing.holidays, ...existing.workdays]) : undefined;
  const changed = theirs && {
    added: [...ours].filter((d) => !theirs.has(d)).sort(),
    removed: [...theirs].filter((d) => !ours.has(d)).sort(),
  };
  const result = patch({
    texts: [{ file: fileOf(notice.year), text, create: !existing }],
    message: `calendar import ${notice.year}`,
  });
  const earlier = notice.year - 1;
  const prior = ds.calendars.get(earlier);
  const missing = (list: string[], have: string[] = []) => list.filter((d) => !have.includes(d));
  const holidays = missing(before.holidays, prior?.value.holidays);
  const workdays = missing(before.workdays, prior?.value.workdays);
  if (holidays.length + workdays.length === 0) return { patch: result, changed };
  if (prior)
    result.edit.push({
      kind: "calendar",
      file: prior.src.file,
      edits: [
        ...holidays.map((d) => ({ append: ["holidays"], item: d })),
        ...workdays.map((d) => ({ append: ["workdays"], item: d })),
      ],
    });
  else
    result.texts.push({
      file: fileOf(earlier),
      text: `# ${earlier} 年末：${notice.year} 年元旦放假调休中属于 ${earlier} 年的日子（xieshang calendar import）\nholidays: [${holidays.join(", ")}]\nworkdays: [${workdays.join(", ")}]\n`,
      create: true,
    });
  return { patch: result, changed };
}

/**
 * The dataset as it will be once the notice is imported: its year's calendar replaced,
 * the days of the year before added to that year's (README "Deadlines": the deadlines
 * are counted again against it).
 */
export function withNotice(ds: Dataset, notice: Notice): Dataset {
  const y = notice.year;
  const inYear = (d: string) => d.startsWith(`${y}-`);
  const days = (pick: (i: NoticeItem) => string[], keep: (d: string) => boolean) =>
    notice.items.flatMap(pick).filter(keep).sort();
  const calendars = new Map(ds.calendars);
  const src = ds.calendars.get(y)?.src ?? {
    file: `calendar/${y}.yaml`,
    at: () => ({ line: 1, column: 1 }),
  };
  calendars.set(y, {
    value: { holidays: days((i) => i.holidays, inYear), workdays: days((i) => i.workdays, inYear) },
    src,
  });
  const prior = ds.calendars.get(y - 1);
  const early = (d: string) => !inYear(d);
  const holidays = days((i) => i.holidays, early);
  const workdays = days((i) => i.workdays, early);
  if (holidays.length + workdays.length > 0)
    calendars.set(y - 1, {
      value: {
        holidays: [...new Set([...(prior?.value.holidays ?? []), ...holidays])].sort(),
        workdays: [...new Set([...(prior?.value.workdays ?? []), ...workdays])].sort(),
      },
      src: prior?.src ?? { file: `calendar/${y - 1}.yaml`, at: () => ({ line: 1, column: 1 }) },
    });
  return { ...ds, calendars };
}
