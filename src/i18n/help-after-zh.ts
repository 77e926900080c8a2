/**
 * The Chinese of the paragraphs and examples under each command's help, keyed by the
 * command's path (the English beside each command is the source; a test checks that
 * every command with such a text has its Chinese here, and that no English is left).
 */
export const HELP_AFTER_ZH: Record<string, string> = {
  "": `
示例：
  $ xieshang status                      本年度工作进展
  $ xieshang validate                    检查全部记录（可用作提交前检查）
  $ xieshang committee list              一览表中的 8 个单位
  $ xieshang department show 发改委       按代码、名称或别名查看部门
  $ xieshang validate --json --data ./data

退出码：0 完成 · 1 数据有错误或写入被拒绝 · 2 用法错误 · 3 环境问题`,
  init: `
建立 xieshang.yaml、committees/（除非给出 --empty，否则为随附一览表中的 8 个单位）、
.gitattributes 和一份给秘书处的说明；文件夹不在 git 仓库中时执行 git init 并做首次提交；
安装提交前检查（pre-commit，运行 xieshang validate）。不是数据目录的非空文件夹会被拒绝；
对已有的数据目录只确认提交前检查已安装。

示例：
  $ xieshang init ./xieshang-data
  $ xieshang init --empty ./another-body
  $ cd records && xieshang init`,
  validate: `
一次列出全部问题：文件:行:列、严重程度、[规则]、问题和提示。

示例：
  $ xieshang validate
  $ xieshang validate --strict          警告也视为不通过（用于 CI）
  $ xieshang validate --json | jq .errors
  $ xieshang validate --as-of 2027-03-31 --lang en
  $ xieshang validate --brief           只列错误，警告只给总数

退出码：0 无错误 · 1 有错误（或 --strict 时有警告） · 3 找不到数据目录`,
  status: `
按一览表顺序列出各专委会：计划年度议题的各状态数、本年度各形式活动数、各状态成果数、
书面答复的按期 / 逾期答复 / 待复 / 逾期未复数、本年度没有开展活动的对口部门（第4条）、
缺少联络员的单位和部门（第16条），以及合计；下一年度议题征集期间显示征集进展；最后是数据检查结果。
在管道中只输出各行数据（以制表符分隔），供脚本使用。

示例：
  $ xieshang status
  $ xieshang status --year 2026 --as-of 2026-12-31
  $ xieshang status --json | jq '.totals.replies'`,
  "committee list": `
示例：
  $ xieshang committee list
  $ xieshang committee list --json | jq '.[].code'`,
  "committee show": `
示例：
  $ xieshang committee show jj
  $ xieshang committee show 经济委员会
  $ xieshang committee show jj --json`,
  "department list": `
示例：
  $ xieshang department list
  $ xieshang department list --committee jj
  $ xieshang department list --json | jq -r '.[] | select(.liaison == null) | .name'`,
  "department show": `
示例：
  $ xieshang department show fgw
  $ xieshang department show 市发改委
  $ xieshang department show 鄂尔多斯市发展和改革委员会 --json

名称对应多个部门时不做猜测，列出各候选（退出码 2）。`,
  "topic propose": `
缺少必需的选项时，在终端中逐项询问（从列表中选择），并在写入前显示摘要请确认；
没有终端（或给出 --no-input）时以退出码 2 结束，列出缺少的全部选项。

示例：
  $ xieshang topic propose --committee jj --title 关于优化营商环境的对口协商 \\
      --departments 市发改委,政务服务局 --source department --proposer 市发改委 \\
      --category resources --forms research,consultation --schedule 2027年二季度
  $ xieshang topic propose --committee 农牧委员会 --departments slj --invited fgw \\
      --title 关于… --source 委员群众提题 --category public_concern --on 2026年9月20日
  $ xieshang topic propose                 # 在终端中逐项询问`,
  "topic list": `
示例：
  $ xieshang topic list --year 2027
  $ xieshang topic list --committee jj --status confirmed
  $ xieshang topic list --year 2027 --json | jq -r '.[].id'`,
  "topic shortlist": TOPIC_MOVE(
    `  $ xieshang topic shortlist 2027-jj-01 2027-jj-02 --on 2026-12-10`,
  ),
  "topic confirm": TOPIC_MOVE(
    `  $ xieshang topic confirm 2027-jj-01 --on 2027-02-20\n  $ xieshang topic confirm 2027-jj-01 2027-nm-01`,
  ),
  "topic conclude": TOPIC_MOVE(`  $ xieshang topic conclude 2027-jj-01 --on 2027-11-30`),
  "topic withdraw": TOPIC_MOVE(
    `  $ xieshang topic withdraw 2027-ta-01 --reason "并入年度重点提案督办"`,
  ),
  "meeting record": `
协商会议应记录出席的市政协领导和部门负责同志（第12条）：在终端中会询问；缺少时仍可写入，
但会给出 meeting-participants 警告。参加的部门应是本专委会的对口部门，或列为邀请部门（第4条）。

示例：
  $ xieshang meeting record --type consultation --topic 2027-jj-03 --date 2027-05-12 \\
      --title 优化营商环境对口协商会 --leaders 王某某 --heads "张某（市发改委主任）" \\
      --opinion "建立涉企检查统筹机制——委员甲" --opinion "推行首次轻微违法免罚清单——委员乙"
  $ xieshang meeting record --type attend --committee jj --departments fgw \\
      --title 列席市发改委年度工作会议 --date 2027-01-15`,
  "meeting list": `
示例：
  $ xieshang meeting list --year 2026 --committee jj
  $ xieshang meeting list --topic 2026-jj-01
  $ xieshang meeting list --type consultation --json`,
  "report draft": `
正文由 templates/outcome-report.md.hbs 生成（数据目录中有自己的模板时用它）：标题、主送、
一、基本情况（议题及其活动）、二、存在的问题、三、意见建议（按活动列出记录的全部意见）、
署名和成文日期。模板出错时指出模板文件和行号，不写入任何内容。

示例：
  $ xieshang report draft 2027-jj-03
  $ xieshang report draft 2027-jj-03 --title 关于持续优化营商环境的协商意见 --on 2027-06-01
  $ xieshang report draft --kind research --committee jj --title 关于民营企业融资情况的调研报告`,
  "report sign": `
只有本专委会的分管副主席或秘书长可以签发，其他人以 signer 规则拒绝（退出码 1）；只签发草稿。
在终端中未给出 --by 时，从有权签发的人员中选择。

示例：
  $ xieshang report sign 2027-jj-r01 --by wang-vc
  $ xieshang report sign 2027-jj-r01 --by 王某某 --on 2027-06-05`,
  "report issue": `
确定发文字号（xieshang.yaml 的 doc_number，取本专委会本年度下一个序号）、主送部门，并按
reply_within 计算答复期限（Nd 为自然日，遇周末和节假日顺延；Nwd 为工作日），节假日取自
calendar/<年份>.yaml。文号同时填入成果正文（.md），印发稿按 GB/T 9704 排成公文存于记录旁
（reports/<年份>/<编号>.docx，加 --commit 时一并提交）。只印发已签发的成果；写入后列出所分配的内容。

示例：
  $ xieshang report issue 2027-jj-r01 --to fgw,zwfw,scjg --leaders 市长,常务副市长
  $ xieshang report issue 2027-jj-r01 --doc-no 鄂政协经〔2027〕3号 --on 2027-06-08`,
  "report export": `
按 GB/T 9704-2012 把成果正文（.md，以秘书处修改后的为准）排成公文：A4，版心 156×225 mm，每面
22 行、每行 28 字；红色发文机关标志和分隔线、发文字号、标题、主送（印发时的主送部门，用全称）、
正文、署名、成文日期（签发日期）、页码“— N —”，末页版记（抄报市有关领导、印发机关和印发日期）。
同样的记录和正文总是得到逐字节相同的文件。report issue 会把印发稿存为 reports/<年份>/<编号>.docx。

示例：
  $ xieshang report export 2026-jj-r01
  $ xieshang report export 2026-jj-r01 --out 协商意见.docx
  $ xieshang report export 2026-jj-r01 --format md --out -`,
  "report list": `
示例：
  $ xieshang report list --year 2026
  $ xieshang report list --status issued --committee jj
  $ xieshang report list --json | jq '.[] | select(.status == "draft") | .id'`,
  "report show": `
截至今天（--as-of），各主送部门为：按期答复、逾期答复、已延期、待复或逾期未复。并说明答复期限
的由来：规则（reply_within），以及计入的 calendar/<年份>.yaml 中的节假日和调休上班日。

示例：
  $ xieshang report show 2026-jj-r01
  $ xieshang report show 2026-nm-r01 --as-of 2026-12-31 --json`,
  "reply record": `
答复部门应是主送部门，日期不早于印发日期；答复类别应是 answer_categories 中的键。没有文号的
答复可以写入，但会给出警告（第14条：书面答复）。在终端中未给出 --from 时，从尚未答复的部门中
选择，并询问收到日期、文号、答复要点和类别。

示例：
  $ xieshang reply record 2027-jj-r01 --from fgw --on 2027-07-01 \\
      --doc-no 鄂发改函〔2027〕88号 --summary 已制定涉企检查统筹办法 --category B`,
  "reply extend": `
示例：
  $ xieshang reply extend 2027-jj-r01 --dept zwfw --until 2027-08-15 --reason 需会同测算`,
  "reply rate": `
只评价已书面答复的部门：对办理过程和办理结果分别评为满意、基本满意或不满意。可以只给其中一项；
再次评价时替换所给的那一项。status 按专委会统计评价，report show 显示评价，review 写入年度通报。

示例：
  $ xieshang reply rate 2026-jj-r01 --dept fgw --handling 满意 --result 基本满意
  $ xieshang reply rate 2026-jj-r01 --dept scjg --result 不满意 --on 2026-07-20`,
  "reply chase": `
示例：
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method 电话 --note 电话催办
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method 发函 --on 2027-07-20`,
  overdue: `
截至今天（--as-of、$XIESHANG_TODAY），考虑延期：当天到期的答复还不算逾期。每行列出部门的
联络员和最近一次催办。--json 输出各项的 report、doc_no、title、committee、department、
department_name、liaison、issued_on、due_on、days_overdue、last_chase；即将到期的
（--within）days_overdue 为 0 或负数。

示例：
  $ xieshang overdue
  $ xieshang overdue --within 7 --committee jj
  $ xieshang overdue --check --no-color || mail -s 逾期答复 clerk@example.org`,
  remind: `
由 templates/reminder.md.hbs 生成（数据目录中有自己的模板时用它）：致该部门，列出每份逾期
成果的文号、印发日期、答复期限和逾期天数，由专委会署名，日期为今天。没有逾期的部门不生成。
--format docx 按 GB/T 9704 的信函格式排成公文。--record 在所列的每项答复上记一次“发函”催办
（日期为今天，注明函号：取 xieshang.yaml 的 letter_number，如 鄂政协{doc_code}函〔{year}〕{n}号），
下次催办函会写明此前已催办。

示例：
  $ xieshang remind
  $ xieshang remind --out ./催办 --as-of 2026-12-01
  $ xieshang remind --format docx --out ./催办 --record`,
  plan: `
本年度已确定（和已完成）的议题，按一览表顺序分专委会列出：序号、协商议题、牵头专委会、对口部门
（及邀请部门）、协商形式、时间安排、议题来源。同样的数据总是得到同样的字节，脚本可以重新生成
并提交。Markdown 由 templates/annual-plan.md.hbs 生成；CSV 为带 BOM 的 UTF-8、CRLF 换行，
供 Excel 和 WPS 打开；.xlsx 与 CSV 同列，首行冻结；.docx 为按 GB/T 9704 排版的横向表格，供主席
会议使用。--progress 把任一格式变为计划执行情况，已撤销的议题连同撤销原因一并列出。

示例：
  $ xieshang plan 2027 --out 2027年度对口协商计划.md
  $ xieshang plan 2027 --include-shortlisted --format csv --out plan.csv
  $ xieshang plan 2026 --progress
  $ xieshang plan 2027 --format docx --out 2027年度对口协商计划.docx
  $ xieshang plan 2027 --format xlsx --out plan.xlsx
  $ xieshang plan 2027 --json | jq '.committees[].topics[].title'`,
  review: `
办公室的《关于YEAR年度市政协专门委员会对口联系协商工作情况的通报》（标志、文号、署名均为办公室），
由记录生成，统计截至当年12月31日：一、总体情况（确定的议题——确定后撤销的写明——、按形式分的活动、
按类别分的印发材料、答复、评价，上年有记录时写明增减），附两幅统计图；二、主要成效，取自记录的事实；
三、各专门委员会开展情况；四、存在的问题，各对照《办法》的条款；五、下一步工作，由秘书处填写。
通报与成果一样有其办理过程：review draft 生成 reviews/YEAR.md 供编辑；review sign 记录签发（成文日期）；
review issue 编发文号（review_number，默认 鄂政协办发〔{year}〕{n}号）。起草之后，review YEAR 按编辑后的
正文生成。主送各专门委员会，抄送市委办公室、市政府办公室。

示例：
  $ xieshang review 2026
  $ xieshang review draft 2026
  $ xieshang review sign 2026 --by zhou-sg --on 2027-01-15
  $ xieshang review issue 2026 --on 2027-01-18
  $ xieshang review 2026 --format docx --out 2026年度对口联系协商工作情况通报.docx
  $ xieshang review 2026 --format html --out 通报.html`,
  "review show": `
示例：
  $ xieshang review 2026 --format docx --out 通报.docx`,
  "review draft": `
示例：
  $ xieshang review draft 2026`,
  "review sign": `
示例：
  $ xieshang review sign 2026 --by zhou-sg --on 2027-01-15`,
  "review issue": `
示例：
  $ xieshang review issue 2026 --on 2027-01-18`,
  schema: `
不给 --out 时输出一个 JSON 文档，含 settings、committee、topic、activity、report、calendar
各类记录的格式。装有 YAML 语言服务的编辑器在记录首行写上如下一行，即可边写边检查：
  # yaml-language-server: $schema=../../schemas/topic.schema.json

示例：
  $ xieshang schema --out schemas
  $ xieshang schema | jq .topic.required`,
  "import liaison-table": `
每行：单位名称、一个制表符、用 、 , 或 ， 分隔的部门，末尾可有声明的个数，如（10个）。
忽略 <p> 等 HTML 标记，跳过表头行。逐项报告不一致之处：声明个数与所列个数不符、个数无法识别、
同一部门在一行中或在两个单位下重复出现。

数据目录中已有的单位和部门保留其代码和字段，从不删除；随附一览表认识的名称沿用其代码；
其他新部门的代码为 <专委会>-<序号>，使用前可以手工改名。

新表中缺少、又与表中某个新名称相近的部门，提示为更名（多个对一个时为合并），并给出记录的命令；
在记录之前或加 --no-propose 之前，不添加该新名称。

示例：
  $ xieshang import liaison-table 一览表.txt --dry-run
  $ xieshang import liaison-table 一览表.txt --commit`,
  "calendar import": `
把《国务院办公厅关于<年份>年部分节假日安排的通知》按网页原样粘贴到文件中（文本或 HTML；星期写作
周四、星期四或不写均可；括号中的农历说明忽略）。每个节日的放假日和补休日记为 holidays，
列在通知原句之下；每个上班日记为 workdays。元旦从上一年 12 月开始时，那几天写入上一年的文件。
导入前对照通知自身检查：共N天与所列天数、上班日是否为周末、同一天是否在两个节日下放假、
日期是否在标题年份内；有对不上的，不加 --force 不写入。已有的节假日文件只在加 --force 时替换，
并列出差异。
同一次写入中，按新的节假日安排重新计算尚待答复的答复期限：列出每项调整（成果、部门、原日期 →
新日期、原因），写入 reply_due，并在 reply_due_basis 中记下；手工确定的日期不改动，
只列出。已印发公文中的日期不变。--dry-run 只列出，不写入。

示例：
  $ xieshang calendar import 2027放假通知.txt --dry-run
  $ xieshang calendar import 2027放假通知.html --commit
  $ xieshang calendar import 通知.txt --year 2027 --force`,
  "calendar apply": `
calendar import 会自动完成这一步。手工修改 calendar/<年份>.yaml 后运行（validate 会以 deadline
规则逐项提醒）：按规则计算、计算时缺少该年节假日文件或文件已变的每个未完成答复期限，重新计算并
写入，调整记在成果的 reply_due_basis 中。手工确定的日期不改动，只列出；已印发公文中的日期不变。

示例：
  $ xieshang calendar apply --dry-run
  $ xieshang calendar apply`,
  "department rename": `
原名称和原全称保留为别名：旧记录和命令仍能找到该部门，更名日期之前的公文仍用原名称。

示例：
  $ xieshang department rename ybjfj --to 国家金融监督管理总局鄂尔多斯监管分局 --on 2023-11-08
  $ xieshang department rename 扶贫办 --to 乡村振兴局 --full-name 鄂尔多斯市乡村振兴局 --on 2021-06-01`,
  "department merge": `
被合并的部门自该日起不再存在（merged-into）；承接部门记下并入了哪些部门。不删除任何记录：
引用原部门的记录保留原代码，合并日期之前的公文仍用原名称。

示例：
  $ xieshang department merge fpb --into nmj --on 2024-03-01
  $ xieshang department merge a b --into 鄂尔多斯市新局 --id xj --on 2025-01-01`,
  "department abolish": `
自该日起不再供选择，新的议题、活动和成果报送拒绝该部门（并指出承接部门），以后的年度不再计入；
仍欠的答复由 validate 提醒。

示例：
  $ xieshang department abolish fpb --on 2021-06-01 --successor nmj
  $ xieshang department abolish bsyh --on 2020-04-30`,
  "calendar show": `
然后列出尚待答复的成果的答复期限所在年份，以及各年是否有节假日文件：没有的年份只算周末。

示例：
  $ xieshang calendar show
  $ xieshang calendar show 2027`,
  resolve: `
对 git 标为双方新建且两边记录不同的每个记录文件：来自远端的记录保留原编号
（它已经共享，别人可能引用了它），本地的记录改用本专委会本年度下一个空闲编号；本地引用它的
活动、成果（以及成果正文 .md）随之改过来；写入并 git add。双方都修改过的同一条记录不在此处
决定：列出并说明怎么做，保持原样。写入前先检查结果；给出 --commit 时完成这次合并。

示例：
  $ git pull                      # 冲突（add/add）：topics/2027/2027-jj-01.yaml
  $ xieshang resolve --dry-run
  $ xieshang resolve --commit`,
  completion: `
脚本补全命令和选项，并从当前文件夹的数据目录补全专委会代码、部门代码、议题和成果编号。

示例：
  $ source <(xieshang completion bash)          # 当前 shell；写入 ~/.bashrc 可长期使用
  $ xieshang completion zsh > ~/.zfunc/_xieshang
  $ xieshang completion fish > ~/.config/fish/completions/xieshang.fish
  $ xieshang completion powershell >> $PROFILE`,
  history: `
逐个列出改动过该记录的提交：日期、作者、命令写下的说明，以及改动的字段（原值 → 新值），
答复、延期和催办以文字说明。

示例：
  $ xieshang history 2027-jj-03
  $ xieshang history 2026-jj-r01 --json`,
};

function TOPIC_MOVE(examples: string): string {
  return `
议题按 已提出 → 已初选 → 已确定 → 已完成 逐步推进，也可撤销；跳步或倒退的操作会被拒绝
（退出码 1），并指出下一步。多个编号一起变动，或都不变动。

示例：
${examples}`;
}
