import { daysBetween } from "./dates.js";
import { legalDue, type WorkCalendar } from "./deadlines.js";
import type { Report } from "./schemas/report.js";

export type ReplyState = "on_time" | "late" | "extended" | "pending" | "overdue";

export interface RecipientStatus {
  department: string;
  state: ReplyState;
  /**
   * The date the reply is due: the extension's `until` when one was granted, moved to the
   * next working day when it falls on a day off (Civil Code Art. 203) by the calendar given.
   */
  due: string | undefined;
  /** The date the record holds, when the law moves it (a holiday known since). */
  due_recorded?: string;
  received_on?: string;
  /** Days past the due date as of today (overdue), or by which the reply was late. */
  days_late?: number;
  last_chase?: { on: string; method: string };
}

/**
 * Art. 14: where each recipient of an issued report stands as of `today` — replied on
 * time or late, granted more time, still pending, or overdue. An extension moves the due
 * date; a department is not overdue until it has passed. What happened after `today`
 * (`--as-of` a past day) has not happened yet: a reply received later is still owed, a
 * later extension or chase is not counted, a report issued later has no recipients. A due
 * date on a day off of `cal` is the next working day's (README "Deadlines").
 */
export function recipientStatuses(
  report: Report,
  today: string,
  cal: WorkCalendar,
): RecipientStatus[] {
  if (report.status !== "issued" || (report.issued_on && report.issued_on > today)) return [];
  return (report.to_departments ?? []).map((department) => {
    const granted = report.extensions?.[department];
    const ext = granted && (granted.granted_on ?? "") <= today ? granted : undefined;
    const recorded = ext?.until ?? report.reply_due;
    // nobody is overdue before the legal deadline: a due date on a day off gives way
    const due = recorded && legalDue(recorded, cal);
    const received = report.replies?.[department];
    const reply = received && received.received_on <= today ? received : undefined;
    const chases = (report.chases ?? []).filter(
      (c) => c.department === department && c.on <= today,
    );
    const last = chases.reduce<(typeof chases)[number] | undefined>(
      (a, c) => (!a || c.on >= a.on ? c : a),
      undefined,
    );
    const s: RecipientStatus = { department, state: "pending", due };
    if (due !== recorded && recorded) s.due_recorded = recorded;
    if (last) s.last_chase = { on: last.on, method: last.method };
    if (reply) {
      s.received_on = reply.received_on;
      const late = due ? daysBetween(due, reply.received_on) : 0;
      s.state = late > 0 ? "late" : "on_time";
      if (late > 0) s.days_late = late;
      return s;
    }
    if (due && today > due) {
      s.state = "overdue";
      s.days_late = daysBetween(due, today);
    } else if (ext) s.state = "extended";
    return s;
  });
}
