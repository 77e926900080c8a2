import { DataError, UsageError } from "../errors.js";
import { buildIndex, type Dataset, type Rec } from "./dataset.js";
import { chineseDate } from "./dates.js";
import { basisOf } from "./deadline-moves.js";
import { calendarOf, type DueDate, parsePeriod, replyDue, replyWithin } from "./deadlines.js";
import { refuseCeased } from "./department-life.js";
import { msg } from "./diagnostics.js";
import { DEFAULT_DOC_NUMBER, nextDocNumber, normalizeDocNumber } from "./docnumbers.js";
import { nextReportId } from "./ids.js";
import { missingRecord } from "./missing.js";
import { type Patch, patch, recordPath, type Value } from "./patch.js";
import type { Committee } from "./schemas/committee.js";
import type { Report } from "./schemas/report.js";
import type { Topic } from "./schemas/topic.js";
import {
  addressees,
  DOC_NO_PLACEHOLDER,
  REPLY_DUE_PLACEHOLDER,
  replyDueLine,
  SIGNED_ON_PLACEHOLDER,
} from "./views.js";

/**
 * The life of a report (Art. 13–14, docs/lifecycles.md): drafted by the committee,
 * signed by the vice-chair in charge or a secretary-general, issued to the leaders and
 * the departments that owe a written reply by a due date. Each step is decided here from
 * the dataset and the clerk's inputs, and returned as a patch; a step that may not be
 * taken is refused (DataError: exit 1; an unknown reference: UsageError, exit 2).
 */

/** The default reply period when xieshang.yaml sets none: thirty calendar days (Art. 14). */

/** A report by id, or a usage error pointing at `report list`. */
export function findReport(ds: Dataset, id: string): Rec<Report> {
  const rec = ds.reports.find((r) => r.value.id === id);
  if (!rec)
    throw missingRecord(ds, "report", id, msg("err.no-candidates", { command: "report list" }));
  return rec;
}

/** Replies, extensions and chases are recorded on issued reports only (Art. 14). */
export function requireIssued(r: Report): void {
  if (r.status !== "issued")
    throw new DataError(msg("report.not-issued", { id: r.id, status: r.status }));
}

/** The reply due date of a report of `kind` issued on `issued`, with its reasoning (Art. 14). */
export function dueFor(
  ds: Dataset,
  kind: Report["kind"],
  issued: string,
): { rule: string; due: DueDate } {
  const rule = replyWithin(ds.settings?.value, kind);
  const period = parsePeriod(rule) ?? { n: 30, unit: "d" as const };
  return { rule, due: replyDue(issued, period, calendarOf(ds)) };
}

/**
 * 关于优化营商环境的对口协商 → 关于优化营商环境的协商意见 (Art. 13: the outcome's title);
 * a topic that ends in 协商 already is not doubled (…的协商 → …的协商意见).
 */
export function outcomeTitle(topicTitle: string): string {
  return `${topicTitle.replace(/的?(?:对口)?协商(?:意见)?$/, "").replace(/的$/, "")}的协商意见`;
}

export interface DraftInput {
  kind: Report["kind"];
  /** The topic of an outcome report (required for `outcome`). */
  topic?: string;
  /** The committee of a research report or social opinion (instead of a topic). */
  committee?: string;
  title?: string;
  on: string;
}

export interface Draft {
  patch: Patch;
  record: Report;
  topic: Topic | undefined;
  committee: Committee;
}

/**
 * Art. 13: a new report in status draft. An outcome report follows a confirmed (or
 * concluded) topic and takes its committee; the others name their committee. `taken`
 * are the report ids of the year already used, read or not.
 */
export function draftReport(ds: Dataset, taken: Iterable<string>, input: DraftInput): Draft {
  const topic = input.topic ? ds.topics.find((t) => t.value.id === input.topic)?.value : undefined;
  if (input.topic && !topic)
    throw missingRecord(ds, "topic", input.topic, msg("reference.topic.hint", {}));
  if (input.kind === "outcome" && !topic)
    throw new UsageError(msg("err.missing-flags", { flags: "TOPIC-ID" }), [
      msg("schema.outcome-topic.hint", {}),
    ]);
  if (
    input.kind === "outcome" &&
    topic &&
    topic.status !== "confirmed" &&
    topic.status !== "concluded"
  )
    throw new DataError(msg("report.topic-not-confirmed", { id: topic.id, status: topic.status }));
  const code = topic?.committee ?? input.committee;
  const committee = code ? buildIndex(ds).committees.get(code)?.value : undefined;
  if (!committee)
    throw new UsageError(msg("report.kind-needs", { kind: input.kind }), [
      msg("err.missing-flags", { flags: "--committee" }),
    ]);
  const year = Number(input.on.slice(0, 4));
  const id = nextReportId(taken, year, committee.code);
  const record: Report = {
    id,
    kind: input.kind,
    committee: committee.code,
    topic: topic?.id,
    title: input.title?.trim() || (topic ? outcomeTitle(topic.title) : ""),
    status: "draft",
    drafted_on: input.on,
  };
  return {
    patch: patch({
      create: [{ kind: "report", year, record }],
      message: `report draft ${id}: ${record.title}`,
    }),
    record,
    topic,
    committee,
  };
}

