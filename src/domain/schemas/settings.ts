import * as z from "zod";
import { FIXED_ZONES } from "../dates.js";
import { optText, PERSON_ROLES, personId, text } from "./common.js";

/** `Nd` calendar days or `Nwd` working days (docs/data-format.md, Art. 14 replies). */
export const REPLY_WITHIN = /^([1-9]\d{0,2})(d|wd)$/;
const replyWithin = z.string().regex(REPLY_WITHIN, { message: "xs:reply-within" });

export const person = z.strictObject({
  id: personId,
  name: text,
  role: z.enum(PERSON_ROLES),
  title: optText,
});

export const settingsSchema = z.strictObject({
  body: text,
  short_name: optText,
  lang: z.enum(["zh", "en"]).optional(),
  timezone: text
    .refine(
      (tz) => {
        if (FIXED_ZONES[tz] !== undefined) return true;
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: "xs:timezone" },
    )
    .optional(),
  topic_collection_opens: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "xs:month-day" })
    .optional(),
  reply_within: z
    .union([
      replyWithin,
      z.strictObject({
        outcome: replyWithin.optional(),
        research: replyWithin.optional(),
        social_opinion: replyWithin.optional(),
      }),
    ])
    .optional(),
  answer_categories: z.record(z.string().min(1), text).optional(),
  doc_number: text.refine((t) => t.includes("{n}"), { message: "xs:doc-number" }).optional(),
  /** Numbers of 催办函 (remind --record), e.g. 鄂政协{doc_code}函〔{year}〕{n}号. */
  letter_number: text.refine((t) => t.includes("{n}"), { message: "xs:doc-number" }).optional(),
  /** Numbers of the 通报 (review issue), e.g. 鄂政协办发〔{year}〕{n}号. */
  review_number: text.refine((t) => t.includes("{n}"), { message: "xs:doc-number" }).optional(),
  /** Who issues the documents, and how 催办函 chase (README "Who issues a document"). */
  documents: z
    .strictObject({
      /** body: 标志 and 署名 the body; committee: the committee's full name. */
      issuer: z.enum(["body", "committee"]).optional(),
      /** The reply deadline a 催办函 sets, counted from its date (default 5wd). */
      letter_reply_within: replyWithin.optional(),
      /** Days overdue past which a second or later 催办函 is 抄送 the 督查室 (default 60). */
      escalate_after: z.number().int().min(0).max(3650).optional(),
      /** Who an escalated 催办函 is 抄送 (default 市委督查室, 市政府督查室). */
      escalate_to: z.array(text).optional(),
    })
    .optional(),
  people: z.array(person).optional(),
  git: z.strictObject({ commit: z.boolean().optional() }).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Person = z.infer<typeof person>;
