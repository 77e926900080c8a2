import * as z from "zod";
import {
  CHASE_METHODS,
  committeeCode,
  date,
  departmentId,
  optText,
  personId,
  REPORT_KINDS,
  REPORT_STATUSES,
  reportId,
  SATISFACTION,
  stringList,
  text,
  topicId,
  year,
} from "./common.js";

export const reply = z.strictObject({
  received_on: date,
  doc_no: optText,
  summary: optText,
  // a category key written as a number (1: 已解决) is read as text
  category: z.union([z.string().min(1), z.number().int().transform(String)]).optional(),
  satisfaction: z
    .strictObject({
      handling: z.enum(SATISFACTION).optional(),
      result: z.enum(SATISFACTION).optional(),
      /** The day the committee evaluated the reply (reply rate --on). */
      on: date.optional(),
    })
    .optional(),
});

export const extension = z.strictObject({
  until: date,
  granted_on: date.optional(),
  reason: optText,
});

export const chase = z.strictObject({
  department: departmentId,
  on: date,
  method: z.enum(CHASE_METHODS),
  note: optText,
});

/**
 * How `reply_due` was made (README "Deadlines"): the `reply_within` rule as issued and the
 * calendar years it counted (a year without its file counted weekends only), or `hand`
 * for a date set by hand; and each move a calendar made since (`calendar import`).
 */
export const dueBasis = z.strictObject({
  rule: z.string().regex(/^(?:[1-9]\d{0,2}(?:d|wd)|hand)$/, { message: "xs:due-rule" }),
  calendars: z.array(year).optional(),
  /** The date the rule computed: a reply_due that differs was changed by hand since. */
  computed: date.optional(),
  moved: z
    .array(
      z.strictObject({
        from: date,
        to: date,
        on: date,
        /** The calendar years whose holidays moved it. */
        calendars: z.array(year),
      }),
    )
    .optional(),
});

/** Art. 13–14: an outcome report (or research / social-opinion paper) and its replies. */
export const reportSchema = z.strictObject({
  id: reportId,
  kind: z.enum(REPORT_KINDS),
  committee: committeeCode,
  topic: topicId.optional(),
  title: text,
  status: z.enum(REPORT_STATUSES),
  drafted_on: date,
  signed_by: personId.optional(),
  signed_on: date.optional(),
  issued_on: date.optional(),
  doc_no: optText,
  to_leaders: stringList.optional(),
  to_departments: z.array(departmentId).optional(),
  reply_due: date.optional(),
  reply_due_basis: dueBasis.optional(),
  replies: z.record(departmentId, reply).optional(),
  extensions: z.record(departmentId, extension).optional(),
  chases: z.array(chase).optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type DueBasis = z.infer<typeof dueBasis>;
export type Reply = z.infer<typeof reply>;
