import type { Catalog, RefKind } from "./en.js";
import { fieldLabel } from "./fields.js";
import { idForName, label, valuesWithNames } from "./labels.js";
import { zhLife } from "./zh-life.js";

const topicStatus = (id: string) => label("topicStatus", id, "zh");
const reportStatus = (id: string) => label("reportStatus", id, "zh");
const KINDS: Record<RefKind, string> = {
  committee: "专委会",
  department: "部门",
  person: "人员",
  report: "成果",
  topic: "议题",
  record: "记录",
};
const ACTIONS = { shortlist: "初选", confirm: "确定", conclude: "完成", withdraw: "撤销" } as const;

/** 中文消息。字段名（proposed_on 等）保持规格中的写法。 */
const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  array: "列表",
  object: "映射（“键: 值”行）",
  record: "映射（“键: 值”行）",
};

const YAML_ERRORS_ZH: Record<string, string> = {
  TAB_AS_INDENT: "用了 Tab 缩进；请改用空格缩进",
  MULTILINE_IMPLICIT_KEY: "字段名跨了多行（是否漏了冒号？）",
  BAD_INDENT: "缩进不对齐",
  BLOCK_AS_IMPLICIT_KEY: "一行里有两个“字段: 值”（含冒号的文字需加引号）",
  DUPLICATE_KEY: "同一字段写了两次",
  MISSING_CHAR: "缺少成对的引号或括号",
  UNEXPECTED_TOKEN: "此处有多余或错位的内容",
  BAD_SCALAR_START: "值的开头有特殊符号（如 @ 或 `），请加引号",
  BAD_ALIAS: "别名写法不对",
  BAD_DIRECTIVE: "文件开头的指令写法不对",
  BLOCK_IN_FLOW: "方括号或花括号中不能换行写列表",
  MULTIPLE_DOCS: "一个文件中只能有一条记录（不能用 --- 分隔多条）",
  MULTIPLE_ANCHORS: "一个值有多个锚点",
  TAG_RESOLVE_FAILED: "无法识别的标签（!…）",
  UNEXPECTED_END: "文件意外结束",
};

export const FORMATS_ZH: Record<string, string> = {
  date: "有效日期，格式 YYYY-MM-DD",
  "committee-code": "专委会代码：小写字母开头，其后最多 15 个小写字母或数字",
  "department-id": "部门代码：小写字母开头，其后为小写字母、数字或 -",
  "person-id": "人员代码：小写字母开头，其后为小写字母、数字或 -",
  "topic-id": "议题编号，如 2027-jj-03",
  "activity-id": "活动编号，如 2027-05-12-jj-1",
  "report-id": "成果编号，如 2027-jj-r01",
  "reply-within": "期限，如 30d（自然日）或 20wd（工作日）",
  "due-rule": "期限规则，如 30d、20wd，或 hand（手工确定）",
  timezone: "时区，如 Asia/Shanghai",
  "month-day": "月-日，如 09-15",
  "doc-number": "含序号位置 {n} 的发文字号格式，如 鄂政协{doc_code}〔{year}〕{n}号",
  schedule: "季度或月份，如 2027-Q2 或 2027-05",
};

