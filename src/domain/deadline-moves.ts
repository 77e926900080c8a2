import type { Dataset } from "./dataset.js";
import {
  type DueDate,
  legalDue,
  parsePeriod,
  replyDue,
  replyWithin,
  WorkCalendar,
} from "./deadlines.js";
import type { FieldEdit, Patch, Value } from "./patch.js";
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

type Calendars = Dataset["calendars"];

function calendarOfMap(calendars: Calendars): WorkCalendar {
  return new WorkCalendar(new Map([...calendars].map(([y, r]) => [y, r.value])));
}

/** How a report's `reply_due` was made, and what the rule gives with the calendars now. */
export function dueOrigin(ds: Dataset, r: Report, cal?: WorkCalendar): DueOrigin | undefined {
  if (!r.issued_on || !r.reply_due) return undefined;
  const all = cal ?? calendarOfMap(ds.calendars);
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
export function deadlineMoves(ds: Dataset): { moves: DeadlineMove[]; handSet: HandSet[] } {
  const cal = calendarOfMap(ds.calendars);
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
    const years = origin.now.calendars.filter((y) => !origin.had.includes(y));
    const why = years.length > 0 ? years : origin.now.calendars;
    const inWhy = (d: string) => why.includes(Number(d.slice(0, 4)));
    moves.push({
      report: r.id,
      file: src.file,
      departments,
      from: r.reply_due,
      to: origin.now.due,
      years: why,
      changed: years.length === 0,
      holidays: origin.now.holidays.filter(inWhy),
      workdays: origin.now.workdays.filter(inWhy),
    });
  }
  return { moves, handSet };
}

/** The edits that record the moves, each noted in the report's `reply_due_basis.moved`. */
export function moveEdits(ds: Dataset, moves: DeadlineMove[], today: string): Patch["edit"] {
  const cal = calendarOfMap(ds.calendars);
  return moves.map((m) => {
    const r = ds.reports.find((x) => x.value.id === m.report)!.value;
    const origin = dueOrigin(ds, r, cal)!;
    const moved = [
      ...(r.reply_due_basis?.moved ?? []),
      { from: m.from, to: m.to, on: today, calendars: m.years },
    ];
    const edits: FieldEdit[] = [
      { set: ["reply_due"], value: m.to },
      { set: ["reply_due_basis"], value: basisOf(origin.rule, origin.now, moved) as Value },
    ];
    return { kind: "report" as const, file: m.file, edits };
  });
}
