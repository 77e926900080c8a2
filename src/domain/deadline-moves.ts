import type { Dataset } from "./dataset.js";
import {
  calendarOf,
  type DueDate,
  legalDue,
  parsePeriod,
  replyDue,
  replyWithin,
  type WorkCalendar,
} from "./deadlines.js";
import type { Patch, Value } from "./patch.js";
import type { DueBasis, Report } from "./schemas/report.js";

/**
 * A deadline is a rule, applied again when the calendar changes (README "Deadlines"): a
 * report's `reply_due_basis` keeps the `reply_within` rule, the calendar years it counted
 * and the date it computed. When a calendar arrives (or changes) the rule is counted
 * again, and an open deadline it moves is moved in the record — the document keeps the
 * date it was sent with, and the record notes the move. A date set by hand is left alone.
 */

export type DueOrigin =
  | { kind: "rule"; rule: string; now: DueDate; stale: boolean; had: number[] }
  | { kind: "hand"; rule: string; now: DueDate };

/**
 * How a report's `reply_due` was made, and what the rule gives with the calendars now
 * (`all`: the dataset's, built once by the caller for all its reports).
 */
export function dueOrigin(ds: Dataset, r: Report, all: WorkCalendar): DueOrigin | undefined {
  if (!r.issued_on || !r.reply_due) return undefined;
  const basis = r.reply_due_basis;
  const rule =
    basis && basis.rule !== "hand" ? basis.rule : replyWithin(ds.settings?.value, r.kind);
  const period = parsePeriod(rule) ?? { n: 30, unit: "d" as const };
  const now = replyDue(r.issued_on, period, all);
  if (basis?.rule === "hand") return { kind: "hand", rule, now };
  if (basis?.computed !== undefined) {
    // the date was changed by hand after the rule computed it
    if (basis.computed !== r.reply_due) return { kind: "hand", rule, now };
    const had = basis.calendars ?? [];
    return { kind: "rule", rule, now, stale: now.due !== r.reply_due, had };
  }
  // a record issued before the basis was kept: the rule counted again without the calendars
  if (now.due === r.reply_due) return { kind: "rule", rule, now, stale: false, had: now.calendars };
  const touched = new Set([r.issued_on, now.due, r.reply_due].map((d) => Number(d.slice(0, 4))));
  const had = now.calendars.filter((y) => !touched.has(y));
  return replyDue(r.issued_on, period, all.only(had)).due === r.reply_due
    ? { kind: "rule", rule, now, stale: true, had }
    : { kind: "hand", rule, now };
}

/**
 * The calendars a stale date is counted anew with: those it lacked that are there now
 * (`changed: false`), or — none lacking — all it counted, one of which changed since.
 */
export function countedAnew(origin: Extract<DueOrigin, { kind: "rule" }>): {
  years: number[];
  changed: boolean;
} {
  const years = origin.now.calendars.filter((y) => !origin.had.includes(y));
  return years.length > 0
    ? { years, changed: false }
    : { years: origin.now.calendars, changed: true };
}

/** The basis a rule's date is recorded with (report issue, calendar import). */
export function basisOf(rule: string, due: DueDate, moved?: DueBasis["moved"]): DueBasis {
  return {
    rule,
    // written even when empty: an edit keeps the keys it is not given
    calendars: due.calendars,
    computed: due.due,
    ...(moved?.length ? { moved } : {}),
  };
}

export interface DeadlineMove {
  report: string;
  file: string;
  /** The departments still owing a reply by this date (no reply, no extension). */
  departments: string[];
  from: string;
  to: string;
  /** The calendar years that moved it, and the days off and make-up workdays counted. */
  years: number[];
  /** The files were there when it was computed, and have changed since. */
  changed: boolean;
  /** The basis the record is written with: the rule now, the move noted. */
  basis: DueBasis;
  holidays: string[];
  workdays: string[];
}

export interface HandSet {
  report: string;
  departments: string[];
  date: string;
  legal: string;
}

/** The departments that still owe a reply by the report's own date: no reply, no extension. */
function owing(r: Report): string[] {
  return (r.to_departments ?? []).filter((d) => !r.replies?.[d] && !r.extensions?.[d]);
}

/**
 * The open deadlines the calendars now move (README "Deadlines"), and the open dates set
 * by hand — left alone and named, with their legal deadline where the calendar makes them
 * a day off. A date counted with a calendar file that is no longer there (deleted, or
 * unreadable) is not moved: a lost calendar is not a new one.
 */
export function deadlineMoves(
  ds: Dataset,
  today: string,
): { moves: DeadlineMove[]; handSet: HandSet[] } {
  const cal = calendarOf(ds);
  const moves: DeadlineMove[] = [];
  const handSet: HandSet[] = [];
  const hand = (report: string, departments: string[], date: string) =>
    handSet.push({ report, departments, date, legal: legalDue(date, cal) });
  const sorted = [...ds.reports].sort((a, b) => (a.value.id < b.value.id ? -1 : 1));
  for (const { value: r, src } of sorted) {
    if (r.status !== "issued" || !r.reply_due) continue;
    const departments = owing(r);
    for (const [d, ext] of Object.entries(r.extensions ?? {}))
      if (!r.replies?.[d]) hand(r.id, [d], ext.until);
    if (departments.length === 0) continue;
    const origin = dueOrigin(ds, r, cal);
    if (origin?.kind === "hand") hand(r.id, departments, r.reply_due);
    if (origin?.kind !== "rule" || !origin.stale) continue;
    if (origin.had.some((y) => !ds.calendars.has(y))) continue;
    const { years: why, changed } = countedAnew(origin);
    const inWhy = (d: string) => why.includes(Number(d.slice(0, 4)));
    moves.push({
      report: r.id,
      file: src.file,
      departments,
      from: r.reply_due,
      to: origin.now.due,
      years: why,
      changed,
      holidays: origin.now.holidays.filter(inWhy),
      workdays: origin.now.workdays.filter(inWhy),
      basis: basisOf(origin.rule, origin.now, [
        ...(r.reply_due_basis?.moved ?? []),
        { from: r.reply_due, to: origin.now.due, on: today, calendars: why },
      ]),
    });
  }
  return { moves, handSet };
}

/** The edits that record the moves, each noted in the report's `reply_due_basis.moved`. */
export function moveEdits(moves: DeadlineMove[]): Patch["edit"] {
  return moves.map((m) => ({
    kind: "report" as const,
    file: m.file,
    edits: [
      { set: ["reply_due"], value: m.to },
      { set: ["reply_due_basis"], value: m.basis as Value },
    ],
  }));
}
