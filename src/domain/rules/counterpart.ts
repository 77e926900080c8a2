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
    for (const { src, value } of [...ds.topics, ...ds.activities]) {
      const committee = index.committees.get(value.committee);
      if (!committee) continue; // rule `reference` reports it
      const invited = new Set(value.invited ?? []);
      value.departments.forEach((id, i) => {
        const entry = index.departments.get(id);
        if (!entry || entry.committee.code === value.committee || invited.has(id)) return;
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
      });
    }
    return out;
  },
};
