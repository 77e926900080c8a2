import type { Dataset } from "./dataset.js";
import { buildIndex, byDate, byId, committeesInOrder } from "./dataset.js";
import { chineseDate, inFirstQuarter, yearOf } from "./dates.js";
import { calendarOf } from "./deadlines.js";
import { departmentNameOn } from "./department-life.js";
import { recipientStatuses } from "./replies.js";
import { missingParticipants } from "./rules/meeting-participants.js";
import type { Report } from "./schemas/report.js";
import type { Topic } from "./schemas/topic.js";
import { computeStatus } from "./status.js";
import type { Satisfaction } from "./vocabulary.js";
import { ACTIVITY_TYPES, SATISFACTION } from "./vocabulary.js";

/**
 * Art. 15: the 市政协办公室 keeps track of each committee's 对口协商, sums it up and 通报有关
 * 情况. The year in review, from the records alone (docs/review.md): figures, each
 * committee's work, the problems the rules find, each with its article. It is written as
 * of 31 December of the year, so the same data gives the same document whatever the day.
 */

type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const REPLY_STATES = ["on_time", "late", "pending", "overdue"] as const;
export type ReplyCount = Record<(typeof REPLY_STATES)[number], number>;

export interface Figures {
  /** Confirmed counts every topic confirmed in the year, those withdrawn later included. */
  topics: { confirmed: number; concluded: number; withdrawn: number };
  activities: Record<ActivityType, number> & { total: number };
  /** Issued, by kind: Art. 14 names 对口协商成果, 调研考察报告 and 社情民意信息 apart. */
  reports: { issued: number } & Record<Report["kind"], number>;
  replies: ReplyCount & { total: number };
  evaluations: { handling: Record<Satisfaction, number>; result: Record<Satisfaction, number> };
  /** Replies received by answer category (answer_categories of xieshang.yaml). */
  categories: Record<string, number>;
  /** Activities a 市政协 leader attended; consultation meetings the departments' heads attended. */
  withLeaders: number;
  withHeads: number;
}

export interface CommitteeReview {
  code: string;
  name: string;
  /** The topics confirmed in the year; one withdrawn later has its date and reason. */
  topics: { id: string; title: string; status: string; withdrawn_on?: string; reason?: string }[];
  figures: Figures;
  reports: { id: string; doc_no: string | null; title: string; kind: Report["kind"] }[];
}

export interface Problem {
  /** The article of the 办法 the problem is measured against. */
  article: number;
  kind: "idle" | "replies" | "liaison" | "q1" | "meeting";
  /** One line a committee (or a record): already in words. */
  items: string[];
}

export interface Review {
  year: number;
  /** The figures are as of this day (31 December of the year). */
  asOf: string;
  title: string;
  organ: string;
  /** 署名: the body's office, as its 标志 (政协鄂尔多斯市委员会办公室). */
  issuer: string;
  /** The answer categories' names (answer_categories of xieshang.yaml). */
  categories: Record<string, string>;
  totals: Figures;
  /** The year before, when it has records; null otherwise. */
  previous: Figures | null;
  committees: CommitteeReview[];
  problems: Problem[];
}

function emptyFigures(): Figures {
  const zeroOf = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return {
    topics: { confirmed: 0, concluded: 0, withdrawn: 0 },
    activities: { ...zeroOf(ACTIVITY_TYPES), total: 0 },
    reports: { issued: 0, outcome: 0, research: 0, social_opinion: 0 },
    replies: { ...zeroOf(REPLY_STATES), total: 0 },
    evaluations: { handling: zeroOf(SATISFACTION), result: zeroOf(SATISFACTION) },
    categories: {},
    withLeaders: 0,
    withHeads: 0,
  };
}

