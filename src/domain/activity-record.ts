import { DataError, UsageError } from "../errors.js";
import { buildIndex, type Dataset } from "./dataset.js";
import { refuseCeased } from "./department-life.js";
import { msg } from "./diagnostics.js";
import { nextActivityId } from "./ids.js";
import { missingRecord } from "./missing.js";
import { type Patch, patch } from "./patch.js";
import type { Activity } from "./schemas/activity.js";
import type { Topic } from "./schemas/topic.js";
import type { ActivityType } from "./vocabulary.js";
import { TOPIC_OPTIONAL_TYPES } from "./vocabulary.js";

/**
 * Art. 7–12: an activity of counterpart consultation — information exchanged, a meeting
 * attended, a briefing, opinions solicited, research, a consultation meeting — recorded
 * with the departments, people and opinions of the day (docs/lifecycles.md "Activities").
 */

/** `建立涉企检查统筹机制——委员甲`: the text, and who gave it after the last ——. */
export function parseOpinion(s: string): { text: string; by?: string } {
  const i = s.lastIndexOf("——");
  if (i > 0 && i < s.length - 2) return { text: s.slice(0, i).trim(), by: s.slice(i + 2).trim() };
  return { text: s.trim() };
}

/** Whether an activity of this type must serve a topic (solicit, research, consultation). */
export function needsTopic(type: ActivityType | undefined): boolean {
  return type !== undefined && !TOPIC_OPTIONAL_TYPES.has(type);
}

/** A topic named for an activity, or a usage error (an unknown topic is not recorded). */
export function findTopic(ds: Dataset, id: string): Topic {
  const t = ds.topics.find((r) => r.value.id === id)?.value;
  if (!t) throw missingRecord(ds, "topic", id, msg("reference.topic.hint", {}));
  return t;
}

export interface ActivityInput {
  type: ActivityType;
  /** Default: the topic's committee. */
  committee?: string;
  topic?: string;
  date: string;
  title: string;
  /** Default: the topic's departments (and its invited, unless departments are given). */
  departments?: string[];
  invited?: string[];
  location?: string;
  leaders?: string[];
  heads?: string[];
  members?: string[];
  experts?: string[];
  opinions?: { text: string; by?: string }[];
  notes?: string;
}

const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list?.length ? list : undefined);

/**
 * The activity as recorded, numbered next for its committee and day (`taken`: the ids
 * of its year already used, read or not). Whether it follows the 办法 — counterparts
 * (Art. 4), leaders and heads at a consultation meeting (Art. 12) — is checked by the
 * rules when the change is written.
 */
export function recordActivity(
  ds: Dataset,
  taken: Iterable<string>,
  input: ActivityInput,
): { patch: Patch; record: Activity } {
  const topic = input.topic ? findTopic(ds, input.topic) : undefined;
  // a withdrawn topic is no longer consulted on (Art. 6); what was held before is recorded
  if (topic?.status === "withdrawn" && topic.withdrawn_on && input.date >= topic.withdrawn_on)
    throw new DataError(
      msg("activity.topic-withdrawn", { id: topic.id, date: topic.withdrawn_on }),
      [msg("activity.topic-withdrawn.hint", {})],
    );
  const committee = input.committee ?? topic?.committee;
  if (!committee) throw new UsageError(msg("err.missing-flags", { flags: "--committee" }));
  const id = nextActivityId(taken, input.date, committee);
  const participants = {
    cppcc_leaders: nonEmpty(input.leaders),
    department_heads: nonEmpty(input.heads),
    members: nonEmpty(input.members),
    experts: nonEmpty(input.experts),
  };
  const record: Activity = {
    id,
    date: input.date,
    type: input.type,
    committee,
    topic: input.topic,
    departments: input.departments ?? topic?.departments ?? [],
    invited: nonEmpty(input.invited ?? (input.departments ? undefined : topic?.invited)),
    title: input.title,
    location: input.location?.trim() || undefined,
    participants: Object.values(participants).some(Boolean) ? participants : undefined,
    opinions: nonEmpty(input.opinions?.filter((o) => o.text)),
    notes: input.notes?.trim() || undefined,
  };
  // a department of the activity (named, or the topic's) must still exist on its date
  refuseCeased(
    buildIndex(ds),
    [...record.departments, ...(record.invited ?? [])],
    input.date,
    "activity",
  );
  return {
    patch: patch({
      create: [{ kind: "activity", year: Number(input.date.slice(0, 4)), record }],
      message: `meeting record ${id}: ${record.title}`,
    }),
    record,
  };
}
