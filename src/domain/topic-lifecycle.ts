import { DataError } from "../errors.js";
import { buildIndex, type Dataset } from "./dataset.js";
import { refuseCeased } from "./department-life.js";
import { msg } from "./diagnostics.js";
import { nextTopicId } from "./ids.js";
import { missingRecord } from "./missing.js";
import { type FieldEdit, type Patch, patch } from "./patch.js";
import { DEFAULT_COLLECTION_OPENS } from "./rules/collection-window.js";
import type { Topic } from "./schemas/topic.js";
import type { ActivityType, Category, Source } from "./vocabulary.js";

export type TopicAction = "shortlist" | "confirm" | "conclude" | "withdraw";

/** Art. 5–6: proposed → shortlisted → confirmed → concluded; each move needs the one before. */
const FROM: Record<Exclude<TopicAction, "withdraw">, Topic["status"]> = {
  shortlist: "proposed",
  confirm: "shortlisted",
  conclude: "confirmed",
};

const NEXT: Partial<Record<Topic["status"], Exclude<TopicAction, "withdraw">>> = {
  proposed: "shortlist",
  shortlisted: "confirm",
  confirmed: "conclude",
};

export const STATUS_AFTER: Record<TopicAction, Topic["status"]> = {
  shortlist: "shortlisted",
  confirm: "confirmed",
  conclude: "concluded",
  withdraw: "withdrawn",
};

export const DATE_FIELD: Record<
  TopicAction,
  "shortlisted_on" | "confirmed_on" | "concluded_on" | "withdrawn_on"
> = {
  shortlist: "shortlisted_on",
  confirm: "confirmed_on",
  conclude: "concluded_on",
  withdraw: "withdrawn_on",
};

export type MoveCheck =
  | { ok: true }
  | { ok: false; closed: true }
  | { ok: false; closed: false; next: Exclude<TopicAction, "withdraw"> | undefined };

/** Whether a topic may take `action` now; if not, which step comes next (Art. 5–6). */
export function checkMove(topic: Topic, action: TopicAction): MoveCheck {
  if (topic.status === "concluded" || topic.status === "withdrawn")
    return { ok: false, closed: true };
  if (action === "withdraw") return { ok: true };
  if (topic.status === FROM[action]) return { ok: true };
  return { ok: false, closed: false, next: NEXT[topic.status] };
}

/** Art. 5: from the collection day (mid-September) on, proposals are for next year. */
export function defaultPlanYear(today: string, opens = DEFAULT_COLLECTION_OPENS): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= opens ? year + 1 : year;
}

export interface ProposeInput {
  title: string;
  committee: string;
  departments: string[];
  invited?: string[];
  source: Source;
  proposer?: string;
  category: Category;
  summary?: string;
  forms?: ActivityType[];
  schedule?: string;
  /** The plan year; default from `on` and the collection day of xieshang.yaml. */
  year?: number;
  on: string;
}

/** The plan year a proposal made on `on` is for. */
export function planYearOf(ds: Dataset, input: Pick<ProposeInput, "year" | "on">): number {
  return input.year ?? defaultPlanYear(input.on, ds.settings?.value.topic_collection_opens);
}

/**
 * Art. 5: a proposed topic, numbered next in its committee and plan year (`taken`: the
 * ids of that year already used, read or not). Empty optional lists are left out.
 */
export function proposeTopic(
  ds: Dataset,
  taken: Iterable<string>,
  input: ProposeInput,
): { patch: Patch; record: Topic } {
  const year = planYearOf(ds, input);
  // a department that has ceased takes no new topic (README "Departments change")
  const index = buildIndex(ds);
  const named = [...input.departments, ...(input.invited ?? [])];
  refuseCeased(index, named, input.on, "topic");
  refuseCeased(index, named, input.on, "topic", year);
  const id = nextTopicId(taken, year, input.committee);
  const record: Topic = {
    id,
    year,
    title: input.title,
    committee: input.committee,
    departments: input.departments,
    invited: input.invited?.length ? input.invited : undefined,
    source: input.source,
    proposer: input.proposer,
    category: input.category,
    summary: input.summary,
    forms: input.forms?.length ? input.forms : undefined,
    schedule: input.schedule,
    status: "proposed",
    proposed_on: input.on,
  };
  return {
    patch: patch({
      create: [{ kind: "topic", year, record }],
      message: `topic propose ${id}: ${input.title}`,
    }),
    record,
  };
}

/**
 * Art. 5–6: moves topics one step along proposed → shortlisted → confirmed → concluded,
 * or withdraws one (with its reason). Several ids move together or not at all: the first
 * that may not move refuses the whole patch, naming its next step.
 */
export function moveTopics(
  ds: Dataset,
  action: TopicAction,
  input: { ids: string[]; on: string; reason?: string },
): Patch {
  const ids = [...new Set(input.ids)];
  const edits = ids.map((id) => {
    const rec = ds.topics.find((r) => r.value.id === id);
    if (!rec) throw missingRecord(ds, "topic", id, msg("reference.topic.hint", {}));
    const check = checkMove(rec.value, action);
    const status = rec.value.status;
    if (!check.ok && check.closed) throw new DataError(msg("topic.closed", { id, status }));
    if (!check.ok)
      throw new DataError(
        msg("topic.move-refused", { id, status, action }),
        check.next ? [msg("topic.next-step", { command: check.next, id })] : [],
      );
    const fields: FieldEdit[] = [
      { set: ["status"], value: STATUS_AFTER[action] },
      { set: [DATE_FIELD[action]], value: input.on },
    ];
    if (action === "withdraw" && input.reason)
      fields.push({ set: ["reason"], value: input.reason });
    return { edit: { kind: "topic" as const, file: rec.src.file, edits: fields }, rec };
  });
  const message =
    edits.length === 1
      ? `topic ${action} ${ids[0]}: ${edits[0]!.rec.value.title}`
      : `topic ${action} ${ids.join(", ")}`;
  return patch({ edit: edits.map((e) => e.edit), message });
}
