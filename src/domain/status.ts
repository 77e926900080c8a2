import type { Dataset } from "./dataset.js";
import { committeesInOrder } from "./dataset.js";
import { yearOf } from "./dates.js";
import { collectionOpens } from "./rules/collection-window.js";
import { REPORT_STATUSES, TOPIC_STATUSES } from "./schemas/common.js";

type Counts<K extends string> = Record<K, number>;

export interface StatusRow {
  counterparts: number;
  missing_liaisons: number;
  topics: Counts<(typeof TOPIC_STATUSES)[number]>;
  activities: number;
  reports: Counts<(typeof REPORT_STATUSES)[number]>;
  replies: { received: number; pending: number };
}

export interface Status {
  year: number;
  as_of: string;
  committees: ({ code: string; name: string } & StatusRow)[];
  totals: StatusRow;
  /** Art. 5: the collection of next year's topics, when it is open. */
  collection: { year: number; proposed: number; shortlisted: number } | null;
}

function emptyRow(): StatusRow {
  return {
    counterparts: 0,
    missing_liaisons: 0,
    topics: Object.fromEntries(TOPIC_STATUSES.map((s) => [s, 0])) as StatusRow["topics"],
    activities: 0,
    reports: Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as StatusRow["reports"],
    replies: { received: 0, pending: 0 },
  };
}

function add(into: StatusRow, row: StatusRow) {
  into.counterparts += row.counterparts;
  into.missing_liaisons += row.missing_liaisons;
  into.activities += row.activities;
  for (const s of TOPIC_STATUSES) into.topics[s] += row.topics[s];
  for (const s of REPORT_STATUSES) into.reports[s] += row.reports[s];
  into.replies.received += row.replies.received;
  into.replies.pending += row.replies.pending;
}

/**
 * Where each committee stands in a plan year: its counterparts and missing liaisons
 * (Art. 4, 16), topics by status (Art. 5–6), activities (Art. 7–12), reports by status
 * (Art. 13) and written replies received or still owed (Art. 14).
 */
export function computeStatus(ds: Dataset, year: number, today: string): Status {
  const rows = new Map<string, StatusRow>();
  const committees = committeesInOrder(ds);
  for (const { value: c } of committees) {
    const row = emptyRow();
    row.counterparts = c.departments.length;
    row.missing_liaisons = (c.liaison ? 0 : 1) + c.departments.filter((d) => !d.liaison).length;
    rows.set(c.code, row);
  }
  for (const { value: t } of ds.topics) {
    const row = rows.get(t.committee);
    if (row && t.year === year) row.topics[t.status]++;
  }
  for (const { value: a } of ds.activities) {
    const row = rows.get(a.committee);
    if (row && yearOf(a.date) === year) row.activities++;
  }
  for (const { value: r } of ds.reports) {
    const row = rows.get(r.committee);
    if (!row || yearOf(r.id) !== year) continue;
    row.reports[r.status]++;
    if (r.status !== "issued") continue;
    for (const dept of r.to_departments ?? []) {
      if (r.replies?.[dept]) row.replies.received++;
      else row.replies.pending++;
    }
  }
  const totals = emptyRow();
  for (const row of rows.values()) add(totals, row);

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
