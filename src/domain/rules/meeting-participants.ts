import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

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
      if (a.type !== "consultation") continue;
      const leaders = (a.participants?.cppcc_leaders?.length ?? 0) > 0;
      const heads = (a.participants?.department_heads?.length ?? 0) > 0;
      if (leaders && heads) continue;
      const at = { src, path: a.participants ? ["participants"] : ["type"], mode: "key" as const };
      const which = !leaders && !heads ? "neither" : !leaders ? "no-leader" : "no-heads";
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
