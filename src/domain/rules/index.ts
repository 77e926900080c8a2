import type { Dataset } from "../dataset.js";
import { buildIndex } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { collectionWindowRule } from "./collection-window.js";
import { counterpartRule } from "./counterpart.js";
import { deadlineRule } from "./deadline.js";
import { departmentRule } from "./department.js";
import { duplicateRule } from "./duplicate.js";
import { fileRule } from "./file.js";
import { futureDateRule } from "./future-date.js";
import { issuedBodyRule } from "./issued-body.js";
import { liaisonRule } from "./liaison.js";
import { lifecycleRule } from "./lifecycle.js";
import { meetingParticipantsRule } from "./meeting-participants.js";
import { q1ConfirmationRule } from "./q1-confirmation.js";
import { referenceRule } from "./reference.js";
import { replyRule } from "./reply.js";
import type { Rule } from "./rule.js";
import { schemaLinksRule } from "./schema-links.js";
import { signerRule } from "./signer.js";

/** The cross-record rules of docs/rules.md, run after every file has passed its schema. */
export const RULES: readonly Rule[] = [
  fileRule,
  schemaLinksRule,
  duplicateRule,
  referenceRule,
  counterpartRule,
  lifecycleRule,
  collectionWindowRule,
  q1ConfirmationRule,
  meetingParticipantsRule,
  signerRule,
  issuedBodyRule,
  replyRule,
  departmentRule,
  deadlineRule,
  liaisonRule,
  futureDateRule,
];

/** Runs every rule over the dataset; pure: the date is an argument. */
export function checkDataset(ds: Dataset, today: string): Diagnostic[] {
  const ctx = { ds, index: buildIndex(ds), today };
  return RULES.flatMap((rule) => rule.check(ctx));
}
