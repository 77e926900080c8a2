import type { Topic } from "./schemas/topic.js";

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
