import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/** Art. 16: every committee and every counterpart department names a liaison officer. */
export const liaisonRule: Rule = {
  id: "liaison",
  article: "Art. 16",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: c } of ds.committees) {
      if (!c.liaison) {
        out.push(
          diag(
            "liaison",
            "warning",
            { src, path: ["name"] },
            msg("liaison.committee", { committee: c.name }),
            msg("liaison.hint", {}),
            c.code,
          ),
        );
      }
      c.departments.forEach((d, i) => {
        if (d.liaison) return;
        out.push(
          diag(
            "liaison",
            "warning",
            { src, path: ["departments", i, "id"] },
            msg("liaison.department", { department: `${d.name} (${d.id})` }),
            msg("liaison.hint", {}),
            c.code,
          ),
        );
      });
    }
    return out;
  },
};
