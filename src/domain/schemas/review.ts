import * as z from "zod";
import { date, optText, personId, year } from "./common.js";

/**
 * `reviews/<year>.yaml`: the life of the year's 通报 (Art. 15; docs/review.md "Its life"),
 * beside its editable body `reviews/<year>.md`.
 */
export const reviewRecordSchema = z.strictObject({
  year,
  status: z.enum(["draft", "signed", "issued"]),
  drafted_on: date,
  signed_on: date.optional(),
  signed_by: personId.optional(),
  issued_on: date.optional(),
  doc_no: optText,
});

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
