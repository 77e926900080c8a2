import * as z from "zod";
import {
  ACTIVITY_TYPES,
  activityId,
  committeeCode,
  date,
  departmentId,
  optText,
  personId,
  stringList,
  text,
  topicId,
} from "./common.js";

/** Art. 7–12: one meeting or other activity of counterpart consultation. */
export const activitySchema = z.strictObject({
  id: activityId,
  date,
  type: z.enum(ACTIVITY_TYPES),
  committee: committeeCode,
  topic: topicId.optional(),
  departments: z.array(departmentId).default([]),
  invited: z.array(departmentId).optional(),
  title: text,
  location: optText,
  participants: z
    .strictObject({
      cppcc_leaders: z.array(personId).optional(),
      department_heads: stringList.optional(),
      members: stringList.optional(),
      experts: stringList.optional(),
    })
    .optional(),
  documents: z
    .array(
      z.strictObject({
        title: text,
        direction: z.enum(["received", "sent"]),
        date: date.optional(),
      }),
    )
    .optional(),
  opinions: z.array(z.strictObject({ text, by: optText })).optional(),
  notes: optText,
});

export type Activity = z.infer<typeof activitySchema>;
