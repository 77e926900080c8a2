import { countedAnew, dueOrigin } from "../deadline-moves.js";
import { calendarOf } from "../deadlines.js";
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
    const cal = calendarOf(ds); // one calendar for every report
    for (const { src, value: r } of ds.reports) {
      if (r.status !== "issued" || !r.reply_due) continue;
      if (!(r.to_departments ?? []).some((d) => !r.replies?.[d] && !r.extensions?.[d])) continue;
      const origin = dueOrigin(ds, r, cal);
      if (origin?.kind !== "rule" || !origin.stale) continue;
      // a calendar counted then and not there now is the file rule's to report
      if (origin.had.some((y) => !ds.calendars.has(y))) continue;
      const { years, changed } = countedAnew(origin);
      out.push(
        diag(
          "deadline",
          "warning",
          { src, path: ["reply_due"] },
          msg(changed ? "deadline.changed" : "deadline.stale", {
            stored: r.reply_due,
            computed: origin.now.due,
            files: years.map((y) => `calendar/${y}.yaml`).join(", "),
          }),
          msg("deadline.stale.hint", {}),
        ),
      );
    }
    return out;
  },
};
