import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * docs/rules.md `future-date`: events are recorded after they happen. Deadlines, schedules
 * and plan years look ahead by nature and are not checked.
 */
export const futureDateRule: Rule = {
  id: "future-date",
  article: "Art. 13",
  check({ ds, today }) {
    const out: Diagnostic[] = [];
    const check = (src: Source, path: PathSeg[], date: string | undefined) => {
      if (date === undefined || date <= today) return;
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
    for (const { src, value: t } of ds.topics) {
      for (const f of [
        "proposed_on",
        "shortlisted_on",
        "confirmed_on",
        "concluded_on",
        "withdrawn_on",
      ] as const) {
        check(src, [f], t[f]);
      }
    }
    for (const { src, value: a } of ds.activities) check(src, ["date"], a.date);
    for (const { src, value: r } of ds.reports) {
      for (const f of ["drafted_on", "signed_on", "issued_on"] as const) check(src, [f], r[f]);
      for (const [dept, reply] of Object.entries(r.replies ?? {})) {
        check(src, ["replies", dept, "received_on"], reply.received_on);
      }
      for (const [dept, ext] of Object.entries(r.extensions ?? {})) {
        check(src, ["extensions", dept, "granted_on"], ext.granted_on);
      }
      r.chases?.forEach((c, i) => {
        check(src, ["chases", i, "on"], c.on);
      });
    }
    return out;
  },
};
