import type { Lang } from "./lang.js";

/**
 * The fields of the records (docs/data-format.md) by name, for what a clerk reads: the
 * summaries before a write, `report show`, `history`. The files keep the field ids.
 */
const FIELDS: Record<string, { zh: string; en: string }> = {
  id: { zh: "编号", en: "id" },
  year: { zh: "年度", en: "year" },
  title: { zh: "名称", en: "title" },
  committee: { zh: "专委会", en: "committee" },
  departments: { zh: "对口部门", en: "departments" },
  invited: { zh: "邀请部门", en: "invited" },
  source: { zh: "议题来源", en: "source" },
  proposer: { zh: "提出者", en: "proposer" },
  category: { zh: "协商内容", en: "category" },
  summary: { zh: "简要说明", en: "summary" },
  forms: { zh: "协商形式", en: "forms" },
  schedule: { zh: "时间安排", en: "schedule" },
  status: { zh: "状态", en: "status" },
  proposed_on: { zh: "提出日期", en: "proposed on" },
  shortlisted_on: { zh: "初选日期", en: "shortlisted on" },
  confirmed_on: { zh: "确定日期", en: "confirmed on" },
  concluded_on: { zh: "完成日期", en: "concluded on" },
  withdrawn_on: { zh: "撤销日期", en: "withdrawn on" },
  reason: { zh: "理由", en: "reason" },
  date: { zh: "日期", en: "date" },
  type: { zh: "协商形式", en: "type" },
  topic: { zh: "议题", en: "topic" },
  location: { zh: "地点", en: "location" },
  participants: { zh: "参加人员", en: "participants" },
  cppcc_leaders: { zh: "市政协领导", en: "CPPCC leaders" },
  department_heads: { zh: "部门负责同志", en: "department heads" },
  members: { zh: "委员", en: "members" },
  experts: { zh: "专家学者", en: "experts" },
  documents: { zh: "交流材料", en: "documents" },
  opinions: { zh: "意见建议", en: "opinions" },
  notes: { zh: "纪要", en: "notes" },
  kind: { zh: "类别", en: "kind" },
  drafted_on: { zh: "起草日期", en: "drafted on" },
  signed_by: { zh: "签发人", en: "signed by" },
  signed_on: { zh: "签发日期", en: "signed on" },
  issued_on: { zh: "印发日期", en: "issued on" },
  doc_no: { zh: "文号", en: "doc no." },
  to_leaders: { zh: "报送领导", en: "to leaders" },
  to_departments: { zh: "主送部门", en: "to departments" },
  reply_due: { zh: "答复期限", en: "reply due" },
  replies: { zh: "答复", en: "replies" },
  extensions: { zh: "延期", en: "extensions" },
  chases: { zh: "催办", en: "chases" },
  received_on: { zh: "收到日期", en: "received on" },
  until: { zh: "新的答复期限", en: "new due date" },
  report: { zh: "成果", en: "report" },
  on: { zh: "日期", en: "on" },
  holidays: { zh: "放假日", en: "holidays" },
  workdays: { zh: "调休上班日", en: "workdays" },
  reply_summary: { zh: "答复要点", en: "what it says" },
  reply_category: { zh: "答复类别", en: "category" },
  granted_on: { zh: "同意日期", en: "granted on" },
};

/** The ids of the fields that have names. */
export const FIELD_IDS = () => Object.keys(FIELDS);

/** The name of a field in the clerk's language (its id when it has none). */
export function fieldLabel(field: string, lang: Lang): string {
  return FIELDS[field]?.[lang] ?? field;
}
