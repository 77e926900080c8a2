import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { formatFlag, yearFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { documents } from "../documents/load.js";
import { buildIndex } from "../domain/dataset.js";
import { chineseDate } from "../domain/dates.js";
import { msg } from "../domain/diagnostics.js";
import { buildPlan, inPlan, type Plan, type PlanLabels, type PlanTopic } from "../domain/plan.js";
import { settingsView } from "../domain/views.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/index.js";
import { label } from "../i18n/labels.js";
import { writeOutput } from "../store/output.js";
import { chineseSchedule } from "../templates/helpers.js";
import { render } from "../templates/render.js";

export interface PlanOptions {
  year: string;
  format?: string;
  out?: string;
  includeShortlisted?: boolean;
  progress?: boolean;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("plan")
    .description("the annual plan of counterpart consultation (年度对口协商计划, Art. 6)")
    .argument("<year>", "plan year")
    .option("--format <format>", "md | json | csv | docx | xlsx (default md; --json gives json)")
    .option("--out <file>", "write to this file instead of stdout")
    .option(
      "--include-shortlisted",
      "also the shortlisted topics (a draft plan during the first quarter)",
    )
    .option(
      "--progress",
      "the plan's 执行情况: activities per form, report, replies; withdrawn topics with their reason",
    )
    .addHelpText(
      "after",
      `
The confirmed (and concluded) topics of the year, per committee in 一览表 order: 序号,
协商议题, 牵头专委会, 对口部门 (and invited), 协商形式, 时间安排, 议题来源. The same data
always gives the same bytes, so a script can regenerate and commit it. The Markdown comes
from templates/annual-plan.md.hbs; the CSV is UTF-8 with a BOM and CRLF, for Excel and WPS;
the .xlsx has the CSV's columns with the header row frozen; the .docx is a landscape
table laid out as a 公文 (GB/T 9704) for the 主席会议. --progress turns any of them into
the plan's 执行情况, withdrawn topics included with their reason.

Examples:
  $ xieshang plan 2027 --out 2027年度对口协商计划.md
  $ xieshang plan 2027 --include-shortlisted --format csv --out plan.csv
  $ xieshang plan 2026 --progress
  $ xieshang plan 2027 --format docx --out 2027年度对口协商计划.docx
  $ xieshang plan 2027 --format xlsx --out plan.xlsx
  $ xieshang plan 2027 --format json | jq '.committees[].topics[].title'`,
    )
    .action(async (year: string, opts: Omit<PlanOptions, "year">, cmd: Command) =>
      run({ year, ...opts }, env.ctx(cmd)),
    );
}

/** RFC 4180 quoting: a field with a comma, quote or line break goes in double quotes. */
function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEAD: Record<Lang, string[]> = {
  zh: [
    "专委会代码",
    "序号",
    "议题编号",
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
    "committee code",
    "no",
    "id",
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
  const head = [...CSV_HEAD[lang], ...(progress ? PROGRESS_HEAD[lang] : [])];
  const rows: string[][] = [];
  for (const c of plan.committees) {
    c.topics.forEach((t, i) => {
      const p = progress ? progressTexts(t, lang) : undefined;
      rows.push([
        c.code,
        String(i + 1),
        t.id,
        t.title,
        c.name,
        t.department_names.join(sep),
        t.invited_names.join(sep),
        t.form_labels.join(sep),
        schedule(t, lang),
        t.source_label,
        label("topicStatus", t.status, lang),
        ...(p ? [p.progress_text, p.report_text, p.replies_text, t.withdrawn?.reason ?? ""] : []),
      ]);
    });
  }
  return { head, rows };
}

export function planCsv(plan: Plan, lang: Lang, progress = false): string {
  const { head, rows } = planTable(plan, lang, progress);
  return `\uFEFF${[head, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The table of the plan as the 主席会议 reads it (the .docx): running 序号, invited beside the departments. */
function planDocxTable(plan: Plan, progress: boolean) {
  const head = [
    "序号",
    "协商议题",
    "牵头专委会",
    "对口部门",
    "协商形式",
    "时间安排",
    "议题来源",
    ...(progress ? PROGRESS_HEAD.zh.slice(0, 3) : []),
  ];
  const rows: string[][] = [];
  for (const c of plan.committees)
    for (const t of c.topics) {
      const p = progress ? progressTexts(t, "zh") : undefined;
      rows.push([
        String(rows.length + 1),
        t.title + titleNote(t),
        c.name,
        t.department_names.join("、") +
          (t.invited_names.length ? `（邀请：${t.invited_names.join("、")}）` : ""),
        t.form_labels.join("、"),
        schedule(t, "zh"),
        t.source_label,
        ...(p ? [p.progress_text, p.report_text, p.replies_text] : []),
      ]);
    }
  return { head, rows };
}

/** What a title is followed by: （初选） for a shortlisted topic, （已撤销：reason） for a withdrawn one. */
function titleNote(t: PlanTopic): string {
  if (t.status === "shortlisted") return "（初选）";
  if (t.withdrawn)
    return `（已撤销${t.withdrawn.on ? `，${chineseDate(t.withdrawn.on)}` : ""}${t.withdrawn.reason ? `：${t.withdrawn.reason}` : ""}）`;
  return "";
}

function progressTexts(t: PlanTopic, lang: Lang = "zh") {
  const p = t.progress!;
  const zh = lang === "zh";
  const activities = Object.entries(p.activities)
    .map(([form, n]) =>
      zh ? `${label("activity", form, "zh")}${n}次` : `${label("activity", form, "en")} ×${n}`,
    )
    .join(zh ? "、" : "; ");
  const report = p.report
    ? p.report.status === "issued"
      ? zh
        ? `${p.report.doc_no ?? p.report.id}（${p.report.issued_on ? chineseDate(p.report.issued_on) : ""}印发）`
        : `${p.report.doc_no ?? p.report.id} (issued ${p.report.issued_on ?? ""})`
      : label("reportStatus", p.report.status, lang)
    : "—";
  const replies =
    p.report?.status === "issued"
      ? zh
        ? `已复${p.replies.received}、待复${p.replies.owed}`
        : `${p.replies.received} received, ${p.replies.owed} owed`
      : "—";
  return { progress_text: activities || "—", report_text: report, replies_text: replies };
}

const PLAN_FORMATS = ["md", "json", "csv", "docx", "xlsx"] as const;

export async function run(opts: PlanOptions, ctx: Ctx) {
  const year = yearFlag("YEAR", opts.year);
  // --json is the json format; with another --format it is a contradiction, not a guess
  const format =
    opts.format === undefined
      ? ctx.json
        ? "json"
        : "md"
      : formatFlag("--format", opts.format, PLAN_FORMATS);
  if (ctx.json && format !== "json")
    throw new UsageError(msg("err.json-format", { format }), [msg("err.json-format.hint", {})]);
  const parts = opts.progress
    ? (["topics", "activities", "reports"] as const)
    : (["topics"] as const);
  const loaded = ctx.load(parts);
  // the plan of a year draws on its topics; its progress, on every activity and report
  requireReadable(
    ctx,
    (file) => drawsOn(["topics"], year)(file) || (opts.progress === true && drawsOn(parts)(file)),
  );
  const { ds } = loaded;
  const labelsIn = (lang: Lang): PlanLabels => ({
    form: (id) => label("activity", id, lang),
    source: (id) => label("source", id, lang),
  });
  // an empty plan is still the plan of that year, but the clerk is told why it is empty
  if (!ds.topics.some((t) => inPlan(t.value, year, opts.includeShortlisted === true)))
    ctx.io.stderr.write(
      `${ctx.t(opts.includeShortlisted ? "plan.empty" : "plan.empty-confirmed", { year: String(year) })}\n`,
    );
  let text: string | Uint8Array;
  const title = `${ds.settings?.value.body ?? ""}${year}年度对口协商计划${opts.progress ? "执行情况" : ""}`;
  if (format === "docx" || format === "xlsx") {
    if (!opts.out || opts.out === "-") {
      if (ctx.io.stdoutIsTTY)
        throw new UsageError(msg("out.binary-to-terminal", { format }), [
          msg("out.binary-to-terminal.hint", { year: String(year), format }),
        ]);
    }
    const plan = buildPlan(ds, year, labelsIn("zh"), {
      includeShortlisted: opts.includeShortlisted,
      progress: opts.progress,
    });
    // same data, same bytes: the document's date is the plan's year, never today
    const stamp = `${year}-01-01`;
    const writers = await documents();
    text =
      format === "docx"
        ? await writers.tableDocx({
            title,
            ...planDocxTable(plan, opts.progress === true),
            stamp,
          })
        : await writers.tableXlsx({
            sheet: `${year}${opts.progress ? "执行情况" : "计划"}`,
            ...planTable(
              buildPlan(ds, year, labelsIn(ctx.lang), {
                includeShortlisted: opts.includeShortlisted,
                progress: opts.progress,
              }),
              ctx.lang,
              opts.progress === true,
            ),
            stamp,
          });
  } else if (format === "json") {
    text = `${JSON.stringify(buildPlan(ds, year, labelsIn(ctx.lang), { includeShortlisted: opts.includeShortlisted, progress: opts.progress }), null, 2)}\n`;
  } else if (format === "csv") {
    text = planCsv(
      buildPlan(ds, year, labelsIn(ctx.lang), {
        includeShortlisted: opts.includeShortlisted,
        progress: opts.progress,
      }),
      ctx.lang,
      opts.progress === true,
    );
  } else {
    const plan = buildPlan(ds, year, labelsIn("zh"), {
      includeShortlisted: opts.includeShortlisted,
      progress: opts.progress,
    });
    const index = buildIndex(ds);
    const committees = plan.committees.map((c) => ({
      ...c,
      topics: c.topics.map((t) => ({
        ...t,
        title_note: titleNote(t),
        ...(opts.progress ? progressTexts(t) : {}),
      })),
    }));
    text = await render(
      loaded.dir,
      "annual-plan.md.hbs",
      {
        body: settingsView(ds.settings?.value),
        today: ctx.today,
        year,
        committees,
        include_shortlisted: Boolean(opts.includeShortlisted),
        progress: Boolean(opts.progress),
      },
      {
        lang: "zh",
        departmentName: (d) => index.departments.get(d)?.department.name ?? d,
        personName: (p) => p,
      },
    );
  }
  if (opts.out && opts.out !== "-") {
    const file = path.resolve(ctx.io.cwd, opts.out);
    writeOutput(file, text, ctx.fs);
    ctx.io.stderr.write(`${ctx.t("remind.wrote", { file })}\n`);
    return;
  }
  ctx.io.stdout.write(text);
}
