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
  replies: z.record(departmentId, reply).optional(),
  extensions: z.record(departmentId, extension).optional(),
  chases: z.array(chase).optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type Reply = z.infer<typeof reply>;
