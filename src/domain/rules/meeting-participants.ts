import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Activity } from "../schemas/activity.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * What a consultation meeting's record lacks of Art. 12's participants: a CPPCC leader,
 * the departments' heads, or both; null when it has both (or is no consultation meeting).
 */
export function missingParticipants(a: Activity): "neither" | "no-leader" | "no-heads" | null {
  if (a.type !== "consultation") return null;
  const leaders = (a.participants?.cppcc_leaders?.length ?? 0) > 0;
  const heads = (a.participants?.department_heads?.length ?? 0) > 0;
  if (leaders && heads) return null;
  return !leaders && !heads ? "neither" : !leaders ? "no-leader" : "no-heads";
}

/**
 * Art. 12: a consultation meeting invites CPPCC leaders and the principal heads of the
 * counterpart departments; one with either missing from its record is not yet the
 * meeting of Art. 12. One warning per meeting, saying which is missing.
 */
export const meetingParticipantsRule: Rule = {
  id: "meeting-participants",
  article: "Art. 12",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: a } of ds.activities) {
      const missing = missingParticipants(a);
      if (!missing) continue;
      const at = { src, path: a.participants ? ["participants"] : ["type"], mode: "key" as const };
      const which = missing;
      out.push(
        diag(
          "meeting-participants",
          "warning",
          at,
          msg(`meeting-participants.${which}`, {}),
          msg(`meeting-participants.${which}.hint`, {}),
        ),
      );
    }
    return out;
  },
};
