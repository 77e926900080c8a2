import * as z from "zod";
import { SCHEDULE } from "../ids.js";
import {
  ACTIVITY_TYPES,
  CATEGORIES,
  committeeCode,
  date,
  departmentId,
  optText,
  SOURCES,
  TOPIC_STATUSES,
  text,
  topicId,
  year,
} from "./common.js";

/** Art. 5–6: a consultation topic of one plan year. */
export const topicSchema = z.strictObject({
  id: topicId,
  year,
  title: text,
  committee: committeeCode,
  departments: z.array(departmentId),
  invited: z.array(departmentId).optional(),
  source: z.enum(SOURCES),
  proposer: optText,
  category: z.enum(CATEGORIES),
  summary: optText,
  forms: z.array(z.enum(ACTIVITY_TYPES)).optional(),
  schedule: z.string().regex(SCHEDULE, { message: "xs:schedule" }).optional(),
  status: z.enum(TOPIC_STATUSES),
  proposed_on: date,
  shortlisted_on: date.optional(),
  confirmed_on: date.optional(),
  concluded_on: date.optional(),
  withdrawn_on: date.optional(),
  reason: optText,
});

export type Topic = z.infer<typeof topicSchema>;
