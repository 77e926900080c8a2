import * as z from "zod";
import { date } from "./common.js";

/** Public holidays and make-up workdays (调休) of one year, for working-day deadlines. */
export const calendarSchema = z.strictObject({
  holidays: z.array(date).default([]),
  workdays: z.array(date).default([]),
});

export type Calendar = z.infer<typeof calendarSchema>;
