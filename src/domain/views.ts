import type { Dataset } from "./dataset.js";
import { buildIndex, byDate } from "./dataset.js";
import { chineseDate } from "./dates.js";
import { departmentNameOn, nameOn } from "./department-life.js";
import type { Activity } from "./schemas/activity.js";
import { activitySchema } from "./schemas/activity.js";
import type { Committee } from "./schemas/committee.js";
import type { Report } from "./schemas/report.js";
import { reportSchema } from "./schemas/report.js";
import type { Settings } from "./schemas/settings.js";
import { settingsSchema } from "./schemas/settings.js";
import type { Topic } from "./schemas/topic.js";
import { topicSchema } from "./schemas/topic.js";

/**
 * What templates see (docs/templates.md). Handlebars' strict mode refuses a field that is absent,
 * so every view has every field of its record kind: an optional field not recorded is
 * `null`, an optional list `[]`. A template may then test `{{#if report.doc_no}}`.
 */

export {
  DOC_NO_PLACEHOLDER,
  REPLY_DUE_PLACEHOLDER,
  SIGNED_ON_PLACEHOLDER,
} from "./placeholders.js";

/** How a CPPCC leader is named in a document: with the post (市政协副主席王某某, GB/T 9704). */
const POSTS: Record<string, string> = {
  chair: "主席",
  vice_chair: "副主席",
  secretary_general: "秘书长",
};

/** The 署名 of a committee's document: the body's short name and the committee (市政协经济委员会). */
export function issuer(ds: Dataset, committee: Pick<Committee, "name">): string {
  const s = ds.settings?.value;
  return `${s?.short_name ?? s?.body ?? ""}${committee.name}`;
}

/**
 * The body that issues a committee's documents: its 标志, its 署名 and its seal (GB/T 9704
 * §7.3.5; README "Who issues a document"). `documents.issuer: body` (the default: Art. 13
 * has the 政协's 分管副主席 or 秘书长 签发 them) gives the body's full name; `committee`
 * gives the committee's under it (政协鄂尔多斯市委员会经济委员会). Without a committee —
 * a letter about several — the body, or its 办公室 when committees issue their own.
 */
export function issuingBody(ds: Dataset, committee?: Pick<Committee, "name"> | null): string {
  const s = ds.settings?.value;
  const body = s?.body ?? "";
  if (s?.documents?.issuer !== "committee") return body;
  return `${body}${committee?.name ?? "办公室"}`;
}

/**
 * 主送: the recipients by full name where recorded, else by name, separated by 、 — as
 * they were named on the document's date `on` (README "Departments change").
 */
export function addressees(ds: Dataset, ids: readonly string[], on: string | undefined): string {
  const index = buildIndex(ds);
  return ids.map((id) => departmentNameOn(index, id, on, true)).join("、");
}

/** The closing line of an issued report: when and to whom the written reply is due. */
export function replyDueLine(ds: Dataset, committee: Pick<Committee, "name">, due: string): string {
  return `请于${chineseDate(due)}前将办理情况书面答复${issuer(ds, committee)}。`;
}

type Shape = { shape: Record<string, unknown> };
const keysOf = (schema: unknown) => Object.keys((schema as Shape).shape);
const LIST_FIELDS = new Set([
  "departments",
  "invited",
  "forms",
  "to_leaders",
  "to_departments",
  "documents",
  "opinions",
  "chases",
  "people",
  "aliases",
]);

export function complete<T extends object>(schema: unknown, value: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keysOf(schema)) {
    const v = (value as Record<string, unknown>)[k];
    out[k] = v !== undefined ? v : LIST_FIELDS.has(k) ? [] : null;
  }
  return out;
}

export interface DepartmentView {
  id: string;
  name: string;
  full_name: string | null;
  committee: string;
  liaison: { name: string; phone: string | null } | null;
}

export interface ActivityView extends Record<string, unknown> {
  opinions: { text: string; by: string | null }[];
  leaders: string[];
  department_heads: string[];
  members: string[];
  experts: string[];
}

export function settingsView(settings: Settings | undefined): Record<string, unknown> {
  return complete(settingsSchema, settings ?? { body: "" });
}

