import { CHOICE_HELP, choiceHelp } from "./labels.js";

/**
 * Chinese for the help texts of every command, option and argument, keyed by their
 * English text (the source of truth, written beside each command). A test checks that
 * every text registered has its translation here.
 */
export const HELP_ZH: Record<string, string> = {
  // the options that list an enumeration: made from the labels, written once
  ...Object.fromEntries(
    (Object.keys(CHOICE_HELP) as (keyof typeof CHOICE_HELP)[]).map((k) => [
      choiceHelp(k, "en"),
      choiceHelp(k, "zh"),
    ]),
  ),
  "对口联系协商记录工具 — counterpart liaison consultation records of a CPPCC committee":
    "对口联系协商记录工具：专门委员会与党政部门（单位）对口联系协商的记录、检查与办理",
  "output the version number": "显示版本号",
  "display help for command": "显示命令的帮助",
  "the data directory (else $XIESHANG_DATA, ./, ./data or a parent holding xieshang.yaml)":
    "数据目录（否则依次为 $XIESHANG_DATA、当前目录、./data、含 xieshang.yaml 的上级目录）",
  "language of messages: zh | en (else $XIESHANG_LANG, xieshang.yaml, the system)":
    "提示语言：zh | en（否则依次为 $XIESHANG_LANG、xieshang.yaml、系统设置）",
  "no colours (also NO_COLOR=1)": "不使用颜色（也可设 NO_COLOR=1）",
  "take this date as today (else $XIESHANG_TODAY)": "以此日期作为“今天”（否则为 $XIESHANG_TODAY）",
  "print one JSON document, for scripts": "输出一个 JSON 文档，供脚本使用",
  "never prompt; fail naming what is missing": "从不询问；缺少的参数一律报错列出",
  "commit the files written to git": "把写入的文件提交到 git",
  "create a data directory: settings, the 一览表 committees, git and a pre-commit hook (初始化)":
    "初始化数据目录：全局设置、一览表中的专委会、git 仓库和提交前检查",
  "no committees (for a body with its own liaison table)": "不含专委会（用于另有一览表的单位）",
  "the folder to create or fill (default: the current folder)":
    "要创建或填充的文件夹（默认当前文件夹）",
  "check every record against the rules of the 办法 (检查全部记录)": "按《办法》检查全部记录",
  "warnings fail too (exit 1)": "警告也视为不通过（退出码 1）",
  "errors in full, warnings as one line (the pre-commit hook)":
    "错误逐条列出，警告只给一行总数（用于提交前检查）",
  "the dashboard: where each committee stands in a year (工作进展)": "工作进展：各专委会本年度情况",
  "the year (default: this year)": "年度（默认今年）",
  "the liaison units of the 一览表 and their counterparts (专委会)": "一览表中的专委会及其对口部门",
  "the units in 一览表 order, with counterpart count and liaison (专委会列表)":
    "专委会列表：按一览表顺序，含对口部门数和联络员",
  "one unit: its settings and counterpart departments (专委会详情)": "专委会详情：设置和对口部门",
  "committee code, name or alias": "专委会代码、名称或别名",
  "the counterpart departments (对口联系部门)": "对口联系部门",
  "every department, by committee in 一览表 order (部门列表)": "部门列表：按一览表中专委会顺序",
  "only the counterparts of this committee (code, name or alias)":
    "只列此专委会的对口部门（代码、名称或别名）",
  "one department: names, committee, liaison and the topics it is on (部门详情)":
    "部门详情：名称、所属专委会、联络员和涉及的议题",
  "department id, name, full name or alias": "部门代码、名称、全称或别名",
  "consultation topics: propose, shortlist, confirm, conclude, withdraw (协商议题)":
    "协商议题：提出、初选、确定、完成、撤销",
  "record a proposed topic for a plan year (征集议题, Art. 5)": "登记征集到的年度议题（第5条）",
  "the topic, e.g. 关于优化营商环境的对口协商": "议题名称，如 关于优化营商环境的对口协商",
  "leading committee: code, name or alias": "牵头专委会：代码、名称或别名",
  "counterpart departments (id, name or alias; comma-separated or repeated)":
    "对口部门（代码、名称或别名；用逗号或顿号分隔，或重复给出）",
  "departments outside the counterpart list, invited (Art. 4)":
    "邀请参加的对口单位以外的部门（第4条）",
  "who proposed it (name or unit)": "提出者（姓名或单位）",
  "a short description": "简要说明",
  "quarter or month, e.g. 2027-Q2 or 2027-05": "时间安排：季度或月份，如 2027-Q2 或 2027-05",
  "plan year (default: next year from the collection day on, else this year)":
    "计划年度（默认：征集开始日起为下一年，之前为本年）",
  "date proposed (default today)": "提出日期（默认今天）",
  "topics, by id (议题列表)": "议题列表（按编号）",
  "plan year": "计划年度",
  "proposed | shortlisted | confirmed | concluded | withdrawn":
    "状态：proposed | shortlisted | confirmed | concluded | withdrawn",
  "shortlist proposed topics (初选, Art. 5)": "初选已提出的议题（第5条）",
  "the date of this step (default today)": "这一步的日期（默认今天）",
  "topic ids": "议题编号（可多个）",
  "confirm shortlisted topics with the departments (确定议题, Art. 6: in the first quarter)":
    "与对口部门确定已初选的议题（第6条：第一季度内）",
  "mark a confirmed topic concluded (完成)": "把已确定的议题标记为完成",
  "topic id": "议题编号",
  "withdraw a topic, with the reason (撤销)": "撤销议题，须注明理由",
  "why it is withdrawn (asked for on a terminal)": "撤销理由（在终端中会询问）",
  "meetings and the other forms of consultation (协商活动, Art. 7–12)":
    "协商会议及其他协商活动（第7–12条）",
  "record a meeting or other activity (记录协商活动, Art. 7–12)": "记录协商活动（第7–12条）",
  "committee: code, name or alias (default: the topic's)":
    "专委会：代码、名称或别名（默认为议题所属专委会）",
  "the topic it serves (required for solicit, research, consultation)":
    "所属议题（征求意见建议、调查研究、协商会议必填）",
  "the day it took place (default today)": "活动日期（默认今天）",
  "e.g. 优化营商环境对口协商会": "活动名称，如 优化营商环境对口协商会",
  "departments taking part (default: the topic's)": "参加的部门（默认为议题的对口部门）",
  "departments outside the counterpart list (default: the topic's)":
    "邀请的对口单位以外的部门（默认为议题的邀请部门）",
  where: "地点",
  "CPPCC leaders present: person ids or names": "出席的市政协领导：人员代码或姓名",
  "department heads present, e.g. 张某（市发改委主任）":
    "出席的部门负责同志，如 张某（市发改委主任）",
  "CPPCC members present": "参加的政协委员",
  "think-tank members and experts present": "参加的政协智库成员、专家学者",
  'an opinion or suggestion, repeatable; "text——by" names who gave it':
    "意见建议，可重复；“内容——提出人”注明提出人",
  "minutes, free text": "纪要、备注",
  "activities, by date (活动列表)": "活动列表（按日期）",
  "year of the date": "活动日期所在年份",
  "committee: code, name or alias": "专委会：代码、名称或别名",
  "only the activities of this topic": "只列此议题的活动",
  "only this form of activity": "只列此协商形式",
  "outcome reports and other papers that need replies: draft, sign, issue (协商成果, Art. 13–14)":
    "协商成果及其他需答复的材料：起草、签发、印发（第13–14条）",
  "draft a report: the record and its .md body from a template (起草协商成果, Art. 13)":
    "起草协商成果：生成记录和由模板生成的 .md 正文（第13条）",
  "outcome | research | social_opinion":
    "类别：outcome（协商成果）| research（调研考察报告）| social_opinion（社情民意信息）",
  "for research / social_opinion: the committee": "调研考察报告、社情民意信息所属的专委会",
  "the title (default: from the topic, 关于…的协商意见)": "标题（默认由议题生成：关于…的协商意见）",
  "another template of templates/, e.g. outcome-brief (→ outcome-brief.md.hbs)":
    "templates/ 中的其他模板，如 outcome-brief（即 outcome-brief.md.hbs）",
  "date drafted (default today)": "起草日期（默认今天）",
  "the topic of an outcome report": "协商成果所属的议题",
  "sign off a drafted report (签发, Art. 13)": "签发成果（第13条）",
  "the signer: person id or name of xieshang.yaml": "签发人：xieshang.yaml 中的人员代码或姓名",
  "date signed (default today)": "签发日期（默认今天）",
  "report id, e.g. 2027-jj-r01": "成果编号，如 2027-jj-r01",
  "issue a signed report to leaders and departments (印发报送, Art. 13–14)":
    "印发已签发的成果，报送市领导和相关部门（第13–14条）",
  "departments that owe a written reply (default: the topic's)":
    "应书面答复的部门（默认为议题的部门）",
  "city leaders it is sent to (报市有关领导), free text": "报送的市有关领导",
  "the doc number (default: the next free one, 鄂政协经〔2027〕3号)":
    "发文字号（默认取下一个可用序号，如 鄂政协经〔2027〕3号）",
  "date issued (default today)": "印发日期（默认今天）",
  "report id": "成果编号",
  "the report as the document that is sent: a GB/T 9704 .docx (公文)":
    "导出成果公文：按 GB/T 9704 排版的 .docx",
  "docx | md (default docx)": "格式：docx | md（默认 docx）",
  "where to write it (default: <doc number or id> <title>.docx here; - for stdout)":
    "写入的文件（默认在当前文件夹写“<文号或编号> <标题>.docx”；- 为标准输出）",
  "reports, by id, with their replies (成果列表)": "成果列表（按编号，含答复情况）",
  "year of the report id": "成果编号中的年份",
  "draft | signed | issued": "状态：draft | signed | issued",
  "one report: the record, each recipient's reply state and the due-date reasoning (成果详情)":
    "成果详情：记录、各部门答复情况和答复期限的计算",
  "written replies to issued reports: record, extend, chase, rate (答复反馈, Art. 14)":
    "对已印发成果的书面答复：登记、延期、催办、评价（第14条）",
  "record a department's written reply": "登记部门的书面答复",
  "the replying department: id, name or alias": "答复的部门：代码、名称或别名",
  "the date the reply was received (default today)": "收到答复的日期（默认今天）",
  "the reply's own doc number (shows it is in writing)": "答复文件本身的文号（体现书面答复）",
  "what it says": "答复要点",
  "one of answer_categories of xieshang.yaml, e.g. A":
    "答复类别：xieshang.yaml 中 answer_categories 的键，如 A",
  "grant a department more time (延期): not overdue until then":
    "同意部门延期答复：新期限前不算逾期",
  "the department: id, name or alias": "部门：代码、名称或别名",
  "the new due date": "新的答复期限",
  why: "理由",
  "date granted (default today)": "同意日期（默认今天）",
  "log a chase (催办) of a missing reply": "登记一次催办",
  "date chased (default today)": "催办日期（默认今天）",
  "the 通报 as md, docx or html": "以 md、docx 或 html 输出通报",
  "write reviews/YEAR.md, the 通报's body, for the clerk to edit (起草)":
    "起草通报：生成 reviews/YEAR.md 正文，供秘书处编辑",
  "record the 通报's 签发: who signed it and when (its 成文日期)":
    "签发通报：记录签发人和日期（成文日期）",
  "issue the signed 通报: its 文号 and 印发日期 (印发)": "印发已签发的通报：编发文号、记录印发日期",
  "the 文号 (default the next free one of review_number)": "文号（默认按 review_number 取下一个）",
  "the year's 通报 of counterpart consultation, with figures (年度通报, Art. 15)":
    "年度对口联系协商工作情况通报（含统计图表，第15条）",
  "the year": "年份",
  "md | docx | html (default md)": "格式：md | docx | html（默认 md）",
  "record the committee's evaluation of a written reply (满意度评价, Art. 14)":
    "登记专委会对书面答复的评价（满意度，第14条）",
  "the department that replied: id, name or alias": "已答复的部门：代码、名称或别名",
  "date evaluated (default today)": "评价日期（默认今天）",
  "e.g. 发催办函": "备注，如 发催办函",
  "written replies past their due date, most overdue first (逾期未答复, Art. 14)":
    "逾期未答复的成果，逾期最久的在前（第14条）",
  "only this committee's reports": "只列此专委会的成果",
  "also the replies due in the next N days": "同时列出今后 N 天内到期的答复",
  "exit 1 when any reply is overdue (for a daily cron or CI job)":
    "有逾期时退出码为 1（用于定时任务或 CI）",
  "one 催办 notice per department with overdue replies (催办通知, Art. 14)":
    "为每个逾期未答复的部门生成一份催办通知（第14条）",
  "write one file per department (<dept-id>.md or .docx) into this folder":
    "写入此文件夹，每个部门一个文件（<部门代码>.md 或 .docx）",
  "md | docx (default md; docx needs --out)": "格式：md | docx（默认 md；docx 须同时给出 --out）",
  "log a letter chase (催办函, with its number) on every reply listed":
    "在所列的每项答复上记一次发函催办（注明催办函函号）",
  "md | json | csv | docx | xlsx (default md; --json gives json)":
    "格式：md | json | csv | docx | xlsx（默认 md；给出 --json 即为 json）",
  "the annual plan of counterpart consultation (年度对口协商计划, Art. 6)":
    "生成年度对口协商计划（第6条）",
  "write to this file instead of stdout": "写入此文件（而不是标准输出）",
  "also the shortlisted topics (a draft plan during the first quarter)":
    "同时列入已初选的议题（第一季度内的计划草稿）",
  "the plan's 执行情况: activities per form, report, replies; withdrawn topics with their reason":
    "计划执行情况：增列各形式活动次数、成果、答复，并列出已撤销的议题及其原因",
  "JSON Schemas of every record kind, for editors (数据格式的 JSON Schema)":
    "各类记录的 JSON Schema，供编辑器检查",
  "write <kind>.schema.json files into this folder": "写入此文件夹（<类别>.schema.json）",
  "bring records in from documents (导入)": "从文件导入记录",
  "the 一览表 copied from a document → committees/*.yaml (导入对口联系一览表)":
    "导入从文件中复制的一览表，生成 committees/*.yaml",
  "report what would be written, and write nothing": "只报告将写入的内容，不写入",
  "a text file: one row per unit, two tab-separated columns":
    "文本文件：每个单位一行，两列以制表符分隔",
  "the change history of one record, from git, in plain words (修改记录)":
    "某条记录的修改记录（取自 git）",
  "a topic, activity, report id or committee code": "议题、活动、成果编号或专委会代码",
  "a shell completion script: commands, flags, codes and ids (命令补全)":
    "命令补全脚本：补全命令、选项、专委会代码、部门代码和记录编号",
  "bash | zsh | fish | powershell": "所用的 shell：bash | zsh | fish | powershell",
  "public holidays and make-up workdays of each year (节假日安排)": "各年度的节假日和调休上班安排",
  "record that a department is renamed from a date (更名)": "记录部门自某日起更名",
  "the department: id, name, full name or alias": "部门：代码、名称、全称或别名",
  "its new name (as the 一览表 would write it)": "新名称（按一览表的写法）",
  "its new full name (default: the new name, where it had one)":
    "新全称（默认：原有全称的，取新名称）",
  "the day the new name takes effect": "新名称启用的日期",
  "the document that says so (文件名、文号)": "依据的文件（文件名、文号）",
  "record that departments are merged into one (合并)": "记录部门合并",
  "the departments merged: ids, names or aliases": "被合并的部门：代码、名称或别名",
  "the department that carries their work on: existing, or a new name":
    "承接其职责的部门：已有部门，或新设部门的名称",
  "the id of a new department made by the merger": "合并新设部门的代码",
  "the committee of a new department (default: the first's)":
    "新设部门所属专委会（默认：第一个被合并部门的专委会）",
  "the full name of a new department": "新设部门的全称",
  "the day of the merger": "合并的日期",
  "add every new name as a new department, proposing no renames":
    "把所有新名称作为新部门添加，不提示更名或合并",
  "record that a department is abolished (撤销)": "记录部门撤销",
  "the day it ceases": "撤销的日期",
  "the department that takes its work over": "承接其职责的部门",
  "count the open reply deadlines again with the calendars as they are (按节假日安排调整期限)":
    "按现有节假日安排重新计算未完成答复的期限",
  "list the deadlines that would move and write nothing": "只列出将调整的期限，不写入",
  "calendar/<year>.yaml from the State Council's notice as pasted (导入放假通知)":
    "由粘贴的国务院放假通知生成 calendar/<年份>.yaml",
  "the notice: its text, or the HTML of its page": "通知：原文文本，或网页的 HTML",
  "the year (default: from the notice's title)": "年度（默认取自通知标题）",
  "print the calendar and write nothing": "只显示生成的节假日文件，不写入",
  "replace an existing calendar, or write one that does not add up":
    "替换已有的节假日文件，或写入对不上的通知",
  "a year's days off and make-up workdays, month by month (放假安排)":
    "按月列出某年的放假和调休上班日",
  "after a merge: keep both records two clerks gave one id (解决编号冲突)":
    "合并后：两位同志给了同一编号的记录，双方都保留",
  "show what would be done, and do nothing": "只显示将做的处理，不做任何改动",
};

/** The headings of commander's help. */
export const HELP_TITLES_ZH: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};
