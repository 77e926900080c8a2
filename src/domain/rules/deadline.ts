import { dueOrigin } from "../deadline-moves.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 14 and README "Deadlines": a reply deadline the rule computed without a calendar
 * that is now there (or before the calendar changed) is warned of while replies are
 * still owed by it, until `calendar apply` (or `calendar import`) records the move.
 */
export const deadlineRule: Rule = {
  id: "deadline",
  article: "Art. 14",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: r } of ds.reports) {
      if (r.status !== "issued" || !r.reply_due) continue;
      if (!(r.to_departments ?? []).some((d) => !r.replies?.[d] && !r.extensions?.[d])) continue;
      const origin = dueOrigin(ds, r);
      if (origin?.kind !== "rule" || !origin.stale) continue;
      // a calendar counted then and not there now is the file rule's to report
      if (origin.had.some((y) => !ds.calendars.has(y))) continue;
      const years = origin.now.calendars.filter((y) => !origin.had.includes(y));
      out.push(
        diag(
          "deadline",
          "warning",
          { src, path: ["reply_due"] },
          msg(years.length > 0 ? "deadline.stale" : "deadline.changed", {
            stored: r.reply_due,
            computed: origin.now.due,
            files: (years.length ? years : origin.now.calendars)
              .map((y) => `calendar/${y}.yaml`)
              .join(", "),
          }),
          msg("deadline.stale.hint", {}),
        ),
      );
    }
    return out;
  },
};
