import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { yearFlag } from "../cli/inputs.js";
import { printJson } from "../cli/render/json.js";
import { printTable, wrapProse } from "../cli/render/table.js";
import { buildIndex, type Dataset } from "../domain/dataset.js";
import { terminalText as shown } from "../domain/neutralise.js";
import { computeStatus, type Status } from "../domain/status.js";
import {
  ACTIVITY_TYPES,
  REPORT_STATUSES,
  SATISFACTION,
  TOPIC_STATUSES,
} from "../domain/vocabulary.js";
import { validateAll } from "../store/check.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("status")
    .description("the dashboard: where each committee stands in a year (工作进展)")
    .option("--year <year>", "the year (default: this year)")
    .addHelpText(
      "after",
      `
Per committee in 一览表 order: topics of the plan year by status, activities of the year by
form, reports by status, written replies on time / late / pending / overdue, counterparts
no activity of the year reached (Art. 4) and missing liaison officers (Art. 16); totals;
while next year's topics are being collected, where that stands; the data check.

Examples:
  $ xieshang status
  $ xieshang status --year 2026 --as-of 2026-12-31
  $ xieshang status --json | jq '.totals.replies'`,
    )
    .action(async (opts: { year?: string }, cmd: Command) => run(opts, env.ctx(cmd)));
}

type Totals = Status["totals"];
type Row = Status["committees"][number];

export async function run(opts: { year?: string }, ctx: Ctx) {
  const year =
    opts.year === undefined ? Number(ctx.today.slice(0, 4)) : yearFlag("--year", opts.year);
  const loaded = ctx.load();
  const status = computeStatus(loaded.ds, year, ctx.today);
  if (ctx.json) return printJson(ctx, status);

  const { t } = ctx;
  const body = loaded.ds.settings?.value.body ?? "";
  // piped, the dashboard is its rows only (tab-separated, for scripts); the title, legend
  // and lists around them are for a person at a terminal
  const tty = ctx.io.stdoutIsTTY;
  if (tty)
    ctx.io.stdout.write(
      `${ctx.color.out.bold(t("status.title", { body, year: String(year), today: ctx.today }))}\n`,
    );
  const slash = (values: number[]) => values.join("/");
  const cells = (r: Row | Totals, idle: number, missing: number) => [
    slash(TOPIC_STATUSES.map((s) => r.topics[s])),
    `${r.activities.total} (${slash(ACTIVITY_TYPES.map((a) => r.activities[a]))})`,
    slash(REPORT_STATUSES.map((s) => r.reports[s])),
    slash([r.replies.on_time, r.replies.late, r.replies.pending, r.replies.overdue]),
    `${slash(SATISFACTION.map((s) => r.evaluations.handling[s]))} ${slash(SATISFACTION.map((s) => r.evaluations.result[s]))}`,
    `${idle}/${r.counterparts}`,
    missing,
  ];
  printTable(
    ctx,
    [
      t("h.committee"),
      t("h.topics"),
      t("h.activities"),
      t("h.reports"),
      t("h.replies"),
      t("h.evaluations"),
      t("h.idle"),
      t("h.missing-liaisons"),
    ],
    [
      ...status.committees.map((c) => [
        c.name,
        ...cells(c, c.idle_counterparts.length, c.missing_liaisons.length),
      ]),
      [
        t("status.total"),
        ...cells(status.totals, status.totals.idle_counterparts, status.totals.missing_liaisons),
      ],
    ],
    // at 80 columns the evaluations give way first (they are in --json and report show)
    { columns: { 0: { wrap: true, min: 10 }, 5: { drop: 1 } } },
  );
  if (tty) printAround(ctx, status, loaded.ds, year);
  const all = validateAll(loaded, ctx.today);
  const errors = all.filter((d) => d.severity === "error").length;
  ctx.io.stderr.write(
    `${t("status.problems", { errors: String(errors), warnings: String(all.length - errors) })}\n`,
  );
}

/** The legend, the counterparts no activity reached and the topic collection, on a terminal. */
function printAround(ctx: Ctx, status: Status, ds: Dataset, year: number) {
  const { t } = ctx;
  ctx.io.stdout.write(`${ctx.color.out.dim(wrapProse(ctx, t("status.legend")))}\n`);

  const index = buildIndex(ds);
  const names = (ids: string[]) => {
    const shown = ids.slice(0, 8).map((id) => index.departments.get(id)?.department.name ?? id);
    return (
      shown.join(ctx.lang === "zh" ? "、" : ", ") +
      (ids.length > 8 ? t("status.and-more", { count: String(ids.length) }) : "")
    );
  };
  const idle = status.committees.filter((c) => c.idle_counterparts.length > 0);
  if (idle.length > 0) {
    ctx.io.stdout.write(
      `\n${ctx.color.out.bold(t("status.idle-title", { year: String(year) }))}\n`,
    );
    for (const c of idle)
      ctx.io.stdout.write(
        `${wrapProse(ctx, shown(`  ${c.name}：${names(c.idle_counterparts)}`), 4)}\n`,
      );
  }
  if (status.collection) {
    const c = status.collection;
    ctx.io.stdout.write(
      `\n${t("status.collection", { year: String(c.year), proposed: String(c.proposed), shortlisted: String(c.shortlisted) })}\n`,
    );
  }
}
