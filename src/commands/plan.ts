import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { emit, refuseBinaryToTerminal } from "../cli/emit.js";
import { formatFlag, yearFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { documents } from "../documents/load.js";
import {
  planCsv,
  planDocxTable,
  planTable,
  progressTexts,
  titleNote,
} from "../documents/plan-tables.js";
import { buildIndex } from "../domain/dataset.js";
import { departmentNameOn } from "../domain/department-life.js";
import { msg } from "../domain/diagnostics.js";
import { deepText, markdownCell } from "../domain/neutralise.js";
import { buildPlan, inPlan, type Plan, planDate } from "../domain/plan.js";
import { settingsView } from "../domain/views.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/index.js";
import { label } from "../i18n/labels.js";
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
const PLAN_FORMATS = ["md", "json", "csv", "docx", "xlsx"] as const;

export async function run(opts: PlanOptions, ctx: Ctx) {
  const year = yearFlag("YEAR", opts.year);
  const format = planFormat(ctx, opts);
  const to = {
    out: opts.out,
    format,
    example: `xieshang plan ${year} --format ${format} --out ${ctx.lang === "zh" ? `${year}年度对口协商计划` : `plan-${year}`}.${format}`,
  };
  refuseBinaryToTerminal(ctx, to);
  const loaded = readPlanData(ctx, year, opts.progress === true);
  const { ds } = loaded;
  // an empty plan is still the plan of that year, but the clerk is told why it is empty
  if (!ds.topics.some((t) => inPlan(t.value, year, opts.includeShortlisted === true)))
    ctx.io.stderr.write(
      `${ctx.t(opts.includeShortlisted ? "plan.empty" : "plan.empty-confirmed", { year: String(year) })}\n`,
    );
  // built once: in Chinese for the 公文 and the Markdown plan, else in the clerk's language
  const lang: Lang = format === "docx" || format === "md" ? "zh" : ctx.lang;
  const plan = buildPlan(
    ds,
    year,
    { form: (id) => label("activity", id, lang), source: (id) => label("source", id, lang) },
    { includeShortlisted: opts.includeShortlisted, progress: opts.progress, today: ctx.today },
  );
  emit(ctx, await planText(ctx, loaded, plan, format, opts), to);
}

/** --format, or json with --json; --json with another --format is a contradiction. */
function planFormat(ctx: Ctx, opts: PlanOptions): (typeof PLAN_FORMATS)[number] {
  const format =
    opts.format === undefined
      ? ctx.json
        ? "json"
        : "md"
      : formatFlag("--format", opts.format, PLAN_FORMATS);
  if (ctx.json && format !== "json")
    throw new UsageError(msg("err.json-format", { format }), [msg("err.json-format.hint", {})]);
  return format;
}

/** The plan of a year draws on its topics; its progress, on every activity and report. */
function readPlanData(ctx: Ctx, year: number, progress: boolean) {
  const parts = progress
    ? (["topics", "activities", "reports", "calendar"] as const)
    : (["topics"] as const);
  const loaded = ctx.load(parts);
  requireReadable(
    ctx,
    (file) => drawsOn(["topics"], year)(file) || (progress && drawsOn(parts)(file)),
  );
  return loaded;
}

/** The plan in one format: the bytes of a document or the text. */
async function planText(
  ctx: Ctx,
  loaded: ReturnType<Ctx["load"]>,
  plan: Plan,
  format: (typeof PLAN_FORMATS)[number],
  opts: PlanOptions,
): Promise<string | Uint8Array> {
  const progress = opts.progress === true;
  const year = plan.year;
  // same data, same bytes: the document's date is the plan's year, never today
  const stamp = `${year}-01-01`;
  // a plan with topics not yet confirmed is a draft, and says so (Art. 6)
  const draft = opts.includeShortlisted && !progress ? "（草案）" : "";
  const title = `${loaded.ds.settings?.value.body ?? ""}${year}年度对口协商计划${progress ? "执行情况" : ""}${draft}`;
  switch (format) {
    case "docx":
      return (await documents()).tableDocx({ title, ...planDocxTable(plan, progress), stamp });
    case "xlsx":
      return (await documents()).tableXlsx({
        sheet: `${year}${progress ? "执行情况" : "计划"}`,
        ...planTable(plan, ctx.lang, progress),
        stamp,
      });
    case "json":
      return `${JSON.stringify(plan, null, 2)}\n`;
    case "csv":
      return planCsv(plan, ctx.lang, progress);
    default:
      return planMarkdown(ctx, loaded, plan, opts);
  }
}

/** The Markdown plan, from its template (docs/templates.md). */
function planMarkdown(
  ctx: Ctx,
  loaded: ReturnType<Ctx["load"]>,
  plan: Plan,
  opts: PlanOptions,
): Promise<string> {
  const { ds } = loaded;
  const index = buildIndex(ds);
  // every value is in a cell of a Markdown table: a | of a title must not split it
  const committees = deepText(
    plan.committees.map((c) => ({
      ...c,
      topics: c.topics.map((t) => ({
        ...t,
        title_note: titleNote(t),
        ...(opts.progress ? progressTexts(t) : {}),
      })),
    })),
    markdownCell,
  );
  return render(
    loaded.dir,
    "annual-plan.md.hbs",
    {
      body: settingsView(ds.settings?.value),
      today: ctx.today,
      year: plan.year,
      committees,
      include_shortlisted: Boolean(opts.includeShortlisted),
      progress: Boolean(opts.progress),
    },
    {
      lang: "zh",
      departmentName: (d) => departmentNameOn(index, d, planDate(plan.year, ctx.today)),
      personName: (p) => p,
    },
  );
}
