import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 12: a consultation meeting invites CPPCC leaders and the principal heads of the
 * counterpart departments; one without either on record is not the meeting of Art. 12.
 */
export const meetingParticipantsRule: Rule = {
  id: "meeting-participants",
  article: "Art. 12",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: a } of ds.activities) {
      if (a.type !== "consultation") continue;
      const at = { src, path: a.participants ? ["participants"] : ["type"], mode: "key" as const };
      if (!a.participants?.cppcc_leaders?.length) {
        out.push(
          diag(
            "meeting-participants",
            "warning",
            at,
            msg("meeting-participants.no-leader", {}),
            msg("meeting-participants.no-leader.hint", {}),
          ),
        );
      }
      if (!a.participants?.department_heads?.length) {
        out.push(
          diag(
            "meeting-participants",
            "warning",
            at,
            msg("meeting-participants.no-heads", {}),
            msg("meeting-participants.no-heads.hint", {}),
          ),
        );
      }
    }
    return out;
  },
};
