import * as z from "zod";
import {
  COMMITTEE_KINDS,
  committeeCode,
  date,
  departmentId,
  liaison,
  optText,
  personId,
  stringList,
  text,
} from "./common.js";

/**
 * One dated change in a department's life (README "Departments change"; 机构改革): from `on`
 * it bears its present name (`renamed`, with the name it had before), took others in
 * (`merged`: the ids in `from`; `established` when it was made by the merger), or ceased
 * (`merged-into` its successor `into`; `abolished`, with a `successor` where there is one).
 * `source` names the public document that says so.
 */
const lifeEvent = z.discriminatedUnion("event", [
  z.strictObject({
    event: z.literal("renamed"),
    on: date,
    from: text,
    from_full_name: optText,
    source: optText,
  }),
  z.strictObject({
    event: z.literal("merged"),
    on: date,
    from: z.array(departmentId).min(1),
    established: z.boolean().optional(),
    source: optText,
  }),
  z.strictObject({
    event: z.literal("merged-into"),
    on: date,
    into: departmentId,
    source: optText,
  }),
  z.strictObject({
    event: z.literal("abolished"),
    on: date,
    successor: departmentId.optional(),
    source: optText,
  }),
]);

export const department = z.strictObject({
  id: departmentId,
  name: text,
  full_name: optText,
  aliases: stringList.optional(),
  liaison: liaison.optional(),
  history: z.array(lifeEvent).optional(),
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
export type LifeEvent = z.infer<typeof lifeEvent>;
