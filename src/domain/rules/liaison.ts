import { endOf } from "../department-life.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 16: every committee and every counterpart department names a liaison officer — a
 * department that has ceased (README "Departments change") no longer does.
 */
export const liaisonRule: Rule = {
  id: "liaison",
  article: "Art. 16",
  check({ ds, today }) {
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
        const end = endOf(d);
        if (d.liaison || (end && end.on <= today)) return;
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
