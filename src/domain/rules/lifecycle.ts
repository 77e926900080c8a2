import type { Rec } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Report } from "../schemas/report.js";
import type { Topic } from "../schemas/topic.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

/** The dated steps of a topic (Art. 5–6), in order; `withdrawn` may end any of them. */
const TOPIC_STEPS = [
  ["proposed", "proposed_on"],
  ["shortlisted", "shortlisted_on"],
  ["confirmed", "confirmed_on"],
  ["concluded", "concluded_on"],
] as const;

const REPORT_STEPS = [
  ["draft", "drafted_on"],
  ["signed", "signed_on"],
  ["issued", "issued_on"],
] as const;

type DateField<T> = { [K in keyof T]: T[K] extends string | undefined ? K : never }[keyof T];

/**
 * Checks one record against an ordered list of steps: every step up to the status has
 * its date, no later step has one, and the dates never go backwards.
 */
function checkSteps<T extends object>(
  out: Diagnostic[],
  rec: Rec<T>,
  steps: readonly (readonly [string, DateField<T> & string])[],
  reached: number,
  status: string,
) {
  const { src, value } = rec;
  const dates = value as Record<string, unknown>;
  // thousands of records a run: a plain loop, and objects only for a problem
  let prevField: string | undefined;
  let prevDate: string | undefined;
  for (let i = 0; i < steps.length; i++) {
    const field = steps[i]![1];
    const d = dates[field] as string | undefined;
    if (i <= reached && d === undefined) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: ["status"] },
          msg("lifecycle.missing-date", { status, field }),
          msg("lifecycle.missing-date.hint", { field }),
        ),
      );
    }
    if (i > reached && d !== undefined) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: [field], mode: "key" },
          msg("lifecycle.date-without-status", { status, field }),
          msg("lifecycle.date-without-status.hint", { field }),
        ),
      );
    }
    if (d === undefined) continue;
    if (prevDate !== undefined && prevField !== undefined && d < prevDate) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: [field] },
          msg("lifecycle.date-order", {
            field,
            date: d,
            before: prevField,
            beforeDate: prevDate,
          }),
        ),
      );
    }
    prevField = field;
    prevDate = d;
  }
}

function checkTopic(out: Diagnostic[], rec: Rec<Topic>) {
  const t = rec.value;
  const { src } = rec;
  if (t.status === "withdrawn") {
    // withdrawn may follow any step: the steps it has are checked for order only
    const reached = TOPIC_STEPS.reduce((n, [, f], i) => (t[f] !== undefined ? i : n), 0);
    checkSteps(out, rec, TOPIC_STEPS, reached, t.status);
    if (!t.withdrawn_on) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: ["status"] },
          msg("lifecycle.missing-date", { status: t.status, field: "withdrawn_on" }),
          msg("lifecycle.missing-date.hint", { field: "withdrawn_on" }),
        ),
      );
    } else {
      const last = TOPIC_STEPS.map(([, f]) => ({ f, d: t[f] }))
        .filter((x) => x.d !== undefined)
        .pop();
      if (last?.d && t.withdrawn_on < last.d) {
        out.push(
          diag(
            "lifecycle",
            "error",
            { src, path: ["withdrawn_on"] },
            msg("lifecycle.date-order", {
              field: "withdrawn_on",
              date: t.withdrawn_on,
              before: last.f,
              beforeDate: last.d,
            }),
          ),
        );
      }
    }
    if (!t.reason) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: ["status"] },
          msg("lifecycle.missing-reason", {}),
          msg("lifecycle.missing-reason.hint", {}),
        ),
      );
    }
    return;
  }
  const reached = TOPIC_STEPS.findIndex(([s]) => s === t.status);
  checkSteps(out, rec, TOPIC_STEPS, reached, t.status);
  if (t.withdrawn_on !== undefined) {
    out.push(
      diag(
        "lifecycle",
        "error",
        { src, path: ["withdrawn_on"], mode: "key" },
        msg("lifecycle.date-without-status", { status: t.status, field: "withdrawn_on" }),
        msg("lifecycle.date-without-status.hint", { field: "withdrawn_on" }),
      ),
    );
  }
}

function checkReport(out: Diagnostic[], rec: Rec<Report>) {
  const r = rec.value;
  const { src } = rec;
  const reached = REPORT_STEPS.findIndex(([s]) => s === r.status);
  checkSteps(out, rec, REPORT_STEPS, reached, r.status);
  if (reached >= 1 && !r.signed_by) {
    out.push(
      diag(
        "lifecycle",
        "error",
        { src, path: ["status"] },
        msg("lifecycle.signed-without-signer", {}),
        msg("lifecycle.missing-date.hint", { field: "signed_by" }),
      ),
    );
  }
  if (r.status === "issued") {
    const missing: string[] = [];
    if (!r.doc_no) missing.push("doc_no");
    if (!r.to_departments || r.to_departments.length === 0) missing.push("to_departments");
    if (!r.reply_due) missing.push("reply_due");
    for (const field of missing) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: ["status"] },
          msg("lifecycle.issued-missing", { field }),
          msg("lifecycle.missing-date.hint", { field }),
        ),
      );
    }
    if (r.reply_due && r.issued_on && r.reply_due < r.issued_on) {
      out.push(
        diag(
          "lifecycle",
          "error",
          { src, path: ["reply_due"] },
          msg("lifecycle.date-order", {
            field: "reply_due",
            date: r.reply_due,
            before: "issued_on",
            beforeDate: r.issued_on,
          }),
        ),
      );
    }
  } else {
    for (const field of ["replies", "extensions", "chases"] as const) {
      if (r[field] !== undefined && Object.keys(r[field]).length > 0) {
        out.push(
          diag(
            "lifecycle",
            "error",
            { src, path: [field], mode: "key" },
            msg("lifecycle.replies-before-issue", { field, status: r.status }),
          ),
        );
      }
    }
  }
}

/**
 * docs/rules.md `lifecycle`: a topic goes proposed → shortlisted → confirmed → concluded
 * (Art. 5–6) and a report draft → signed → issued (Art. 13); each step has its date,
 * in order, and an issued report names its doc number, recipients and due date.
 */
export const lifecycleRule: Rule = {
  id: "lifecycle",
  article: "Art. 5, 6, 13",
  check({ ds }) {
    const out: Diagnostic[] = [];
    for (const rec of ds.topics) checkTopic(out, rec);
    for (const rec of ds.reports) checkReport(out, rec);
    return out;
  },
};
