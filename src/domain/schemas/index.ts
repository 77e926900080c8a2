import type * as z from "zod";
import { activitySchema } from "./activity.js";
import { calendarSchema } from "./calendar.js";
import { committeeSchema } from "./committee.js";
import { reportSchema } from "./report.js";
import { settingsSchema } from "./settings.js";
import { topicSchema } from "./topic.js";

/** The record kinds of docs/data-format.md, each with its schema and the files it describes. */
export const RECORD_KINDS = {
  settings: { schema: settingsSchema as z.ZodType, files: "xieshang.yaml" },
  committee: { schema: committeeSchema as z.ZodType, files: "committees/*.yaml" },
  topic: { schema: topicSchema as z.ZodType, files: "topics/*/*.yaml" },
  activity: { schema: activitySchema as z.ZodType, files: "activities/*/*.yaml" },
  report: { schema: reportSchema as z.ZodType, files: "reports/*/*.yaml" },
  calendar: { schema: calendarSchema as z.ZodType, files: "calendar/*.yaml" },
} as const;

export type Kind = keyof typeof RECORD_KINDS;