/** The figures of one committee (or all, `code` undefined) in a year, as of its last day. */
function figuresOf(ds: Dataset, year: number, code?: string): Figures {
  const f = emptyFigures();
  const asOf = `${year}-12-31`;
  const mine = (c: string) => code === undefined || c === code;
  for (const { value: t } of ds.topics) {
    if (t.year !== year || !mine(t.committee)) continue;
    // a concluded topic was confirmed first, and so was one withdrawn after it was confirmed
    if (wasConfirmed(t)) f.topics.confirmed++;
    if (t.status === "concluded") f.topics.concluded++;
    if (t.status === "withdrawn" && t.confirmed_on !== undefined) f.topics.withdrawn++;
  }
  for (const { value: a } of ds.activities) {
    if (yearOf(a.date) !== year || !mine(a.committee)) continue;
    f.activities[a.type]++;
    f.activities.total++;
    if ((a.participants?.cppcc_leaders ?? []).length > 0) f.withLeaders++;
    if (a.type === "consultation" && (a.participants?.department_heads ?? []).length > 0)
      f.withHeads++;
  }
  const cal = calendarOf(ds);
  for (const { value: r } of ds.reports) {
    if (!mine(r.committee) || !r.issued_on || yearOf(r.issued_on) !== year) continue;
    f.reports.issued++;
    f.reports[r.kind]++;
    for (const s of recipientStatuses(r, asOf, cal)) {
      f.replies.total++;
      f.replies[s.state === "extended" ? "pending" : s.state]++;
    }
    for (const d of r.to_departments ?? []) {
      const s = r.replies?.[d]?.satisfaction;
      if (s?.handling) f.evaluations.handling[s.handling]++;
      if (s?.result) f.evaluations.result[s.result]++;
      const c = r.replies?.[d]?.category;
      if (c !== undefined && r.replies?.[d]?.received_on && r.replies[d].received_on <= asOf)
        f.categories[c] = (f.categories[c] ?? 0) + 1;
    }
  }
  return f;
}

/** A topic confirmed at some time: confirmed, concluded, or withdrawn after confirmation. */
function wasConfirmed(t: Topic): boolean {
  return (
    t.status === "confirmed" ||
    t.status === "concluded" ||
    (t.status === "withdrawn" && t.confirmed_on !== undefined)
  );
}

/** Whether a year has any record (topic, activity or report) to compare with. */
function hasRecords(ds: Dataset, year: number): boolean {
  return (
    ds.topics.some((t) => t.value.year === year) ||
    ds.activities.some((a) => yearOf(a.value.date) === year) ||
    ds.reports.some((r) => r.value.issued_on !== undefined && yearOf(r.value.issued_on) === year)
  );
}

