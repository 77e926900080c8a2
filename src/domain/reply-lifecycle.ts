import { DataError, UsageError } from "../errors.js";
import type { Dataset, Rec } from "./dataset.js";
import { msg } from "./diagnostics.js";
import { type Patch, patch } from "./patch.js";
import { findReport, requireIssued } from "./report-lifecycle.js";
import type { Report } from "./schemas/report.js";
import type { ChaseMethod, Satisfaction } from "./vocabulary.js";

/**
 * Art. 14: the departments answer an issued report in writing by its due date. Each
 * event of a reply — the written reply received, more time granted (延期), a chase
 * (催办) — is decided here and returned as a patch (docs/lifecycles.md "Replies").
 */

/** The recipients of a report that have not replied yet: those a chase or extension is for. */
export function owingDepartments(r: Report): string[] {
  return (r.to_departments ?? []).filter((d) => !r.replies?.[d]);
}

/** An issued report that `dept` has not answered: a reply is neither chased nor extended. */
function stillOwed(ds: Dataset, id: string, dept: string): Rec<Report> {
  const rec = findReport(ds, id);
  requireIssued(rec.value);
  const reply = rec.value.replies?.[dept];
  if (reply)
    throw new DataError(msg("reply.has-replied", { department: dept, date: reply.received_on }));
  return rec;
}

export interface ReplyInput {
  id: string;
  /** The replying department's id; that it is a recipient is rule `reply`. */
  from: string;
  on: string;
  docNo?: string;
  summary?: string;
  category?: string;
}

/** A department's written reply, received on a date, with its own doc number (Art. 14). */
export function recordReply(ds: Dataset, input: ReplyInput): Patch {
  const rec = findReport(ds, input.id);
  requireIssued(rec.value);
  const existing = rec.value.replies?.[input.from];
  if (existing)
    throw new DataError(
      msg("reply.already", { department: input.from, date: existing.received_on }),
      [msg("reply.already.hint", { file: rec.src.file })],
    );
  return patch({
    edit: [
      {
        kind: "report",
        file: rec.src.file,
        edits: [
          {
            set: ["replies", input.from],
            value: {
              received_on: input.on,
              doc_no: input.docNo?.trim() || undefined,
              summary: input.summary?.trim() || undefined,
              category: input.category?.trim() || undefined,
            },
          },
        ],
      },
    ],
    message: `reply record ${input.id}: ${input.from}`,
  });
}

export interface ExtendInput {
  id: string;
  dept: string;
  until: string;
  reason: string;
  on: string;
}

/** More time for a department (延期): the new date must be later than the one it replaces. */
export function extendReply(ds: Dataset, input: ExtendInput): Patch {
  const rec = stillOwed(ds, input.id, input.dept);
  const due = rec.value.extensions?.[input.dept]?.until ?? rec.value.reply_due;
  if (due && input.until <= due)
    throw new UsageError(msg("reply.until-not-later", { until: input.until, due }));
  return patch({
    edit: [
      {
        kind: "report",
        file: rec.src.file,
        edits: [
          {
            set: ["extensions", input.dept],
            value: { until: input.until, granted_on: input.on, reason: input.reason },
          },
        ],
      },
    ],
    message: `reply extend ${input.id}: ${input.dept} until ${input.until}`,
  });
}

export interface ChaseInput {
  id: string;
  dept: string;
  method: ChaseMethod;
  on: string;
  note?: string;
}

/** A chase (催办) of a reply still owed, added to the report's log. */
export function chaseReply(ds: Dataset, input: ChaseInput): Patch {
  const rec = stillOwed(ds, input.id, input.dept);
  return patch({
    edit: [
      {
        kind: "report",
        file: rec.src.file,
        edits: [
          {
            append: ["chases"],
            item: {
              department: input.dept,
              on: input.on,
              method: input.method,
              note: input.note?.trim() || undefined,
            },
          },
        ],
      },
    ],
    message: `reply chase ${input.id}: ${input.dept} ${input.method}`,
  });
}

export interface RateInput {
  id: string;
  dept: string;
  handling?: Satisfaction;
  result?: Satisfaction;
  on: string;
}

/** The departments of a report that have replied: the only ones a committee evaluates. */
export function repliedDepartments(r: Report): string[] {
  return (r.to_departments ?? []).filter((d) => r.replies?.[d]);
}

/**
 * The committee's evaluation of a written reply (Art. 14: 答复反馈): 满意 / 基本满意 / 不满意
 * for the handling and for the result. Only a reply that was received is evaluated; a
 * second evaluation replaces what it gives and keeps the rest.
 */
export function rateReply(ds: Dataset, input: RateInput): Patch {
  const rec = findReport(ds, input.id);
  const reply = rec.value.replies?.[input.dept];
  if (!reply)
    throw new DataError(msg("reply.not-replied", { id: input.id, department: input.dept }), [
      msg("reply.not-replied.hint", { id: input.id, department: input.dept }),
    ]);
  if (input.on < reply.received_on)
    throw new DataError(msg("reply.rated-before", { on: input.on, received: reply.received_on }));
  const satisfaction = {
    handling: input.handling ?? reply.satisfaction?.handling,
    result: input.result ?? reply.satisfaction?.result,
    on: input.on,
  };
  return patch({
    edit: [
      {
        kind: "report",
        file: rec.src.file,
        edits: [
          {
            set: ["replies", input.dept, "satisfaction"],
            value: Object.fromEntries(
              Object.entries(satisfaction).filter(([, v]) => v !== undefined),
            ) as Record<string, string>,
          },
        ],
      },
    ],
    message: `reply rate ${input.id}: ${input.dept} ${satisfaction.handling ?? "—"}/${satisfaction.result ?? "—"}`,
  });
}
