import type { Dataset } from "./dataset.js";
import { buildIndex, byId, committeesInOrder } from "./dataset.js";
import { calendarOf, type WorkCalendar } from "./deadlines.js";
import { departmentNameOn } from "./department-life.js";
import { recipientStatuses } from "./replies.js";
import type { Topic } from "./schemas/topic.js";

export interface PlanTopic {
  id: string;
  title: string;
  departments: string[];
  invited: string[];
  forms: string[];
  schedule: string | null;
  source: string;
  status: string;
  /** Labels in the user's language, alongside the ids. */
  department_names: string[];
  invited_names: string[];
  form_labels: string[];
  source_label: string;
  progress?: PlanProgress;
  /** A withdrawn topic (in the plan's 执行情况 only): when and why. */
  withdrawn?: { on: string | null; reason: string | null };
}

export interface PlanProgress {
  /** Activities held for the topic, per planned form (and any other form held). */
  activities: Record<string, number>;
  report: { id: string; status: string; doc_no: string | null; issued_on: string | null } | null;
  /** Owed: not yet received; overdue: of those, past their due date as of `today`. */
  replies: { received: number; owed: number; overdue: number };
}

export interface Plan {
  year: number;
  committees: { code: string; name: string; topics: PlanTopic[] }[];
}

/** Names of forms and sources in the reader's language, given by the caller. */
export interface PlanLabels {
  form(id: string): string;
  source(id: string): string;
}

/** Art. 6: a topic is in the plan of its year once confirmed (or concluded); shortlisted ones in a draft plan. */
export function inPlan(t: Topic, year: number, includeShortlisted: boolean): boolean {
  return (
    t.year === year &&
    (t.status === "confirmed" ||
      t.status === "concluded" ||
      (includeShortlisted && t.status === "shortlisted"))
  );
}

const ORDER_OF_STATUS: Record<string, number> = {
  confirmed: 0,
  concluded: 0,
  shortlisted: 1,
  withdrawn: 2,
};

/**
 * Art. 6: the annual plan of counterpart consultation — the confirmed topics of a year,
 * per committee in 一览表 order, by id; deterministic, so that a script can regenerate
 * and commit it.
 */
export function buildPlan(
  ds: Dataset,
  year: number,
  labels: PlanLabels,
  opts: { includeShortlisted?: boolean; progress?: boolean; today?: string } = {},
): Plan {
  const index = buildIndex(ds);
  const cal = calendarOf(ds);
  // departments as named when the plan was made, or at the end of a year gone by
  const on = planDate(year, opts.today);
  const name = (id: string) => departmentNameOn(index, id, on);
  // the plan's 执行情况 also tells the topics withdrawn during the year, with their reason
  const wanted = (t: Topic) =>
    inPlan(t, year, opts.includeShortlisted === true) ||
    (opts.progress === true && t.year === year && t.status === "withdrawn");
  return {
    year,
    committees: committeesInOrder(ds).map(({ value: c }) => ({
      code: c.code,
      name: c.name,
      topics: ds.topics
        .map((r) => r.value)
        .filter((t) => t.committee === c.code && wanted(t))
        .sort(
          (a, b) =>
            (ORDER_OF_STATUS[a.status] ?? 2) - (ORDER_OF_STATUS[b.status] ?? 2) || byId(a, b),
        )
        .map((t) => {
          const p: PlanTopic = {
            id: t.id,
            title: t.title,
            departments: t.departments,
            invited: t.invited ?? [],
            forms: t.forms ?? [],
            schedule: t.schedule ?? null,
            source: t.source,
            status: t.status,
            department_names: t.departments.map(name),
            invited_names: (t.invited ?? []).map(name),
            form_labels: (t.forms ?? []).map(labels.form),
            source_label: labels.source(t.source),
          };
          if (opts.progress) p.progress = progressOf(ds, t, opts.today ?? `${year}-12-31`, cal);
          if (t.status === "withdrawn")
            p.withdrawn = { on: t.withdrawn_on ?? null, reason: t.reason ?? null };
          return p;
        }),
    })),
  };
}

function progressOf(ds: Dataset, t: Topic, today: string, cal: WorkCalendar): PlanProgress {
  const activities: Record<string, number> = Object.fromEntries((t.forms ?? []).map((f) => [f, 0]));
  for (const { value: a } of ds.activities) {
    if (a.topic === t.id) activities[a.type] = (activities[a.type] ?? 0) + 1;
  }
  const reports = ds.reports
    .map((r) => r.value)
    .filter((r) => r.topic === t.id && r.kind === "outcome");
  const rank = { issued: 2, signed: 1, draft: 0 } as const;
  const report = reports.sort((a, b) => rank[b.status] - rank[a.status] || byId(a, b))[0];
  const recipients = report?.status === "issued" ? (report.to_departments ?? []) : [];
  const received = recipients.filter((d) => report?.replies?.[d]).length;
  const overdue = report
    ? recipientStatuses(report, today, cal).filter((x) => x.state === "overdue").length
    : 0;
  return {
    activities,
    report: report
      ? {
          id: report.id,
          status: report.status,
          doc_no: report.doc_no ?? null,
          issued_on: report.issued_on ?? null,
        }
      : null,
    replies: { received, owed: recipients.length - received, overdue },
  };
}

/**
 * The date a plan's departments are named as of (README "Departments change"): today, or
 * the last day of its year for a plan of a year gone by.
 */
export function planDate(year: number, today: string | undefined): string {
  const end = `${year}-12-31`;
  return today && today < end ? today : end;
}
