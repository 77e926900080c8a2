import { DataError, UsageError } from "../errors.js";
import type { Dataset } from "./dataset.js";
import { chineseDate } from "./dates.js";
import { msg } from "./diagnostics.js";
import { nextDocNumber } from "./docnumbers.js";
import { type Patch, patch } from "./patch.js";
import { SIGNED_ON_PLACEHOLDER } from "./placeholders.js";
import { type Body, checkBody } from "./report-lifecycle.js";
import type { Review } from "./review.js";
import { reviewMarkdown } from "./review-text.js";
import type { ReviewRecord } from "./schemas/review.js";

/**
 * The 通报 as a document with a life (Art. 15; docs/review.md "Its life"): `review draft`
 * writes its body from the records for the clerk to edit, `review sign` records who signed
 * it and when (the 成文日期), `review issue` gives it its 文号 and 印发日期. The body goes
 * out as the clerk left it: a fill-in marker or an empty section blocks sign and issue.
 */

/**
 * The 通报's 文号 when xieshang.yaml sets no `review_number`: the 办公室's 办发 in the
 * shape of `doc_number` (鄂政协{doc_code}〔…〕 → 鄂政协办发〔{year}〕{n}号).
 */
export function reviewNumberPattern(ds: Dataset): string {
  const s = ds.settings?.value;
  if (s?.review_number) return s.review_number;
  return (s?.doc_number ?? "{doc_code}〔{year}〕{n}号").replace("{doc_code}", "{doc_code}发");
}

export const reviewFiles = (year: number) => ({
  record: `reviews/${year}.yaml`,
  body: `reviews/${year}.md`,
  docx: `reviews/${year}.docx`,
});

/** The record as YAML: a comment and plain lines (a 文号 quoted, whatever it holds). */
export function reviewRecordText(r: ReviewRecord): string {
  const lines = [
    `# ${r.year}年度对口联系协商工作情况通报 — xieshang review（docs/review.md）`,
    `year: ${r.year}`,
    `status: ${r.status}`,
    `drafted_on: ${r.drafted_on}`,
  ];
  if (r.signed_on) lines.push(`signed_on: ${r.signed_on}`);
  if (r.signed_by) lines.push(`signed_by: ${r.signed_by}`);
  if (r.issued_on) lines.push(`issued_on: ${r.issued_on}`);
  if (r.doc_no) lines.push(`doc_no: ${JSON.stringify(r.doc_no)}`);
  return `${lines.join("\n")}\n`;
}

export function draftReview(
  review: Review,
  on: string,
  existing: ReviewRecord | undefined,
  bodyThere: boolean,
): Patch {
  const files = reviewFiles(review.year);
  if (existing || bodyThere)
    throw new DataError(msg("review.exists", { year: String(review.year), file: files.body }), [
      msg("review.exists.hint", { year: String(review.year) }),
    ]);
  const record: ReviewRecord = { year: review.year, status: "draft", drafted_on: on };
  return patch({
    texts: [
      { file: files.body, text: reviewMarkdown(review), create: true },
      { file: files.record, text: reviewRecordText(record), create: true },
    ],
    message: `review draft ${review.year}: ${review.title}`,
  });
}

function expect(year: number, r: ReviewRecord | undefined, want: ReviewRecord["status"]) {
  if (!r)
    throw new DataError(msg("review.none", { year: String(year) }), [
      msg("review.none.hint", { year: String(year) }),
    ]);
  if (r.status !== want)
    throw new DataError(msg("review.status", { year: String(year), status: r.status, want }));
  return r;
}

export function signReview(
  year: number,
  r: ReviewRecord | undefined,
  body: Body | undefined,
  by: string,
  on: string,
): Patch {
  const rec = expect(year, r, "draft");
  if (!body)
    throw new DataError(msg("review.none", { year: String(year) }), [
      msg("review.none.hint", { year: String(year) }),
    ]);
  checkBody(body, "review");
  if (on < rec.drafted_on)
    throw new UsageError(msg("review.before", { on, step: "drafted_on", date: rec.drafted_on }));
  const next: ReviewRecord = { ...rec, status: "signed", signed_on: on, signed_by: by };
  const files = reviewFiles(year);
  return patch({
    texts: [{ file: files.record, text: reviewRecordText(next), create: false }],
    fill: [{ file: files.body, find: SIGNED_ON_PLACEHOLDER, replace: chineseDate(on) }],
    message: `review sign ${year}: ${by}`,
  });
}

export function issueReview(
  ds: Dataset,
  year: number,
  r: ReviewRecord | undefined,
  body: Body | undefined,
  opts: { on: string; docNo?: string; used: string[] },
): { patch: Patch; record: ReviewRecord } {
  const rec = expect(year, r, "signed");
  if (!body)
    throw new DataError(msg("review.none", { year: String(year) }), [
      msg("review.none.hint", { year: String(year) }),
    ]);
  checkBody(body, "review");
  if (rec.signed_on && opts.on < rec.signed_on)
    throw new UsageError(
      msg("review.before", { on: opts.on, step: "signed_on", date: rec.signed_on }),
    );
  const office = [...ds.committees].find((c) => c.value.kind === "office")?.value;
  const docNo =
    opts.docNo ??
    nextDocNumber(
      reviewNumberPattern(ds),
      office?.doc_code ?? "办",
      Number(opts.on.slice(0, 4)),
      opts.used,
    );
  if (opts.used.includes(docNo)) throw new DataError(msg("review.doc-no-taken", { doc_no: docNo }));
  const next: ReviewRecord = { ...rec, status: "issued", issued_on: opts.on, doc_no: docNo };
  const files = reviewFiles(year);
  return {
    record: next,
    patch: patch({
      texts: [{ file: files.record, text: reviewRecordText(next), create: false }],
      message: `review issue ${year}: ${docNo}`,
    }),
  };
}