/** The file of a report's drafted body, beside its record. */
export function bodyFile(report: Pick<Report, "id">, year: number | string): string {
  return recordPath("report", year, report.id).replace(/\.yaml$/, ".md");
}

/** A report's drafted body as it stands (the .md beside its record), when there is one. */
export interface Body {
  file: string;
  text: string;
}

/** Text the template leaves for the clerk to write (docs/lifecycles.md "Reports"). */
export const FILL_IN = "【请填写";

/**
 * A body is ready to be signed or issued when no fill-in marker is left and no section
 * (a `## ` heading) is empty — the document goes out as it stands (Art. 13).
 */
export function checkBody(body: Body | undefined, what: "report" | "review" = "report"): void {
  if (!body) return;
  const lines = body.text.split(/\r?\n/);
  const marker = lines.findIndex((l) => l.includes(FILL_IN));
  if (marker >= 0)
    throw new DataError(msg(`${what}.fill-in`, { file: body.file, line: String(marker + 1) }), [
      msg("report.fill-in.hint", { text: lines[marker]!.trim() }),
    ]);
  lines.forEach((l, i) => {
    if (!/^##\s/.test(l)) return;
    const next = lines.slice(i + 1).find((x) => x.trim() !== "");
    if (next === undefined || /^#{1,2}\s/.test(next))
      throw new DataError(
        msg("report.empty-section", {
          file: body.file,
          line: String(i + 1),
          section: l.replace(/^##\s*/, ""),
        }),
        [msg("report.fill-in.hint", { text: l.trim() })],
      );
  });
}

export interface SignInput {
  id: string;
  /** A person id of xieshang.yaml; whether they may sign is rule `signer` (Art. 13). */
  by: string;
  on: string;
}

/**
 * Art. 13: a draft is signed off (签发); only a draft is signed, and only once its body is
 * written out. The body's 成文日期 becomes the date signed.
 */
export function signReport(ds: Dataset, input: SignInput, body?: Body): Patch {
  const rec = findReport(ds, input.id);
  if (rec.value.status !== "draft")
    throw new DataError(msg("report.not-draft", { id: input.id, status: rec.value.status }));
  checkBody(body);
  return patch({
    fill: [
      {
        file: rec.src.file.replace(/\.yaml$/, ".md"),
        find: SIGNED_ON_PLACEHOLDER,
        replace: chineseDate(input.on),
      },
    ],
    edit: [
      {
        kind: "report",
        file: rec.src.file,
        edits: [
          { set: ["status"], value: "signed" },
          { set: ["signed_by"], value: input.by },
          { set: ["signed_on"], value: input.on },
        ],
      },
    ],
    message: `report sign ${input.id}: ${rec.value.title}`,
  });
}

export interface IssueInput {
  id: string;
  /** Department ids that owe a reply (default: the topic's departments and invited). */
  to?: string[];
  /** City leaders it is reported to (报市有关领导), free text. */
  leaders?: string[];
  /** The doc number as the clerk typed it (default: the next free one). */
  docNo?: string;
  on: string;
}

export interface Issue {
  patch: Patch;
  docNo: string;
  recipients: string[];
  /** The reply due date (the record's own when an issue cut short is completed). */
  due: string;
  /** The record as it is once issued: what the issued document is made from. */
  report: Report;
  /** An issue cut short, completed with the number and date the record holds. */
  completed: boolean;
}

/** The drafted body still holds what `report issue` fills in (rule `issued-body`). */
export function issuePending(body: Body | undefined): boolean {
  return (
    body !== undefined &&
    (body.text.includes(DOC_NO_PLACEHOLDER) || body.text.includes(REPLY_DUE_PLACEHOLDER))
  );
}

/**
 * Art. 13–14: a signed report is issued — a doc number (the next free one of its
 * committee and year unless given), its recipients (the topic's departments unless
 * given), and the reply due date from `reply_within` and the holiday calendars. The
 * drafted body gets the doc number where the template left its placeholder.
 *
 * An issued report whose issue was cut short (its body still holds the placeholders, or
 * no issued document is kept: `documentKept`) is completed instead: the body filled and
 * the document made from the number, recipients and date the record already holds.
 */
export function issueReport(
  ds: Dataset,
  input: IssueInput,
  body?: Body,
  documentKept = false,
): Issue {
  const rec = findReport(ds, input.id);
  const r = rec.value;
  if (r.status === "issued" && body && (issuePending(body) || !documentKept))
    return completeIssue(ds, rec, input, body);
  if (r.status !== "signed")
    throw new DataError(
      msg("report.not-signed", { id: r.id, status: r.status }),
      r.status === "draft" ? [msg("report.sign-first", { id: r.id })] : [],
    );
  checkBody(body);
  const topic = r.topic ? ds.topics.find((t) => t.value.id === r.topic)?.value : undefined;
  const recipients = input.to?.length
    ? input.to
    : topic
      ? [...topic.departments, ...(topic.invited ?? [])]
      : [];
  if (recipients.length === 0) throw new UsageError(msg("err.missing-flags", { flags: "--to" }));
  // a report is not sent to a department that has ceased: its successor is named instead
  refuseCeased(buildIndex(ds), recipients, input.on, "report");
  const committee = buildIndex(ds).committees.get(r.committee)?.value;
  const year = Number(input.on.slice(0, 4));
  const docNo = input.docNo
    ? normalizeDocNumber(input.docNo)
    : nextDocNumber(
        ds.settings?.value.doc_number ?? DEFAULT_DOC_NUMBER,
        committee?.doc_code ?? r.committee,
        year,
        ds.reports.flatMap((x) => (x.value.doc_no ? [x.value.doc_no] : [])),
      );
  const { rule, due } = dueFor(ds, r.kind, input.on);
  const notices =
    due.missingCalendars.length > 0
      ? [
          {
            message: msg("report.no-calendar", { years: due.missingCalendars.join(", ") }),
            hints: [msg("report.no-calendar.hint", {})],
          },
        ]
      : [];
  const fields: Partial<Report> = {
    status: "issued",
    issued_on: input.on,
    doc_no: docNo,
    ...(input.leaders?.length ? { to_leaders: input.leaders } : {}),
    to_departments: recipients,
    reply_due: due.due,
    // how the date was made: counted again when a calendar it lacked arrives (README "Deadlines")
    reply_due_basis: basisOf(rule, due),
  };
  return {
    patch: patch({
      edit: [
        {
          kind: "report",
          file: rec.src.file,
          edits: Object.entries(fields).map(([k, v]) => ({ set: [k], value: v as Value })),
        },
      ],
      fill: issueFills(ds, rec, topic, { docNo, recipients, due: due.due, on: input.on }),
      message: `report issue ${r.id}: ${docNo} ${r.title}`,
      notices,
    }),
    docNo,
    recipients,
    due: due.due,
    report: { ...r, ...fields },
    completed: false,
  };
}

/** What the issue fills into the drafted body: the doc number, the reply line, the 主送. */
function issueFills(
  ds: Dataset,
  rec: Rec<Report>,
  topic: Topic | undefined,
  issued: { docNo: string; recipients: string[]; due: string; on: string },
) {
  const md = rec.src.file.replace(/\.yaml$/, ".md");
  const committee = buildIndex(ds).committees.get(rec.value.committee)?.value;
  // 主送 as the draft wrote it (named on the day drafted) and as sent (on the day issued)
  const drafted = addressees(
    ds,
    topic ? [...topic.departments, ...(topic.invited ?? [])] : [],
    rec.value.drafted_on,
  );
  const sent = addressees(ds, issued.recipients, issued.on);
  return [
    { file: md, find: DOC_NO_PLACEHOLDER, replace: issued.docNo },
    {
      file: md,
      find: REPLY_DUE_PLACEHOLDER,
      replace: committee ? replyDueLine(ds, committee, issued.due) : "",
    },
    // 主送 as drafted (the topic's departments) becomes the recipients issued to
    ...(drafted !== sent ? [{ file: md, find: `\n${drafted}：\n`, replace: `\n${sent}：\n` }] : []),
  ];
}

/** An issue cut short: completed from the record (same number, recipients, date). */
function completeIssue(ds: Dataset, rec: Rec<Report>, input: IssueInput, body: Body): Issue {
  const r = rec.value;
  const docNo = r.doc_no ?? "";
  if (input.docNo && normalizeDocNumber(input.docNo) !== docNo)
    throw new DataError(msg("report.issued-as", { id: r.id, docNo }));
  const recipients = r.to_departments ?? [];
  const due = r.reply_due ?? "";
  const topic = r.topic ? ds.topics.find((t) => t.value.id === r.topic)?.value : undefined;
  return {
    patch: patch({
      fill: issuePending(body)
        ? issueFills(ds, rec, topic, { docNo, recipients, due, on: r.issued_on ?? input.on })
        : [],
      message: `report issue ${r.id}: ${docNo} ${r.title}`,
    }),
    docNo,
    recipients,
    due,
    report: r,
    completed: true,
  };
}

export { DEFAULT_REPLY_WITHIN, replyWithin } from "./deadlines.js";