export const zh: Catalog = {
  ...zhLife,
  "file.not-utf8": (p) => `文件不是 UTF-8 编码${p.guess ? `（看起来是 ${p.guess}）` : ""}`,
  "file.not-utf8.hint": (p) =>
    `请转换为 UTF-8，例如 iconv -f GBK -t UTF-8 "${p.file}" > tmp.yaml && mv tmp.yaml "${p.file}"，或在编辑器中另存为“UTF-8”`,
  "file.yaml-syntax": (p) => `YAML 语法错误：${YAML_ERRORS_ZH[p.code] ?? `无法解析（${p.code}）`}`,
  "file.fullwidth-colon": () => "字段名后用了全角冒号“：”，应为半角冒号“:”",
  "file.fullwidth-colon.hint": () =>
    "写成 字段名、半角冒号和一个空格，如 title: 关于…（中文输入法会打出“：”，请切换到英文标点）",
  "file.yaml-syntax.hint": () => "检查缩进和每个键后的冒号；含有 : 或 # 的文字需加引号",
  "file.merge-conflict": () => "文件中残留 git 合并冲突标记",
  "file.merge-conflict.hint": () =>
    "如果是两位同志各自新建了同一编号的记录，运行 xieshang resolve 可保留双方；否则请保留正确的内容，删除 <<<<<<<、======= 和 >>>>>>> 三种标记行，然后运行 xieshang validate",
  "file.too-large": (p) => `文件大小为 ${p.size}，记录文件最大 1 MiB`,
  "file.too-large.hint": () => "一条记录只有几行 YAML：请把大文件移出数据目录",
  "file.symlink": () => "文件是符号链接，不予读取",
  "file.symlink.hint": () => "请把文件复制到数据目录中，不要使用链接",
  "file.alias-bomb": () => "YAML 别名（*name）过多：文件会无限展开",
  "file.not-mapping": () => "文件应为一组“键: 值”行",
  "file.interrupted-write": (p) =>
    `此处有一次写入中途被打断（${p.message}）：其文件可能只写了一部分`,
  "file.interrupted-write.hint": () =>
    "下一个进行写入的 xieshang 命令会先撤回它；之后请重新运行该命令",
  "file.orphan-body": (p) => `成果正文旁没有对应的记录（${p.record}）`,
  "file.orphan-body.hint": () =>
    "像是只删了一半的草稿：请把这个文件也删除，或恢复其记录（git checkout）",
  "issued-body.pending": (p) =>
    `${p.id} 已印发，但正文 ${p.file} 仍有印发时应填写的占位文字，也没有保存印发的公文（.docx）：印发中途被打断`,
  "issued-body.pending.hint": (p) =>
    `运行 xieshang report issue ${p.id} 即可补全（文号和日期不变）`,
  "report.issued-as": (p) => `${p.id} 已以 ${p.docNo} 印发，文号不变`,
  "report.issue-completed": (p) =>
    `${p.id}：已补全中途被打断的印发——${p.docNo}，主送${p.to}，答复期限 ${p.due}`,
  "file.unexpected": () => "记录文件夹中有不应出现的文件",
  "file.unexpected.hint": (p) => `此文件夹只存放 ${p.expected}；请把该文件移到别处`,
  "file.unreadable": (p) => `无法读取文件：${p.detail}`,
  "file.name-mismatch": (p) => `文件名 ${p.name}.yaml 与编号 ${p.id} 不一致`,
  "file.name-mismatch.hint": (p) => `把文件改名为 ${p.id}.yaml，或更正编号`,
  "file.wrong-folder": (p) => `${p.year} 年的记录放在了 ${p.folder} 文件夹中`,
  "file.wrong-folder.hint": (p) => `请移到 ${p.year}/ 文件夹`,

  "schema.missing": (p) => `缺少字段 ${p.field}`,
  "schema.missing.hint": (p) => `请添加一行 \`${p.field}: …\``,
  "schema.type": (p) => `${p.field} 应为${TYPE_NAMES[p.expected] ?? p.expected}`,
  "schema.enum": (p) => {
    const ids = p.values.split(", ");
    const meant = p.value.startsWith('"') && idForName(p.field, JSON.parse(p.value) as string, ids);
    return meant
      ? `${p.field} 的值 ${p.value} 应写代码：${valuesWithNames(p.field, [meant], "zh")}`
      : `${p.field} 的值 ${p.value} 不在可选值中：${valuesWithNames(p.field, ids, "zh")}`;
  },
  "schema.unknown-field": (p) => `未知字段 ${p.field}`,
  "schema.unknown-field.near": (p) => `是否应为 ${p.near}？此处允许的字段：${p.allowed}`,
  "schema.unknown-field.hint": (p) => `请检查拼写；此处允许的字段：${p.allowed}`,
  "schema.format": (p) => `${p.field} 的值 ${p.value} 不是${FORMATS_ZH[p.format] ?? p.format}`,
  "schema.empty": (p) => `${p.field} 不能为空`,
  "schema.range": (p) => `${p.field} 的值 ${p.value} 超出范围`,
  "schema.other": (p) => `${p.field}：${p.detail}`,
  "schema.odd-key": (p) => `不允许使用键 ${p.key}`,
  "schema.id-mismatch": (p) => `编号 ${p.id} 与记录内容不符（应为 ${p.expected}）`,
  "schema.topic-required": (p) => `${p.type} 类活动必须注明所属议题`,
  "schema.topic-required.hint": () =>
    "请添加 `topic: <议题编号>`；只有 attend、info_exchange、briefing 可以不属于议题",
  "schema.outcome-topic": () => "协商成果必须注明所属议题",
  "schema.outcome-topic.hint": () =>
    "请添加 `topic: <议题编号>`，或把 kind 改为 research 或 social_opinion",
  "schema.calendar-year": (p) => `${p.date} 不在本日历文件所属的 ${p.year} 年`,

  "duplicate.id": (p) => `编号 ${p.value} 重复（首次出现在 ${p.other}）`,
  "duplicate.committee": (p) => `专委会代码 ${p.value} 重复（首次出现在 ${p.other}）`,
  "duplicate.department": (p) => `部门 ${p.value} 重复列出（首次出现在 ${p.other}）`,
  "duplicate.letter-no": (p) => `催办函编号 ${p.value} 被两封信使用（首次出现在 ${p.other}）`,
  "duplicate.doc-no": (p) => `文号 ${p.value} 重复使用（首次出现在 ${p.other}）`,
  "duplicate.person": (p) => `人员代码 ${p.value} 重复（首次出现在 ${p.other}）`,

  "reference.committee": (p) => `未知专委会 ${p.value}`,
  "reference.committee.hint": (p) => `已有专委会：${p.values}`,
  "reference.department": (p) => `未知部门 ${p.value}`,
  "reference.department.hint": () =>
    "请使用 committees/*.yaml 中的部门代码（xieshang department list）",
  "reference.topic": (p) => `未知议题 ${p.value}`,
  "reference.topic.hint": () => "请使用 topics/<年度>/ 中的议题编号（xieshang topic list）",
  "reference.person": (p) => `未知人员 ${p.value}`,
  "reference.person.hint": (p) => `人员列在 xieshang.yaml 的 people: 下（${p.values}）`,
  "reference.answer-category": (p) =>
    `答复类别 ${p.value} 不在 answer_categories 中（${p.values}）`,
  "reference.answer-category.hint": () => "请使用 xieshang.yaml 中 answer_categories 的键",

  "counterpart.not-counterpart": (p) =>
    `${p.department} 是${p.owner}的对口联系部门，不是${p.committee}的，也未列在 invited 中`,
  "counterpart.not-counterpart.hint": (p) => `如系邀请参加（第4条），请同时把 ${p.id} 加入 invited`,

  "lifecycle.missing-date": (p) => `状态为 ${p.status}，但缺少 ${p.field}`,
  "lifecycle.missing-date.hint": (p) => `请补充 ${p.field}，或更正状态`,
  "lifecycle.date-without-status": (p) => `已填写 ${p.field}，但状态仅为 ${p.status}`,
  "lifecycle.date-without-status.hint": (p) => `请更正状态，或删除 ${p.field}`,
  "lifecycle.date-order": (p) => `${p.field} ${p.date} 早于 ${p.before} ${p.beforeDate}`,
  "lifecycle.missing-reason": () => "撤销的议题须注明理由",
  "lifecycle.missing-reason.hint": () => "请添加 `reason: …` 说明撤销原因",
  "lifecycle.signed-without-signer": () => "成果已签发，但缺少 signed_by",
  "lifecycle.issued-missing": (p) => `成果已印发，但缺少 ${p.field}`,
  "lifecycle.replies-before-issue": (p) => `成果状态仅为 ${p.status}，却已记录 ${p.field}`,

  "collection-window.early": (p) =>
    `提出日期 ${p.date} 早于 ${p.year} 年度议题征集开始日 ${p.opens}（第5条）`,
  "collection-window.early.hint": () =>
    "请核对 proposed_on 和 year：年度议题从上一年 9 月中旬开始征集",
  "q1-confirmation.outside": (p) => `确定日期 ${p.date} 不在 ${p.year} 年第一季度（第6条）`,
  "meeting-participants.neither": () => "协商会议未记录出席的市政协领导和部门负责同志（第12条）",
  "meeting-participants.neither.hint": () =>
    "请在 participants.cppcc_leaders（人员代码）和 participants.department_heads 下列出",
  "meeting-participants.no-leader": () => "协商会议未记录出席的市政协领导（第12条）",
  "meeting-participants.no-leader.hint": () => "请在 participants.cppcc_leaders 下列出（人员代码）",
  "meeting-participants.no-heads": () => "协商会议未记录出席的部门负责同志（第12条）",
  "meeting-participants.no-heads.hint": () => "请在 participants.department_heads 下列出",
  "signer.not-entitled": (p) =>
    `${p.person} 无权签发${p.committee}的成果：须由分管副主席或秘书长签发（第13条）`,
  "signer.not-entitled.hint": (p) => `分管副主席：${p.vice}；秘书长：${p.sg}`,
  "reply.not-recipient": (p) => `${p.department} 不在本成果的 to_departments 中`,
  "reply.not-recipient.hint": () => "请更正部门；如确曾报送该部门，请把它加入 to_departments",
  "reply.before-issue": (p) => `答复日期 ${p.date} 早于成果印发日期 ${p.issued}`,
  "reply.no-doc-no": (p) => `${p.department} 的答复没有文号，未体现为书面答复（第14条）`,
  "reply.no-doc-no.hint": () => "请补充 doc_no：书面答复本身的文号",
  "liaison.committee": (p) => `${p.committee}未指定联络员（第16条）`,
  "liaison.department": (p) => `${p.department} 未指定联络员（第16条）`,
  "liaison.hint": () => "请添加 liaison: { name: …, phone: … }",
  "liaison.folded": (p) => `${p.committee}：${p.count} 个未指定联络员（第16条）：${p.list}`,
  "future-date.after-today": (p) =>
    `${fieldLabel(/([a-z_]+)$/.exec(p.field)?.[1] ?? p.field, "zh")} ${p.date} 晚于今天（${p.today}）`,
  "future-date.hint": () => "事项发生后才记录：请核对年份和月份",

  "validate.clean": (p) => `✔ 已检查 ${p.files} 个文件，没有发现问题`,
  "validate.summary": (p) => `${p.files} 个文件中有 ${p.errors} 个错误、${p.warnings} 个警告`,
  "validate.strict": () => "--strict：警告也视为不通过",
  "label.error": () => "错误",
  "label.warning": () => "警告",
  "label.hint": () => "提示：",
  "liaison.self": () => "本委员会",

  "err.no-data-dir": (p) =>
    `从 ${p.cwd} 找不到数据目录（此处、./data 及上级目录都没有 xieshang.yaml）`,
  "err.no-data-dir.hint": () =>
    "请运行 xieshang init 创建，或用 --data DIR（或环境变量 XIESHANG_DATA）指定",
  "err.not-data-dir": (p) => `${p.dir} 不是数据目录（其中没有 xieshang.yaml）`,
  "err.bad-date": (p) =>
    `${p.flag}：${p.value} 不是有效日期（可写 2027-02-03、2027年2月3日 或 2027/2/3）`,
  "err.bad-lang": (p) => `--lang：${p.value} 不是 zh 或 en`,
  "err.unknown-ref": (p) => `未知${KINDS[p.kind]}：${p.value}`,
  "err.ambiguous-ref": (p) => `${p.value} 可能指多个${KINDS[p.kind]}`,
  "err.candidates": (p) => `您是否要找：${p.list}`,
  "err.no-candidates": (p) => `可运行 xieshang ${p.command} 查看列表`,
  "err.settings-broken": () => "xieshang.yaml 有错误，请运行 xieshang validate",
  "err.internal": (p) => `内部错误：${p.detail}（设置 XIESHANG_DEBUG=1 可查看详情）`,
  "err.fs": (p) => `文件系统错误：${p.detail}`,
  "err.usage": (p) => `${p.detail}`,

  "h.order": () => "序号",
  "h.code": () => "代码",
  "h.id": () => "代码",
  "h.name": () => "名称",
  "h.full-name": () => "全称",
  "h.aliases": () => "别名",
  "h.kind": () => "类型",
  "h.counterparts": () => "对口部门",
  "h.liaison": () => "联络员",
  "h.vice-chair": () => "分管副主席",
  "h.committee": () => "专委会",
  "h.doc-code": () => "文号代字",
  "h.missing-liaisons": () => "缺联络员",
  "h.topics": () => "议题",
  "h.activities": () => "活动",
  "h.reports": () => "成果",
  "h.replies": () => "答复",
  "h.evaluations": () => "评价",
  "kind-label.committee": () => "专门委员会",
  "kind-label.office": () => "办公室",
  none: () => "—",
  "committee.departments-title": (p) => `对口联系部门（${p.count} 个）`,
  "department.none": () => "没有部门。",
  "committee.none": () => "此数据目录中没有专委会。",
  "department.topics-title": (p) => `涉及的议题（${p.count} 个）`,
  "department.invited-suffix": () => "（邀请）",

  "status.title": (p) => `${p.body} 对口联系协商 ${p.year} 年度（截至 ${p.today}）`,
  "status.total": () => "合计",
  "status.collection": (p) =>
    `${p.year} 年度议题征集进行中：已提出 ${p.proposed} 个，已初选 ${p.shortlisted} 个。`,
  "status.problems": (p) =>
    `数据检查：${p.errors} 个错误、${p.warnings} 个警告，详见 xieshang validate`,
  "status.legend": () =>
    "议题：提出/初选/确定/完成/撤销 · 活动：合计（互通信息/列席会议/通报情况/征求意见/调查研究/协商会议）· 成果：草稿/签发/印发 · 答复：按期/逾期答复/待复/逾期未复 · 评价：办理过程、办理结果，各为满意/基本满意/不满意 · 无活动部门：占对口部门数",

  "write.refused": (p) => `修改被拒绝：会新增 ${p.count} 个错误`,
  "write.nothing-written": () => "未写入任何内容",
  "write.fs-failed": (p) => `无法写入 ${p.dir}：${p.detail}`,
  "write.nothing-lost": () => "所有记录保持原样，没有写了一半的文件",
  "write.locked": (p) =>
    `另一个 xieshang（${p.host} 上的进程 ${p.pid}，始于 ${p.since}）正在写入此数据目录`,
  "write.locked.hint": (p) => `请等它完成后重试；如确认没有 xieshang 在运行，可删除 ${p.file}`,
  "write.exists": (p) => `${p.file} 已存在；记录从不覆盖`,
  "write.created": (p) => `已新建 ${p.file}`,
  "write.updated": (p) => `已更新 ${p.file}`,
  "write.committed": (p) => `已提交 git：${p.message}`,
  "write.not-a-repo": () => "警告：数据目录不在 git 仓库中，未提交",
  "write.git-failed": (p) => `文件已写入，但 git 提交失败：${p.detail}`,
  "write.lock-odd": (p) => `${p.file} 不是锁文件（是文件夹或链接），无法开始写入`,
  "write.lock-odd.hint": (p) => `请删除 ${p.file}（xieshang 不会建立这样的锁），再重试`,
  "write.lock-stuck.hint": (p) =>
    `该进程已结束，但未能接管它的锁：如确认没有 xieshang 在运行，请删除 ${p.file}（若属其他用户，请以其身份删除）后重试`,
  "write.lock-lost": () => "本进程工作期间，数据目录的锁被其他进程取走",
  "write.commit-dirty": (p) => `拒绝 --commit：${p.files} 已有未提交的修改，提交会把它们一并带入`,
  "write.commit-dirty.hint": (p) =>
    `请先查看（git diff -- ${p.files}）并提交（git commit），或不加 --commit 运行`,
  "write.through-link": (p) => `${p.link} 是符号链接：不经由它写入 ${p.file}`,
  "write.through-link.hint": () => "记录都保存在数据目录之内：请把链接换成真正的文件夹或文件",
  "write.not-a-file": (p) => `${p.file} 不是普通文件（是文件夹、FIFO 或设备）`,
  "write.recovered": (p) => `上一次写入中途被打断（${p.message}）：已撤回它写下的部分`,
  "write.interrupted": () => "已中断：未写入任何内容",
  "write.interrupted-after": () => "已中断：以上写入已先完成",
  "write.incomplete": (p) =>
    `无法分配${p.what === "letter-no" ? "催办函编号" : "文号"}：有 ${p.count} 个可能与之重号的文件无法读取`,
  "write.incomplete.hint": () =>
    "请先更正上面列出的文件（xieshang validate），再重新运行；未写入任何内容",
  "read.failed": (p) => `无法读取 ${p.file}：${p.detail}`,
  "read.not-plain": (p) => `${p.file} 是符号链接、FIFO 或设备，不予读取`,
  "read.not-plain.hint": () => "请把文件本身放在数据目录中，不要使用链接",
  "write.warnings": (p) => `已写入，有 ${p.count} 个警告：`,

  "err.missing-flags": (p) => `缺少 ${p.flags}（无法交互询问）`,
  "err.missing-flags.hint": () => "请用参数给出，或在终端中运行且不加 --no-input",
  "err.bad-choice": (p) => `${p.flag}：${p.value} 不是可选值（${p.values}）`,
  "read.skipped": (p) =>
    `有 ${p.count} 个文件无法读取，未计入以上结果；详情请运行 xieshang validate`,
  "read.document-refused": (p) => `未生成文件：所依据的 ${p.count} 个记录文件无法读取`,
  "read.document-refused.hint": () =>
    "请先更正上面列出的文件（xieshang validate 可列出全部问题），再重新运行",
  "err.unreadable-ref": (p) => `${KINDS[p.kind]} ${p.value} 无法读取：文件有错误`,
  "err.unreadable-ref.hint": () => "请运行 xieshang validate 查看问题，更正文件后再运行",
  "out.no-folder": (p) => `文件夹 ${p.dir} 不存在，未写入任何内容`,
  "out.no-folder.hint": (p) => `请先建立该文件夹（mkdir ${p.dir}），或换一个 --out`,
  "out.failed": (p) => `无法写入 ${p.file}：${p.detail}`,
  "out.failed.hint": () => "该处未写入任何内容；原有文件保持不变",
  "err.output": (p) => `无法输出到 ${p.stream}：${p.code}`,
  "write.temp-left": (p) => `已写入 ${p.written}，但临时文件 ${p.temps} 未能删除`,
  "write.temp-left.hint": () => "读取时会忽略它，下次写入时会清除；请检查磁盘（xieshang validate）",
  "activity.topic-withdrawn": (p) => `议题 ${p.id} 已于 ${p.date} 撤销，此后不再就其开展活动`,
  "activity.topic-withdrawn.hint": () => "请去掉 --topic，或记在接替它的议题下",
  "err.json-format": (p) => `--json 与 --format ${p.format} 要求的格式不同`,
  "err.json-format.hint": () => "请只给其中一个：--json 即 --format json",
  "report.issued": (p) => `已印发 ${p.id}：${p.docNo}，主送 ${p.to}；书面答复期限 ${p.due}`,
  "err.bad-schedule": (p) =>
    `${p.flag ? `${p.flag}：` : ""}${p.value} 不是季度或月份（如 2027-Q2、2027年二季度、2027年5月、2027-05）`,
  "history.reply": (p) =>
    `${p.dept} ${p.on} 答复${p.docNo ? ` ${p.docNo}` : "（无文号）"}${p.summary ? `：${p.summary}` : ""}`,
  "history.extension": (p) =>
    `${p.dept} 延期至 ${p.until}（${p.on} 同意${p.reason ? `，${p.reason}` : ""}）`,
  "history.chase": (p) => `${p.dept} ${p.on} ${p.method}催办${p.note ? `：${p.note}` : ""}`,
  "prompt.done": (p) => `（完成 —— 已选：${p.picked}）`,
  "prompt.activity-departments": () => "参加的部门",
  "prompt.location": () => "地点（回车跳过）",
  "prompt.heads": () => "出席的部门负责同志，如 张某（市发改委主任），用、分隔（回车表示无）",
  "prompt.members": () => "出席的委员，用、分隔（回车表示无）",
  "prompt.experts": () => "智库成员、专家学者，用、分隔（回车表示无）",
  "prompt.reply-doc-no": () =>
    "答复文件的文号，如 鄂发改函〔2027〕88号（体现书面答复；没有请回车）",
  "prompt.reply-summary": () => "答复要点（回车跳过）",
  "prompt.reply-category": () => "答复类别",
  "err.bad-year": (p) => `${p.flag}：${p.value} 不是年份（四位数字，如 2027）`,
  "err.bad-template": (p) =>
    `${p.flag}：${p.value} 不是模板名称（只用字母、数字、- 和 .，如 outcome-brief）`,
  "err.bad-days": (p) => `${p.flag}：${p.value} 不是天数（如 7）`,
  "validate.brief": () => "（此处不列出警告，运行 xieshang validate 查看）",
  "calendar.count": (p) => `${p.festival}：通知写共 ${p.declared} 天，所列日期为 ${p.counted} 天`,
  "calendar.workday-weekday": (p) => `${p.festival}：${p.date} 调休上班，但这天不是周末`,
  "calendar.twice": (p) => `${p.date} 在两个节日下都放假：${p.festivals}`,
  "calendar.year-differs": (p) => `${p.date} 不在通知标题（或 --year）的 ${p.title} 年`,
  "calendar.bad-date": (p) => `${p.festival}：${p.text} 不是一个日期`,
  "calendar.long-range": (p) =>
    `${p.festival}：${p.from} 至 ${p.to} 不像节日放假的日子（最多一个月）`,
  "calendar.no-items": () => "没有找到节日安排（如 一、元旦：1月1日至3日放假调休，共3天。）",
  "calendar.does-not-add-up": (p) => `通知有 ${p.count} 处对不上，未写入任何内容`,
  "calendar.does-not-add-up.hint": () =>
    "请对照通知原文检查粘贴的内容；如通知本身如此，可加 --force 写入",
  "calendar.exists": (p) => `${p.file} 已存在，未写入任何内容`,
  "calendar.exists.hint": () => "差异见上；如需替换，请加 --force",
  "calendar.same": () => "日期与文件中的相同",
  "calendar.before": (p) => `以下日子属于 ${p.year} 年，写入 calendar/${p.year}.yaml：${p.dates}`,
  "calendar.none": (p) =>
    `没有 calendar/${p.year}.yaml：只把周末算作休息日（可用 xieshang calendar import 添加）`,
  "calendar.title": (p) => `${p.year} 年放假和调休上班安排`,
  "calendar.month": (p) => `${p.month}月：放假 ${p.off}；上班 ${p.on}`,
  "calendar.deadlines": () => "今年和尚待答复成果的答复期限所在年份：",
  "calendar.deadline-year": (p) => `${p.year} 年：有 calendar/${p.year}.yaml`,
  "calendar.waiting": (p) => `${p.report} ${p.department}：${p.due}（待该年放假通知，遇假日顺延）`,
  "calendar.deadline-year-missing": (p) =>
    `${p.year} 年：没有节假日文件，只算周末（xieshang calendar import）`,
  "calendar.title-differs": (p) => `标题写的是 ${p.title} 年，日期却是 ${p.found} 年的`,
  "resolve.conclude": (p) => `然后完成它：${p.command}（或运行 resolve --commit）`,
  "resolve.no-merge": () => "这里没有未完成的 git 合并、变基或拣选，无需处理",
  "resolve.no-merge.hint": () =>
    "请在 git pull、merge、rebase 或 cherry-pick 因冲突中止后运行（git status 可查看冲突）",
  "resolve.rename": (p) => `本地：${p.from} → ${p.to}（远端的记录保留原编号）`,
  "resolve.rewrite": (p) => `本地：${p.file} 改为引用 ${p.to}（原为 ${p.from}）`,
  "resolve.undecided.both-edited": (p) =>
    `${p.file}：双方都修改了这条记录 —— 请保留正确的行，删除 <<<<<<<、=======、>>>>>>> 标记行，然后 git add`,
  "resolve.undecided.not-a-record": (p) =>
    `${p.file}：不是双方各自新建的记录 —— 请手工处理，然后 git add`,
  "resolve.undecided.same-record": (p) => `${p.file}：双方的记录相同 —— 保留一份，然后 git add`,
  "resolve.nothing": () => "没有需要处理的编号冲突",
  "resolve.left": (p) => `还有 ${p.count} 处冲突未处理，合并尚未完成`,
  "resolve.left.hint": () => "请按上面的说明处理，运行 xieshang validate，然后 git commit",
  "resolve.committed": (p) => `已完成（${p.command}）`,
  "plan.empty-confirmed": (p) =>
    `${p.year} 年度还没有已确定的议题（第6条）：加 --include-shortlisted 可得计划草稿`,
  "plan.empty": (p) => `${p.year} 年度没有已确定或已初选的议题`,
  "report.fill-in": (p) => `${p.file}:${p.line}：还有待填写的内容，成果不能照此签发或印发`,
  "report.fill-in.hint": (p) => `请在 .md 中写好后再运行：${p.text}`,
  "report.empty-section": (p) => `${p.file}:${p.line}：“${p.section}”一节是空的`,
  "report.no-body": (p) => `${p.id} 没有正文：${p.file} 不存在`,
  "report.no-body.hint": (p) =>
    `成果的公文由 .md 正文生成（正文由 report draft 起草，见 docs/documents.md）；请在记录旁写好 ${p.id}.md`,
  "report.export-unissued": (p) =>
    `注意：${p.id} 尚未印发（当前：${p.status}），公文中还没有印发日期`,
  "report.docx-kept": (p) => `已存印发稿：${p.file}`,
  "remind.docx-needs-out": () => "--format docx 为每个部门各写一份催办函，需要用 --out 指定文件夹",
  "remind.docx-needs-out.hint": () => "例如：xieshang remind --format docx --out ./催办",
  "out.binary-to-terminal": (p) => `.${p.format} 文件不能输出到终端：请用 --out 指定文件`,
  "out.binary-to-terminal.hint": (p) => `例如：${p.example}`,
  "reply.not-replied": (p) => `${p.department} 尚未书面答复 ${p.id}：只评价已收到的书面答复`,
  "reply.not-replied.hint": (p) =>
    `请先登记答复：xieshang reply record ${p.id} --from ${p.department} --on …`,
  "reply.rated-before": (p) => `评价日期 ${p.on} 早于收到答复的日期（${p.received}）`,
  "reply.rated": (p) =>
    `已评价 ${p.department} 对 ${p.id} 的答复：办理过程${p.handling}，办理结果${p.result}`,
  "prompt.handling": () => "对办理过程的评价",
  "prompt.result": () => "对办理结果的评价",
  "prompt.replied": () => "评价哪个部门的答复",
  "review.fill-in": (p) => `${p.file}:${p.line}：还有待填写的内容，通报不能照此签发或印发`,
  "review.bad-record": (p) => `${p.file}：无法读取（${p.problem}）`,
  "review.exists": (p) => `${p.year} 年度通报已经起草（${p.file}）`,
  "review.exists.hint": (p) =>
    `编辑 reviews/${p.year}.md 后签发：xieshang review sign ${p.year} --by 签发人`,
  "review.none.hint": (p) => `先起草：xieshang review draft ${p.year}`,
  "review.none": (p) => `${p.year} 年度通报尚未起草（reviews/${p.year}.md 不存在）`,
  "review.status": (p) =>
    `${p.year} 年度通报当前为${reviewStatus(p.status)}：此步需要${reviewStatus(p.want)}的通报`,
  "review.before": (p) => `--on ${p.on} 早于通报的 ${p.step}（${p.date}）`,
  "review.doc-no-taken": (p) => `文号 ${p.doc_no} 已被另一份通报使用`,
  "review.drafted": (p) => `已起草 ${p.file}：请编辑“主要成效”“下一步工作”等内容，再签发`,
  "review.as-of": (p) => `注意：通报按 ${p.date}（年末）统计；届时仍未收到的到期答复计为逾期未答复`,
  "err.cancelled": () => "已取消，未写入任何内容",

  "topic.move-refused": (p) =>
    `${p.id} 当前为 ${topicStatus(p.status)}，现在不能${ACTIONS[p.action]}`,
  "topic.next-step": (p) => `下一步：xieshang topic ${p.command} ${p.id}`,
  "topic.closed": (p) => `${p.id} ${topicStatus(p.status)}，不再变动`,
  "topic.none": () => "没有议题。",
  "topic.summary": (p) => `${p.id} ${p.title} — ${p.status}`,
  "h.status": () => "状态",
  "h.year": () => "年度",
  "h.title": () => "名称",
  "h.departments": () => "部门",
  "h.source": () => "来源",
  "h.date": () => "日期",

  "prompt.title": () => "议题名称",
  "prompt.committee": () => "牵头专委会",
  "prompt.departments": () => "对口部门（空格选择，回车确认）",
  "prompt.invite-others": () => "是否邀请对口单位以外的部门（第4条）？",
  "prompt.invited": () => "邀请的部门",
  "prompt.source": () => "议题来源（第5条）",
  "prompt.proposer": () => "提出者（姓名或单位）",
  "prompt.category": () => "协商内容（第3条）",
  "prompt.forms": () => "计划协商形式（第7–12条）",
  "prompt.schedule": () => "时间安排（如 2027-Q2 或 2027-05，可留空）",
  "prompt.date": (p) => p.what,
  "prompt.summary": () => "简要说明（可留空）",
  "prompt.confirm-write": () => "确认写入？",
  "prompt.required": () => "必填",
  "prompt.pick-one": () => "请至少选择一项",

  "init.created": (p) => `已创建数据目录 ${p.dir}`,
  "init.not-empty": (p) => `${p.dir} 不是空文件夹，也不是数据目录`,
  "init.not-empty.hint": () => "请选择空文件夹或新文件夹，如 xieshang init ./xieshang-data",
  "init.already": (p) => `${p.dir} 已是数据目录`,
  "init.hook-foreign": (p) =>
    `警告：${p.file} 是他人的 pre-commit 钩子，提交时不会检查记录（可在其中加入 xieshang validate --brief --no-input --data ${p.dir}）`,
  "init.commit-failed.hint": () =>
    '数据目录已建好；请先告诉 git 您是谁（git config --global user.name "…"；git config --global user.email "…"），再运行一次 xieshang init，它会完成首次提交',
  "init.add-to-repo": (p) =>
    `数据目录位于 git 仓库 ${p.top} 中：请将其加入该仓库（git add ${p.dir} && git commit）`,
  "init.no-identity": () => "git 还不知道您是谁，而初始化要完成首次提交：未建立任何内容",
  "init.no-identity.hint": () =>
    '请先告诉 git（只需一次），再运行 xieshang init：git config --global user.name "您的姓名"；git config --global user.email "you@example.org"',
  "prompt.git-name": () => "您的姓名（git 记录每次修改由谁完成）",
  "prompt.git-email": () => "您的电子邮箱（能认出您的任一地址即可）",
  "init.git-init": () => "已建立 git 仓库并完成首次提交",
  "init.hook": (p) => `已安装 pre-commit 钩子 ${p.file}（提交前运行 xieshang validate）`,
  "init.next": () => "下一步：编辑 xieshang.yaml（本会名称、人员），然后运行 xieshang status",

  "history.no-git": () => "修改记录取自 git，但数据目录不在 git 仓库中",
  "history.no-git.hint": () => "可运行 xieshang init 建立仓库，或在数据目录中 git init",
  "history.none": (p) => `${p.file} 没有 git 历史`,
  "history.created": () => "新建",
  "history.deleted": () => "删除",
  "history.changed": (p) => `修改 ${p.fields}`,
  "history.no-change": () => "字段无变化（仅格式或注释）",

  "template.error": (p) => `模板 ${p.file}:${p.line}:${p.column}：${p.detail}`,
  "template.error.hint": () => "请修改模板（各模板可用的字段见 docs/templates.md）",

  "meeting.none": () => "没有活动。",
  "meeting.topic-committee": (p) => `议题 ${p.topic} 属于${p.committee}`,

  "report.none": () => "没有成果。",
  "report.not-draft": (p) => `${p.id} 当前为 ${reportStatus(p.status)}：只有草稿才能签发`,
  "report.not-signed": (p) => `${p.id} 当前为 ${reportStatus(p.status)}：只有已签发的成果才能印发`,
  "report.sign-first": (p) => `请先签发：xieshang report sign ${p.id} --by …`,
  "report.not-issued": (p) =>
    `${p.id} 当前为 ${reportStatus(p.status)}：只有已印发的成果才记录答复`,
  "report.topic-not-confirmed": (p) =>
    `议题 ${p.id} 当前为 ${topicStatus(p.status)}；协商成果应针对已确定的议题`,
  "report.kind-needs": (p) => `--kind ${p.kind} 不对应议题，请用 --committee 和 --title`,
  "report.no-calendar": (p) => `没有 calendar/${p.years}.yaml：只把周末算作休息日`,
  "report.no-calendar.hint": () =>
    "该日期可能在导入放假通知后调整：xieshang calendar import <通知.txt> 会按通知重新计算并更新 reply_due（已印发公文中的日期不变）；期限若落在通知的假日，依法顺延至其后第一个工作日，逾期与催办按顺延后的日期计算",
  "report.recipients": () => "送达部门",
  "report.due-title": () => "答复期限",
  "h.recipient": () => "部门",
  "h.state": () => "答复情况",
  "h.due": () => "期限",
  "h.received": () => "收到日期",
  "h.doc-no": () => "文号",
  "h.last-chase": () => "最近催办",
  "state.on_time": () => "按期答复",
  "state.late": (p) => `逾期 ${p.days} 天答复`,
  "state.extended": (p) => `已延期至 ${p.until}`,
  "state.pending": () => "待答复",
  "state.moved": (p) => `（期限遇休息日，顺延至 ${p.due}）`,
  "state.overdue": (p) => `已逾期 ${p.days} 天`,
  "due.calendar-days": (p) =>
    `${p.due}：印发（${p.issued}）后第 ${p.n} 个自然日（reply_within ${p.rule}）`,
  "due.working-days": (p) =>
    `${p.due}：印发（${p.issued}）后第 ${p.n} 个工作日（reply_within ${p.rule}）`,
  "due.moved": (p) => `第 ${p.n} 日 ${p.from} 为休息日，顺延至下一个工作日（《民法典》第203条）`,
  "due.holidays": (p) => `计入的节假日：${p.list}`,
  "due.workdays": (p) => `计入的调休上班日：${p.list}`,
  "due.no-calendar": (p) => `${p.years} 年没有日历文件：只把周末算作休息日`,
  "due.edited": (p) => `文件中的 reply_due 为 ${p.stored}（手工修改；按规则应为 ${p.computed}）`,
  "due.extension": (p) => `${p.department}：延期至 ${p.until}${p.reason}`,

  "reply.already": (p) => `${p.department} 的答复已记录（收到日期 ${p.date}）`,
  "reply.already.hint": (p) => `如需更正，请编辑 ${p.file}`,
  "reply.has-replied": (p) => `${p.department} 已答复（收到日期 ${p.date}），无需催办或延期`,
  "reply.until-not-later": (p) => `--until ${p.until} 不晚于当前期限 ${p.due}`,

  "prompt.activity-type": () => "协商形式（第7–12条）",
  "prompt.topic": () => "所属议题",
  "prompt.activity-title": () => "活动名称",
  "prompt.leaders": () => "出席的市政协领导",
  "prompt.opinion": (p) => `第 ${p.n} 条意见建议（“内容——提出人”；空行结束）`,
  "h.opinions": () => "意见建议",
  "h.idle": () => "无活动部门",
  "status.idle-title": (p) => `${p.year} 年没有开展活动的对口部门（第4条）`,
  "status.and-more": (p) => ` 等 ${p.count} 个`,
  "overdue.none": (p) => `✔ 截至 ${p.today}，没有逾期未答复的成果`,
  "overdue.none-within": (p) => `✔ 截至 ${p.today}，没有逾期或 ${p.days} 天内到期的答复`,
  "overdue.due-in": (p) => (p.days === "0" ? "今天到期" : `${p.days} 天后到期`),
  "overdue.summary": (p) => `逾期 ${p.overdue} 项，即将到期 ${p.soon} 项`,
  "h.report": () => "成果",
  "h.issued": () => "印发日期",
  "h.days-overdue": () => "逾期天数",
  "out.wrote": (p) => `已写入 ${p.file}`,
  "import.count": (p) => `第 ${p.line} 行 ${p.unit}：声明 ${p.declared} 个，实列 ${p.listed} 个`,
  "import.unreadable": (p) => `第 ${p.line} 行 ${p.unit}：声明数 ${p.text} 无法辨认`,
  "import.repeated": (p) => `第 ${p.line} 行 ${p.unit}：${p.name} 重复列出，只收录一次`,
  "import.across": (p) => `第 ${p.line} 行 ${p.unit}：${p.name} 也列在${p.other}下，保留在那里`,
  "import.header": (p) => `第 ${p.line} 行：表头的两列不是“单位”和“对口部门”（${p.text}）`,
  "import.header-refused": () => "无法识别表头，未写入任何内容",
  "import.header-refused.hint": () =>
    "请将两列表头写作“单位”和“对口部门”（或“专委会”/“联系部门”），或删去表头行",
  "import.no-columns": (p) => `第 ${p.line} 行：不是以制表符分隔的两列，已跳过（${p.text}）`,
  "import.create": (p) => `新建 ${p.file}（${p.count} 个部门）`,
  "import.add": (p) => `在 ${p.file} 中增加 ${p.count} 个部门（${p.names}）`,
  "import.kept": (p) => `${p.file} 中保留了表中没有的部门：${p.names}`,
  "import.nothing": () => "没有需要增加的内容：数据目录已包含表中所有单位和部门",
  "import.dry-run": () => "--dry-run：未写入任何内容",
  "prompt.signer": () => "签发人（第13条：分管副主席或秘书长）",
  "prompt.replying-department": () => "答复的部门",
  "prompt.department": () => "部门",
  "prompt.until": () => "新的答复期限",
  "prompt.reason": () => "理由",
  "prompt.method": () => "催办方式",
  "help.description": () => "政协专门委员会对口联系协商记录工具：以 YAML 文件保存在 git 中",
};

function reviewStatus(s: string): string {
  return s === "draft" ? "草稿" : s === "signed" ? "已签发" : s === "issued" ? "已印发" : s;
}
