import type { Dataset } from "./dataset.js";
import { committeesInOrder } from "./dataset.js";
import { yearOf } from "./dates.js";
import { calendarOf } from "./deadlines.js";
import { existsIn } from "./department-life.js";
import { recipientStatuses } from "./replies.js";
import { collectionOpens } from "./rules/collection-window.js";
import { ACTIVITY_TYPES, REPORT_STATUSES, SATISFACTION, TOPIC_STATUSES } from "./vocabulary.js";

type Counts<K extends string> = Record<K, number>;

export interface StatusRow {
  counterparts: number;
  topics: Counts<(typeof TOPIC_STATUSES)[number]>;
  activities: Counts<(typeof ACTIVITY_TYPES)[number]> & { total: number };
  reports: Counts<(typeof REPORT_STATUSES)[number]>;
  replies: { on_time: number; late: number; pending: number; overdue: number };
  /** The committee's evaluations of the replies received (Art. 14), and those not evaluated. */
  evaluations: {
    handling: Counts<(typeof SATISFACTION)[number]>;
    result: Counts<(typeof SATISFACTION)[number]>;
    unrated: number;
  };
  /** Counterpart departments no activity of the year took part in (Art. 4: 常态化联络). */
  idle_counterparts: string[];
  /** The committee (by its code) and departments without a liaison officer (Art. 16). */
  missing_liaisons: string[];
}

export interface Status {
  year: number;
  as_of: string;
  committees: ({ code: string; name: string } & StatusRow)[];
  totals: Omit<StatusRow, "idle_counterparts" | "missing_liaisons"> & {
    idle_counterparts: number;
    missing_liaisons: number;
  };
  /** Art. 5: the collection of next year's topics, while it is open. */
  collection: { year: number; proposed: number; shortlisted: number } | null;
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

function emptyRow(): StatusRow {
  return {
    counterparts: 0,
    topics: zero(TOPIC_STATUSES),
    activities: { ...zero(ACTIVITY_TYPES), total: 0 },
    reports: zero(REPORT_STATUSES),
    replies: { on_time: 0, late: 0, pending: 0, overdue: 0 },
    evaluations: { handling: zero(SATISFACTION), result: zero(SATISFACTION), unrated: 0 },
    idle_counterparts: [],
    missing_liaisons: [],
  };
}

/**
 * Where each committee stands in a year: topics by status (Art. 5–6), activities by form
 * (Art. 7–12), reports by status (Art. 13), written replies on time, late, pending or
 * overdue (Art. 14), counterparts with no activity (Art. 4) and missing liaisons (Art. 16).
 * Topics count by plan year, activities by date, reports by the year of their id.
 */
export function computeStatus(ds: Dataset, year: number, today: string): Status {
  const rows = new Map<string, StatusRow>();
  const active = new Map<string, Set<string>>();
  const committees = committeesInOrder(ds);
  for (const { value: c } of committees) {
    const row = emptyRow();
    // a department that had ceased before the year, or was made after it, is not counted
    const counted = c.departments.filter((d) => existsIn(d, year));
    row.counterparts = counted.length;
    row.missing_liaisons = [
      ...(c.liaison ? [] : [c.code]),
      ...counted.filter((d) => !d.liaison).map((d) => d.id),
    ];
    rows.set(c.code, row);
    active.set(c.code, new Set());
  }
  for (const { value: t } of ds.topics) {
    const row = rows.get(t.committee);
    if (row && t.year === year) row.topics[t.status]++;
  }
  for (const { value: a } of ds.activities) {
    const row = rows.get(a.committee);
    if (!row || yearOf(a.date) !== year) continue;
    row.activities[a.type]++;
    row.activities.total++;
    for (const d of [...a.departments, ...(a.invited ?? [])]) active.get(a.committee)!.add(d);
  }
  const cal = calendarOf(ds);
  for (const { value: r } of ds.reports) {
    const row = rows.get(r.committee);
    if (!row || yearOf(r.id) !== year) continue;
    row.reports[r.status]++;
    for (const s of recipientStatuses(r, today, cal)) {
      if (s.state === "extended") row.replies.pending++;
      else row.replies[s.state]++;
    }
    for (const d of r.to_departments ?? []) {
      const reply = r.replies?.[d];
      if (!reply) continue;
      const s = reply.satisfaction;
      if (s?.handling) row.evaluations.handling[s.handling]++;
      if (s?.result) row.evaluations.result[s.result]++;
      if (!s?.handling && !s?.result) row.evaluations.unrated++;
    }
  }
  for (const { value: c } of committees) {
    const seen = active.get(c.code)!;
    rows.get(c.code)!.idle_counterparts = c.departments
      .filter((d) => !seen.has(d.id) && existsIn(d, year))
      .map((d) => d.id);
  }

  const totals: Status["totals"] = { ...emptyRow(), idle_counterparts: 0, missing_liaisons: 0 };
  for (const row of rows.values()) {
    totals.counterparts += row.counterparts;
    for (const k of TOPIC_STATUSES) totals.topics[k] += row.topics[k];
    for (const k of ACTIVITY_TYPES) totals.activities[k] += row.activities[k];
    totals.activities.total += row.activities.total;
    for (const k of REPORT_STATUSES) totals.reports[k] += row.reports[k];
    for (const k of ["on_time", "late", "pending", "overdue"] as const)
      totals.replies[k] += row.replies[k];
    for (const k of SATISFACTION) {
      totals.evaluations.handling[k] += row.evaluations.handling[k];
      totals.evaluations.result[k] += row.evaluations.result[k];
    }
    totals.evaluations.unrated += row.evaluations.unrated;
    totals.idle_counterparts += row.idle_counterparts.length;
    totals.missing_liaisons += row.missing_liaisons.length;
  }

  const next = year + 1;
  const open =
    today >= collectionOpens(next, ds.settings?.value.topic_collection_opens) &&
    today < `${next}-04-01`;
  let collection: Status["collection"] = null;
  if (open) {
    const nextTopics = ds.topics.filter((r) => r.value.year === next);
    collection = {
      year: next,
      proposed: nextTopics.filter((r) => r.value.status === "proposed").length,
      shortlisted: nextTopics.filter((r) => r.value.status === "shortlisted").length,
    };
  }
  return {
    year,
    as_of: today,
    committees: committees.map(({ value: c }) => ({
      code: c.code,
      name: c.name,
      ...rows.get(c.code)!,
    })),
    totals,
    collection,
  };
}
