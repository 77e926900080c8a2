import type { Catalog } from "./en.js";

/**
 * 部门沿革与随节假日安排调整的答复期限的中文消息（README "Departments change"、"Deadlines"）；
 * 并入 zh.ts 的目录。
 */
type Life = Pick<Catalog, keyof typeof import("./en-life.js").enLife>;

export const zhLife: Life = {
  "dept.ended": (p) => `${p.department} 已于 ${p.on} 撤并`,
  "dept.use-successor": (p) => `其职责由 ${p.successor} 承接，请改用该部门`,
  "dept.out-of-order": (p) =>
    `${p.department} 已记有 ${p.last} 的变更，晚于 ${p.on}：请按时间先后记录`,
  "dept.same-name": (p) => `该部门现名已是 ${p.name}`,
  "dept.name-taken": (p) => `${p.name} 已是部门 ${p.other} 的名称或别名`,
  "dept.self-successor": () => "部门不能以自己为承接部门",
  "dept.new-needs-id": (p) =>
    `${p.name} 尚不是已有部门：新设部门请用 --id 给出代码（小写字母、数字或 -）`,
  "dept.bad-id": (p) => `${p.id} 不是有效的部门代码：小写字母开头，其后为小写字母、数字或 -`,
  "dept.id-taken": (p) => `部门代码 ${p.id} 已被占用`,
  "dept.refused": (p) =>
    `${p.department}（${p.id}）已于 ${p.ended} 撤并，${p.on} 不能再对其${{ topic: "提出议题", activity: "开展活动", report: "报送成果" }[p.what]}`,
  "dept.refused.successor": (p) => `其职责由 ${p.name}（${p.id}）承接，请改为该部门`,
  "dept.refused.none": () =>
    "未记录承接部门：请删去该部门，或用 department abolish … --successor 补记承接部门",
  "dept.renamed": (p) =>
    `${p.id}：${p.from} 自 ${p.on} 起更名为 ${p.to}；原名称保留为别名，此前日期的公文仍用原名称`,
  "dept.merged": (p) => `${p.from} 于 ${p.on} 并入 ${p.into}`,
  "dept.abolished": (p) => `${p.department} 于 ${p.on} 撤销${p.successor}`,
  "dept.owed": (p) => `已撤并部门仍欠答复：${p.list}——请向承接部门催办，或登记已收到的答复`,
  "dept.state.ended": (p) => `${p.on} 撤销${p.successor}`,
  "dept.state.successor": (p) => `，由 ${p.name} 承接`,
  "dept.history": () => "沿革",
  "dept.history.renamed": (p) => `${p.on} 更名（原名 ${p.from}）${p.source}`,
  "dept.history.merged": (p) => `${p.on} ${p.from} 并入本部门${p.source}`,
  "dept.history.established": (p) => `${p.on} 由 ${p.from} 合并组建${p.source}`,
  "dept.history.merged-into": (p) => `${p.on} 并入 ${p.into}${p.source}`,
  "dept.history.abolished": (p) =>
    `${p.on} 撤销${p.successor ? `，职责由 ${p.successor} 承接` : ""}${p.source}`,
  "department.owes-after-end": (p) =>
    `${p.department} 已于 ${p.on} 撤并，仍欠书面答复${p.successor ? `；其职责由 ${p.successor} 承接` : ""}`,
  "department.owes-after-end.hint": () =>
    "如已收到答复请登记；否则向承接部门催办。成果的主送部门保持印发时的原样",
  "department.new-work-after-end": (p) =>
    `${p.department} 已于 ${p.on} 撤并，早于本记录的日期 ${p.date}${p.successor ? `；承接部门为 ${p.successor}` : ""}`,
  "due.moves": (p) => `节假日安排改变的答复期限（${p.count} 项）：`,
  "due.move": (p) => `${p.report} ${p.departments}：${p.from} → ${p.to}（${p.why}）`,
  "due.why.holidays": (p) => `calendar/${p.year}.yaml 的休息日 ${p.days}`,
  "due.why.workdays": (p) => `calendar/${p.year}.yaml 的调休上班日 ${p.days}`,
  "due.why.calendar": (p) => `按 calendar/${p.year}.yaml 重新计算`,
  "due.hand-set": (p) =>
    `手工确定的期限，未改动：${p.report} ${p.departments} ${p.date} 按节假日安排为休息日——法定期限顺延至 ${p.legal}`,
  "due.none-moved": () => "没有需要调整的未到期答复期限",
  "due.recorded-move": (p) =>
    `${p.on} 按 calendar/${p.years}.yaml 由 ${p.from} 顺延至 ${p.to}（已印发公文中的日期不变）`,
  "due.without-calendar": (p) =>
    `文件中的 reply_due 为 ${p.stored}，计算时尚无 ${p.files}；按规则现应为 ${p.computed}——运行 xieshang calendar apply 记录调整`,
  "deadline.stale": (p) =>
    `reply_due ${p.stored} 计算时尚无 ${p.files}；按规则现应为 ${p.computed}`,
  "deadline.stale.hint": () =>
    "运行 xieshang calendar apply（可先加 --dry-run 查看）：按现有节假日安排调整答复期限",
  "import.propose-rename": (p) =>
    `${p.file}：${p.name} 不在新表中，表中的 ${p.to} 与其相近，可能是更名；未添加，确认后记录：xieshang department rename ${p.id} --to ${p.to} --on <日期>`,
  "import.propose-merge": (p) =>
    `${p.file}：${p.names} 不在新表中，均与表中的 ${p.to} 相近，可能已合并；未添加，确认后记录：xieshang department merge ${p.ids} --into ${p.to} --id <新代码> --on <日期>`,
  "import.propose.hint": () =>
    "确认的更名与合并记录后重新导入；加 --no-propose 则把所有新名称作为新部门添加",
  "deadline.changed": (p) =>
    `reply_due ${p.stored} 计算之后 ${p.files} 有改动；按规则现应为 ${p.computed}`,
  "due.changed-calendar": (p) =>
    `文件中的 reply_due 为 ${p.stored}，计算之后 ${p.files} 有改动；按规则现应为 ${p.computed}——运行 xieshang calendar apply 记录调整`,
  "due.why.changed": (p) => `calendar/${p.year}.yaml 有改动`,
  "due.hand-set-kept": (p) => `手工确定的期限，未改动：${p.report} ${p.departments} ${p.date}`,
  "dept.refused-year": (p) =>
    `${p.department}（${p.id}）已于 ${p.ended} 撤并，早于计划年度 ${p.year} 年：不能列入该年度的议题`,
  "dept.successor-absent": (p) => `承接部门 ${p.department} 在 ${p.on} 不存在（尚未设立或已撤并）`,
  "dept.state.merged": (p) => `${p.on} 并入 ${p.name}`,
  "remind.ceased": (p) =>
    `未给 ${p.department} 发催办函：该部门已于 ${p.on} 撤并${p.successor ? `，请向承接部门 ${p.successor} 催办` : ""}`,
  "dept.full-name-needed": (p) =>
    `${p.name} 有全称 ${p.full}，公文主送用全称：请用 --full-name 给出新全称（与新名称相同也请写明）`,
  "department.unknown": (p) => `沿革中的 ${p.department} 不是已有部门`,
  "department.cycle": (p) => `${p.department} 的承接部门一路追溯又回到它自己：沿革有循环`,
};
