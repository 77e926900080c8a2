import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

const TOPIC_DATES = [
  "proposed_on",
  "shortlisted_on",
  "confirmed_on",
  "concluded_on",
  "withdrawn_on",
] as const;
const REPORT_DATES = ["drafted_on", "signed_on", "issued_on"] as const;

/**
 * docs/rules.md `future-date`: events are recorded after they happen. Deadlines, schedules
 * and plan years look ahead by nature and are not checked.
 */
export const futureDateRule: Rule = {
  id: "future-date",
  article: "Art. 13",
  check({ ds, today }) {
    const out: Diagnostic[] = [];
    const report = (src: Source, path: PathSeg[], date: string) => {
      out.push(
        diag(
          "future-date",
          "warning",
          { src, path },
          msg("future-date.after-today", { field: String(path[path.length - 1]), date, today }),
          msg("future-date.hint", {}),
        ),
      );
    };
    // thousands of records a run: a path is made only for a date after today
    const later = (date: string | undefined): date is string => date !== undefined && date > today;
    for (const { src, value: t } of ds.topics) {
      for (const f of TOPIC_DATES) if (later(t[f])) report(src, [f], t[f]);
    }
    for (const { src, value: a } of ds.activities) if (later(a.date)) report(src, ["date"], a.date);
    for (const { src, value: r } of ds.reports) {
      for (const f of REPORT_DATES) if (later(r[f])) report(src, [f], r[f]);
      if (r.replies) {
        for (const dept of Object.keys(r.replies)) {
          const on = r.replies[dept]!.received_on;
          if (later(on)) report(src, ["replies", dept, "received_on"], on);
        }
      }
      if (r.extensions) {
        for (const dept of Object.keys(r.extensions)) {
          const on = r.extensions[dept]!.granted_on;
          if (later(on)) report(src, ["extensions", dept, "granted_on"], on);
        }
      }
      if (r.chases) {
        for (let i = 0; i < r.chases.length; i++) {
          const on = r.chases[i]!.on;
          if (later(on)) report(src, ["chases", i, "on"], on);
        }
      }
    }
    return out;
  },
};