export function computeReview(ds: Dataset, year: number): Review {
  const settings = ds.settings?.value;
  const index = buildIndex(ds);
  const asOf = `${year}-12-31`;
  // departments as they were named in the year reviewed (README "Departments change")
  const name = (d: string) => departmentNameOn(index, d, asOf);
  // the 专门委员会 (Art. 2): the 办公室 of the 一览表 only when it had work of its own that year
  const units = committeesInOrder(ds).filter(
    ({ value: c }) =>
      c.kind !== "office" ||
      ds.topics.some((t) => t.value.committee === c.code && t.value.year === year) ||
      ds.activities.some((a) => a.value.committee === c.code && yearOf(a.value.date) === year),
  );
  const committees = units.map(({ value: c }): CommitteeReview => {
    const topics = ds.topics
      .map((t) => t.value)
      .filter((t) => t.committee === c.code && t.year === year)
      .filter(wasConfirmed)
      .sort(byId)
      .map((t) => ({
        id: t.id,
        title: t.title,
        status: t.status,
        ...(t.status === "withdrawn"
          ? { withdrawn_on: t.withdrawn_on, reason: t.reason ?? undefined }
          : {}),
      }));
    const reports = ds.reports
      .map((r) => r.value)
      .filter((r) => r.committee === c.code && r.issued_on && yearOf(r.issued_on) === year)
      .sort(byId)
      .map((r) => ({ id: r.id, doc_no: r.doc_no ?? null, title: r.title, kind: r.kind }));
    return { code: c.code, name: c.name, topics, figures: figuresOf(ds, year, c.code), reports };
  });

  const problems: Problem[] = [];
  // Art. 4 and Art. 16: the counterparts no activity reached and the missing liaisons,
  // as status counts them
  const status = new Map(computeStatus(ds, year, asOf).committees.map((c) => [c.code, c]));
  const idle: string[] = [];
  for (const { value: c } of units) {
    const never = status.get(c.code)?.idle_counterparts ?? [];
    // a paragraph for the 主席会议: the first names, and how many in all
    const named = never.slice(0, 6).map(name).join("、");
    if (never.length > 0)
      idle.push(
        `${c.name}与${never.length}个对口部门全年未开展联络（${named}${never.length > 6 ? "等" : ""}）`,
      );
  }
  if (idle.length > 0) problems.push({ article: 4, kind: "idle", items: idle });
  // Art. 14: replies late or still overdue at the year's end
  const replies: string[] = [];
  const cal = calendarOf(ds);
  for (const { value: r } of [...ds.reports].sort((a, b) => byId(a.value, b.value))) {
    if (!r.issued_on || yearOf(r.issued_on) !== year) continue;
    for (const s of recipientStatuses(r, asOf, cal)) {
      const what = `${name(s.department)}对${r.doc_no ?? r.id}《${r.title}》`;
      if (s.state === "late") replies.push(`${what}逾期${s.days_late}天答复`);
      if (s.state === "overdue")
        replies.push(`${what}截至${chineseDate(asOf)}逾期${s.days_late}天未答复`);
    }
  }
  if (replies.length > 0) problems.push({ article: 14, kind: "replies", items: replies });
  // Art. 16: committees and departments without a liaison officer
  const liaison: string[] = [];
  for (const { value: c } of units) {
    const missing = status.get(c.code)?.missing_liaisons ?? [];
    const self = missing.includes(c.code);
    const depts = missing.length - (self ? 1 : 0);
    if (self && depts === 0) liaison.push(`${c.name}未明确联络员`);
    else if (self) liaison.push(`${c.name}及其${depts}个对口部门均未明确联络员`);
    else if (depts > 0) liaison.push(`${c.name}有${depts}个对口部门未明确联络员`);
  }
  if (liaison.length > 0) problems.push({ article: 16, kind: "liaison", items: liaison });
  // Art. 6: topics of the year confirmed after its first quarter
  const late = ds.topics
    .map((t) => t.value)
    .filter((t) => t.year === year && t.confirmed_on && !inFirstQuarter(t.confirmed_on, t.year))
    .sort(byId)
    .map((t) => `“${t.title}”议题于${chineseDate(t.confirmed_on!)}确定`);
  if (late.length > 0) problems.push({ article: 6, kind: "q1", items: late });
  // Art. 12: consultation meetings without a CPPCC leader or the departments' heads
  const meetings = ds.activities
    .map((a) => a.value)
    .filter((a) => yearOf(a.date) === year && missingParticipants(a) !== null)
    .sort(byDate)
    .map((a) => {
      const m = missingParticipants(a);
      const lacks =
        m === "neither"
          ? "市政协领导和部门主要负责同志"
          : m === "no-leader"
            ? "市政协领导"
            : "部门主要负责同志";
      return `${chineseDate(a.date)}召开的${a.title}，${lacks}未参加`;
    });
  if (meetings.length > 0) problems.push({ article: 12, kind: "meeting", items: meetings });
  problems.sort((a, b) => a.article - b.article);

  const short = settings?.short_name ?? settings?.body ?? "";
  return {
    year,
    asOf,
    title: `关于${year}年度${short}专门委员会对口联系协商工作情况的通报`,
    // the 通报 is the 办公室's (Art. 15): its 标志, its 署名, its seal
    organ: `${settings?.body ?? ""}办公室`,
    issuer: `${settings?.body ?? ""}办公室`,
    categories: settings?.answer_categories ?? {},
    totals: figuresOf(ds, year),
    previous: hasRecords(ds, year - 1) ? figuresOf(ds, year - 1) : null,
    committees,
    problems,
  };
}
