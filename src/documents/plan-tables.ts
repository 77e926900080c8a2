import { chineseDate, chineseSchedule } from "../domain/dates.js";
import { csvCell } from "../domain/neutralise.js";
import type { Plan, PlanTopic } from "../domain/plan.js";
import type { Lang } from "../i18n/index.js";
import { label } from "../i18n/labels.js";

/**
 * The annual plan (Art. 6) as rows: the table of the .docx (always in Chinese, a 公文), of
 * the .xlsx and of the CSV (in the clerk's language), and the notes the Markdown plan
 * shows beside a title.
 */

const CSV_HEAD: Record<Lang, string[]> = {
  zh: [
    "序号",
    "协商议题",
    "牵头专委会",
    "对口部门",
    "邀请部门",
    "协商形式",
    "时间安排",
    "议题来源",
    "状态",
  ],
  en: [
    "no",
    "title",
    "leading committee",
    "departments",
    "invited",
    "forms",
    "schedule",
    "source",
    "status",
  ],
};

/** The codes, for scripts, after every column a reader reads. */
const CODES_HEAD: Record<Lang, string[]> = {
  zh: ["专委会代码", "议题编号"],
  en: ["committee code", "id"],
};

/** The columns --progress adds (the plan's 执行情况), in every format. */
const PROGRESS_HEAD: Record<Lang, string[]> = {
  zh: ["已开展活动", "协商成果", "书面答复", "撤销原因"],
  en: ["activities held", "report", "written replies", "reason withdrawn"],
};

function schedule(t: PlanTopic, lang: Lang): string {
  return t.schedule ? (lang === "zh" ? chineseSchedule(t.schedule) : t.schedule) : "";
}

/** The rows of the csv and the xlsx: every column of the plan, one topic a row. */
export function planTable(plan: Plan, lang: Lang, progress: boolean) {
  const sep = lang === "zh" ? "、" : "; ";
  const head = [...CSV_HEAD[lang], ...(progress ? PROGRESS_HEAD[lang] : []), ...CODES_HEAD[lang]];
  const rows: string[][] = [];
  for (const c of plan.committees) {
    c.topics.forEach((t) => {
      const p = progress ? progressTexts(t, lang) : undefined;
      // 序号 runs through the plan, as in the .docx
      rows.push([
        String(rows.length + 1),
        t.title,
        c.name,
        t.department_names.join(sep),
        t.invited_names.join(sep),
        t.form_labels.join(sep),
        schedule(t, lang),
        t.source_label,
        label("topicStatus", t.status, lang),
        ...(p ? [p.progress_text, p.report_text, p.replies_text, t.withdrawn?.reason ?? ""] : []),
        c.code,
        t.id,
      ]);
    });
  }
  return { head, rows };
}

export function planCsv(plan: Plan, lang: Lang, progress = false): string {
  const { head, rows } = planTable(plan, lang, progress);
  return `\uFEFF${[head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The table of the plan as the 主席会议 reads it (the .docx): running 序号, invited beside the departments. */
export function planDocxTable(plan: Plan, progress: boolean) {
  const head = [
    "序号",
    "协商议题",
    "牵头专委会",
    "对口部门",
    // in the 执行情况 the planned forms are in 已开展活动, each with its count or 未开展,
    // and the source is the plan's business, not its progress: room for what happened
    ...(progress ? [] : ["协商形式"]),
    "时间安排",
    ...(progress ? ["状态", ...PROGRESS_HEAD.zh.slice(0, 3)] : ["议题来源"]),
  ];
  const rows: string[][] = [];
  for (const c of plan.committees)
    for (const t of c.topics) {
      // in a cell of the 公文, one item a line: a doc number above the day it was issued
      const p = progress ? progressTexts(t, "zh", "\n") : undefined;
      rows.push([
        String(rows.length + 1),
        t.title + titleNote(t),
        c.name,
        t.department_names.join("、") +
          (t.invited_names.length ? `（邀请：${t.invited_names.join("、")}）` : ""),
        ...(progress ? [] : [t.form_labels.join("、")]),
        schedule(t, "zh"),
        ...(p ? [] : [t.source_label]),
        ...(p
          ? [label("topicStatus", t.status, "zh"), p.progress_text, p.report_text, p.replies_text]
          : []),
      ]);
    }
  return { head, rows };
}

/** What a title is followed by: （初选） for a shortlisted topic, （已撤销：reason） for a withdrawn one. */
export function titleNote(t: PlanTopic): string {
  if (t.status === "shortlisted") return "（初选）";
  if (t.withdrawn)
    return `（已撤销${t.withdrawn.on ? `，${chineseDate(t.withdrawn.on)}` : ""}${t.withdrawn.reason ? `：${t.withdrawn.reason}` : ""}）`;
  return "";
}

export function progressTexts(t: PlanTopic, lang: Lang = "zh", sep?: string) {
  const p = t.progress!;
  const zh = lang === "zh";
  const join = sep ?? (zh ? "、" : "; ");
  const activities = Object.entries(p.activities)
    .map(([form, n]) =>
      // a planned form not yet held is 未开展, not 0次
      zh
        ? `${label("activity", form, "zh")}${n > 0 ? `${n}次` : "未开展"}`
        : `${label("activity", form, "en")} ${n > 0 ? `×${n}` : "not yet held"}`,
    )
    .join(join);
  const report = p.report
    ? p.report.status === "issued"
      ? zh
        ? sep
          ? `${p.report.doc_no ?? p.report.id}${sep}${p.report.issued_on ? chineseDate(p.report.issued_on) : ""}印发`
          : `${p.report.doc_no ?? p.report.id}（${p.report.issued_on ? chineseDate(p.report.issued_on) : ""}印发）`
        : `${p.report.doc_no ?? p.report.id} (issued ${p.report.issued_on ?? ""})`
      : label("reportStatus", p.report.status, lang)
    : "—";
  const replies =
    p.report?.status === "issued"
      ? zh
        ? [
            `已复${p.replies.received}`,
            ...(p.replies.overdue > 0 ? [`逾期未复${p.replies.overdue}`] : []),
            ...(p.replies.owed > p.replies.overdue
              ? [`待复${p.replies.owed - p.replies.overdue}`]
              : []),
          ].join(sep ?? "、")
        : `${p.replies.received} received, ${p.replies.overdue} overdue, ${p.replies.owed - p.replies.overdue} not yet due`
      : "—";
  return { progress_text: activities || "—", report_text: report, replies_text: replies };
}
