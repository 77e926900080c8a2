import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/**
 * Art. 14: the departments a report was sent to answer it in writing. A reply from a
 * department that was not a recipient, or dated before the issue, is an error; a reply
 * with no doc number of its own is not shown to be written, a warning.
 */
export const replyRule: Rule = {
  id: "reply",
  article: "Art. 14",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const { src, value: r } of ds.reports) {
      if (r.status !== "issued") continue; // rule `lifecycle` reports replies before issue
      // a few recipients: looked up in place (thousands of reports a run)
      const recipients = { has: (d: string) => r.to_departments?.includes(d) ?? false };
      for (const [dept, reply] of r.replies ? Object.entries(r.replies) : []) {
        if (!recipients.has(dept)) {
          out.push(
            diag(
              "reply",
              "error",
              { src, path: ["replies", dept], mode: "key" },
              msg("reply.not-recipient", { department: dept }),
              msg("reply.not-recipient.hint", {}),
            ),
          );
        }
        if (r.issued_on && reply.received_on < r.issued_on) {
          out.push(
            diag(
              "reply",
              "error",
              { src, path: ["replies", dept, "received_on"] },
              msg("reply.before-issue", { date: reply.received_on, issued: r.issued_on }),
            ),
          );
        }
        if (!reply.doc_no) {
          out.push(
            diag(
              "reply",
              "warning",
              { src, path: ["replies", dept], mode: "key" },
              msg("reply.no-doc-no", { department: dept }),
              msg("reply.no-doc-no.hint", {}),
            ),
          );
        }
      }
      for (const dept of r.extensions ? Object.keys(r.extensions) : []) {
        if (!recipients.has(dept)) {
          out.push(
            diag(
              "reply",
              "error",
              { src, path: ["extensions", dept], mode: "key" },
              msg("reply.not-recipient", { department: dept }),
              msg("reply.not-recipient.hint", {}),
            ),
          );
        }
      }
      r.chases?.forEach((c, i) => {
        if (!recipients.has(c.department)) {
          out.push(
            diag(
              "reply",
              "error",
              { src, path: ["chases", i, "department"] },
              msg("reply.not-recipient", { department: c.department }),
              msg("reply.not-recipient.hint", {}),
            ),
          );
        }
      });
    }
    return out;
  },
};
