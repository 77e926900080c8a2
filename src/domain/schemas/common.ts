import * as z from "zod";
import { isValidIsoDate } from "../dates.js";
import {
  ACTIVITY_ID,
  COMMITTEE_CODE,
  DEPARTMENT_ID,
  ISO_DATE,
  PERSON_ID,
  REPORT_ID,
  TOPIC_ID,
} from "../ids.js";

/**
 * Building blocks shared by the record schemas. Format checks carry a message token
 * ("xs:date", "xs:id") that the diagnostics renderer turns into a sentence in the
 * user's language; zod's own English text never reaches a clerk.
 */

export const text = z.string().trim().min(1);
export const optText = text.optional();

export const date = z
  .string()
  .regex(ISO_DATE, { message: "xs:date" })
  .refine(isValidIsoDate, { message: "xs:date" });

export const year = z.number().int().min(2000).max(2999);

export const committeeCode = z.string().regex(COMMITTEE_CODE, { message: "xs:committee-code" });
export const departmentId = z.string().regex(DEPARTMENT_ID, { message: "xs:department-id" });
export const personId = z.string().regex(PERSON_ID, { message: "xs:person-id" });
export const topicId = z.string().regex(TOPIC_ID, { message: "xs:topic-id" });
export const activityId = z.string().regex(ACTIVITY_ID, { message: "xs:activity-id" });
export const reportId = z.string().regex(REPORT_ID, { message: "xs:report-id" });

/** A phone number written without quotes is read by YAML as a number; keep it as text. */
export const phone = z.union([text, z.number().int().nonnegative().transform(String)]);

/** Art. 16: the contact person a committee or department designates (联络员). */
export const liaison = z.strictObject({
  name: text,
  phone: phone.optional(),
  title: optText,
});

export {
  ACTIVITY_TYPES,
  CATEGORIES,
  CHASE_METHODS,
  COMMITTEE_KINDS,
  PERSON_ROLES,
  REPORT_KINDS,
  REPORT_STATUSES,
  SATISFACTION,
  SOURCES,
  TOPIC_STATUSES,
} from "../vocabulary.js";

export type Liaison = z.infer<typeof liaison>;

export const stringList = z.array(text);
