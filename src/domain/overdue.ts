import type { Dataset } from "./dataset.js";
import { buildIndex } from "./dataset.js";
import { daysBetween } from "./dates.js";
import { calendarOf } from "./deadlines.js";
import { recipientStatuses } from "./replies.js";

/** One reply owed, in the shape of `overdue --json` (docs/commands.md "overdue"). */
export interface OverdueItem {
  report: string;
  doc_no: string | null;
  title: string;
  committee: string;
  department: string;
  department_name: string;
  liaison: { name: string; phone: string | null } | null;
  issued_on: string | null;
  due_on: string;
  /** Days past the due date; 0 when due today, negative when due in the coming days. */
  days_overdue: number;
  last_chase: { on: string; method: string; note: string | null } | null;
}

/**
 * Art. 14: the written replies still owed as of `today` — past their due date (an
 * extension moves it), and with `within` also those due in the next `within` days.
 * Most overdue first.
 */
export function owedReplies(
  ds: Dataset,
  today: string,
  opts: { within?: number; committee?: string } = {},
): OverdueItem[] {
  const index = buildIndex(ds);
  const cal = calendarOf(ds);
  const items: OverdueItem[] = [];
  for (const { value: r } of ds.reports) {
    if (opts.committee && r.committee !== opts.committee) continue;
    for (const s of recipientStatuses(r, today, cal)) {
      if (s.received_on || !s.due) continue;
      const days = daysBetween(s.due, today);
      const listed = days > 0 || (opts.within !== undefined && days >= -opts.within);
      if (!listed) continue;
      const dept = index.departments.get(s.department)?.department;
      const chase = [...(r.chases ?? [])]
        .filter((c) => c.department === s.department && c.on <= today)
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
        .pop();
      items.push({
        report: r.id,
        doc_no: r.doc_no ?? null,
        title: r.title,
        committee: r.committee,
        department: s.department,
        department_name: dept?.name ?? s.department,
        liaison: dept?.liaison
          ? { name: dept.liaison.name, phone: dept.liaison.phone ?? null }
          : null,
        issued_on: r.issued_on ?? null,
        due_on: s.due,
        days_overdue: days,
        last_chase: chase ? { on: chase.on, method: chase.method, note: chase.note ?? null } : null,
      });
    }
  }
  return items.sort(
    (a, b) =>
      b.days_overdue - a.days_overdue ||
      (a.report < b.report ? -1 : a.report > b.report ? 1 : 0) ||
      (a.department < b.department ? -1 : a.department > b.department ? 1 : 0),
  );
}
