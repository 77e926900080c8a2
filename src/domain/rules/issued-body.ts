import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 13: an issued report is sent as its body says. A body that still holds the
 * placeholders `report issue` fills (the doc number, the reply deadline) with no issued
 * document beside it was cut short while being issued: `report issue` again completes it,
 * with the number and date the record holds (docs/reliability.md "Reliability").
 */
export const issuedBodyRule: Rule = {
  id: "issued-body",
  article: "Art. 13",
  check({ ds }) {
    const out: Diagnostic[] = [];
    if (!ds.bodies) return out;
    for (const { src, value: r } of ds.reports) {
      if (!ds.bodies.get(src.file)?.pending) continue;
      out.push(
        diag(
          "issued-body",
          "error",
          { src, path: ["doc_no"] },
          msg("issued-body.pending", { id: r.id, file: src.file.replace(/\.yaml$/, ".md") }),
          msg("issued-body.pending.hint", { id: r.id }),
        ),
      );
    }
    return out;
  },
};