/** A department for a template, named as on the document's date `on`. */
export function departmentView(ds: Dataset, id: string, on: string | undefined): DepartmentView {
  const entry = buildIndex(ds).departments.get(id);
  const d = entry?.department;
  const named = d ? nameOn(d, on) : undefined;
  return {
    id,
    name: named?.name ?? id,
    full_name: named?.full_name ?? null,
    committee: entry?.committee.code ?? "",
    liaison: d?.liaison ? { name: d.liaison.name, phone: d.liaison.phone ?? null } : null,
  };
}

export function activityView(ds: Dataset, a: Activity): ActivityView {
  const people = new Map(
    (ds.settings?.value.people ?? []).map((p) => [
      p.id,
      `${p.title ?? POSTS[p.role] ?? ""}${p.name}`,
    ]),
  );
  return {
    ...complete(activitySchema, a),
    participants: {
      cppcc_leaders: a.participants?.cppcc_leaders ?? [],
      department_heads: a.participants?.department_heads ?? [],
      members: a.participants?.members ?? [],
      experts: a.participants?.experts ?? [],
    },
    opinions: (a.opinions ?? []).map((o) => ({ text: o.text, by: o.by ?? null })),
    leaders: (a.participants?.cppcc_leaders ?? []).map((id) => people.get(id) ?? id),
    department_heads: a.participants?.department_heads ?? [],
    members: a.participants?.members ?? [],
    experts: a.participants?.experts ?? [],
  };
}

/** The outcome report's template data: the report, its topic, committee, departments, activities. */
export function outcomeReportView(
  ds: Dataset,
  report: Report,
  topic: Topic | undefined,
  committee: Committee,
  today: string,
) {
  const activities = ds.activities
    .map((r) => r.value)
    .filter((a) => topic !== undefined && a.topic === topic.id)
    .sort(byDate)
    .map((a) => activityView(ds, a));
  const topicDepartments = topic ? [...topic.departments, ...(topic.invited ?? [])] : [];
  // the document's date: departments are named as they were then
  const on = report.issued_on ?? today;
  const recipients = report.to_departments?.length ? report.to_departments : topicDepartments;
  const signer = report.signed_by
    ? ds.settings?.value.people?.find((p) => p.id === report.signed_by)
    : undefined;
  return {
    body: settingsView(ds.settings?.value),
    today,
    report: complete(reportSchema, report),
    topic: topic ? complete(topicSchema, topic) : null,
    committee: { code: committee.code, name: committee.name, doc_code: committee.doc_code ?? null },
    departments: topicDepartments.map((id) => departmentView(ds, id, on)),
    recipients: recipients.map((id) => departmentView(ds, id, on)),
    activities,
    /** Activities that recorded opinions (kept for templates written before #23). */
    opinion_groups: activities.filter((a) => a.opinions.length > 0),
    /** What 调研 found: drafted into 二、存在的问题, apart from the suggestions. */
    findings: unique(activities.filter((a) => a.type === "research").flatMap((a) => a.opinions)),
    /** The suggestions of every other activity, once each: 三、意见建议, the committee's own. */
    suggestions: unique(activities.filter((a) => a.type !== "research").flatMap((a) => a.opinions)),
    /** The topic's subject, without 关于 and 的对口协商: “深化医保支付方式改革”. */
    subject: topic ? subjectOf(topic.title) : report.title.replace(/^关于|的协商意见$/g, ""),
    signer: signer ? { id: signer.id, name: signer.name, title: signer.title ?? null } : null,
    /** 主送, 署名 and the closing line, as the document writes them. */
    addressees: addressees(ds, recipients, on),
    issuer: issuer(ds, committee),
    /** 署名: the body that issues the document (README "Who issues a document"). */
    issuing_body: issuingBody(ds, committee),
    reply_due_line: report.reply_due ? replyDueLine(ds, committee, report.reply_due) : null,
  };
}

/** Opinions once each: one that another says in full (its start, or all of it) is left out. */
function unique(list: { text: string; by: string | null }[]) {
  const bare = (t: string) => t.trim().replace(/[。；;，,.！!]+$/, "");
  const texts = list.map((o) => bare(o.text));
  return list.filter((_o, i) => {
    const t = texts[i]!;
    return !texts.some((u, j) => (u === t ? j < i : u.startsWith(t)));
  });
}

/** 关于深化医保支付方式改革的对口协商 → 深化医保支付方式改革. */
export function subjectOf(title: string): string {
  return title.replace(/^关于/, "").replace(/的(对口)?协商(意见)?$/, "");
}
