import { msg } from "../diagnostics.js";
import { ACTIVITY_ID, REPORT_ID, TOPIC_ID } from "../ids.js";
import { TOPIC_OPTIONAL_TYPES } from "../vocabulary.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * The part of rule `schema` that spans two fields of one record: an id must agree with
 * the fields it is made of (docs/data-format.md), an outcome report needs its topic (Art. 13), and
 * the forms of Art. 10–12 serve a topic.
 */
export const schemaLinksRule: Rule = {
  id: "schema",
  article: "Art. 10–13, docs/data-format.md",
  check({ ds }) {
    const out = [];
    for (const { src, value: t } of ds.topics) {
      const m = TOPIC_ID.exec(t.id);
      if (m && (Number(m[1]) !== t.year || m[2] !== t.committee)) {
        out.push(
          diag(
            "schema",
            "error",
            { src, path: ["id"] },
            msg("schema.id-mismatch", { id: t.id, expected: `${t.year}-${t.committee}-NN` }),
          ),
        );
      }
    }
    for (const { src, value: a } of ds.activities) {
      const m = ACTIVITY_ID.exec(a.id);
      if (m && (m[1] !== a.date || m[2] !== a.committee)) {
        out.push(
          diag(
            "schema",
            "error",
            { src, path: ["id"] },
            msg("schema.id-mismatch", { id: a.id, expected: `${a.date}-${a.committee}-N` }),
          ),
        );
      }
      if (!a.topic && !TOPIC_OPTIONAL_TYPES.has(a.type)) {
        out.push(
          diag(
            "schema",
            "error",
            { src, path: ["type"] },
            msg("schema.topic-required", { type: a.type }),
            msg("schema.topic-required.hint", {}),
          ),
        );
      }
    }
    for (const { src, value: r } of ds.reports) {
      const m = REPORT_ID.exec(r.id);
      if (m && m[2] !== r.committee) {
        out.push(
          diag(
            "schema",
            "error",
            { src, path: ["id"] },
            msg("schema.id-mismatch", { id: r.id, expected: `${m[1]}-${r.committee}-rNN` }),
          ),
        );
      }
      if (r.kind === "outcome" && !r.topic) {
        out.push(
          diag(
            "schema",
            "error",
            { src, path: ["kind"] },
            msg("schema.outcome-topic", {}),
            msg("schema.outcome-topic.hint", {}),
          ),
        );
      }
    }
    for (const [year, { src, value: c }] of ds.calendars) {
      for (const key of ["holidays", "workdays"] as const) {
        c[key].forEach((d, i) => {
          if (!d.startsWith(`${year}-`)) {
            out.push(
              diag(
                "schema",
                "error",
                { src, path: [key, i] },
                msg("schema.calendar-year", { date: d, year: String(year) }),
              ),
            );
          }
        });
      }
    }
    return out;
  },
};
