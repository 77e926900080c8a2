import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 4: a committee consults its own counterpart departments; others take part only
 * when invited, so a topic or activity lists them under `invited`.
 */
export const counterpartRule: Rule = {
  id: "counterpart",
  article: "Art. 4",
  check({ ds, index }) {
    const out: Diagnostic[] = [];
    const check = ({ src, value }: (typeof ds.topics | typeof ds.activities)[number]) => {
      const committee = index.committees.get(value.committee);
      if (!committee) return; // rule `reference` reports it
      for (let i = 0; i < value.departments.length; i++) {
        const id = value.departments[i]!;
        const entry = index.departments.get(id);
        if (!entry || entry.committee.code === value.committee || value.invited?.includes(id))
          continue;
        out.push(
          diag(
            "counterpart",
            "error",
            { src, path: ["departments", i] },
            msg("counterpart.not-counterpart", {
              department: `${entry.department.name} (${id})`,
              committee: committee.value.name,
              owner: entry.committee.name,
            }),
            msg("counterpart.not-counterpart.hint", { id }),
          ),
        );
      }
    };
    for (const r of ds.topics) check(r);
    for (const r of ds.activities) check(r);
    return out;
  },
};
