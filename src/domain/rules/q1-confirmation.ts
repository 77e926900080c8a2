import { inFirstQuarter } from "../dates.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/** Art. 6: a committee confirms its topics with the departments in the first quarter. */
export const q1ConfirmationRule: Rule = {
  id: "q1-confirmation",
  article: "Art. 6",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: t } of ds.topics) {
      if (t.confirmed_on && !inFirstQuarter(t.confirmed_on, t.year)) {
        out.push(
          diag(
            "q1-confirmation",
            "warning",
            { src, path: ["confirmed_on"] },
            msg("q1-confirmation.outside", { date: t.confirmed_on, year: String(t.year) }),
          ),
        );
      }
    }
    return out;
  },
};
