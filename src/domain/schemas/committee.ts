import * as z from "zod";
import {
  COMMITTEE_KINDS,
  committeeCode,
  departmentId,
  liaison,
  optText,
  personId,
  stringList,
  text,
} from "./common.js";

export const department = z.strictObject({
  id: departmentId,
  name: text,
  full_name: optText,
  aliases: stringList.optional(),
  liaison: liaison.optional(),
});

/** Art. 4 and its appendix: one liaison unit and its counterpart departments. */
export const committeeSchema = z.strictObject({
  code: committeeCode,
  name: text,
  kind: z.enum(COMMITTEE_KINDS),
  order: z.number().int().min(1),
  doc_code: optText,
  aliases: stringList.optional(),
  vice_chair: personId.optional(),
  liaison: liaison.optional(),
  departments: z.array(department).default([]),
});

export type Committee = z.infer<typeof committeeSchema>;
export type Department = z.infer<typeof department>;
