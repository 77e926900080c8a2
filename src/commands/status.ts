import type { Command } from "commander";
import type { Ctx } from "../cli/context.js";
import { UsageError } from "../cli/errors.js";
import type { CommandEnv } from "../cli/program.js";
import { printJson } from "../cli/render/json.js";
import { printTable } from "../cli/render/table.js";
import { msg } from "../domain/diagnostics.js";
import { REPORT_STATUSES, TOPIC_STATUSES } from "../domain/schemas/common.js";
import { computeStatus, type StatusRow } from "../domain/status.js";
import { validateAll } from "../store/check.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("status")
    .description("the dashboard: where each committee stands this year (工作进展)")
    .option("--year <year>", "plan year (default: this year)")
    .addHelpText(
      "after",
      `
Per committee: counterparts, missing liaisons, topics by status, activities, reports by
status, written replies received and owed; then totals and the data check.

Examples:
  $ xieshang status
  $ xieshang status --year 2026
  $ xieshang status --json | jq '.totals'`,
    )
    .action(async (opts: { year?: string }, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: { year?: string }, ctx: Ctx) {
  let year = Number(ctx.today.slice(0, 4));
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year))
      throw new UsageError(msg("err.usage", { detail: `--year: ${opts.year}` }));
    year = Number(opts.year);
  }
  const loaded = ctx.load();
  const status = computeStatus(loaded.ds, year, ctx.today);
  if (ctx.json) return printJson(ctx, status);

  const body = loaded.ds.settings?.value.body ?? "";
  ctx.io.stdout.write(
    `${ctx.color.out.bold(ctx.t("status.title", { body, year: String(year), today: ctx.today }))}\n`,
  );
  const cells = (r: StatusRow) => [
    r.counterparts,
    r.missing_liaisons,
    TOPIC_STATUSES.map((s) => r.topics[s]).join("/"),
    r.activities,
    REPORT_STATUSES.map((s) => r.reports[s]).join("/"),
    ctx.t("status.replies-cell", {
      received: String(r.replies.received),
      pending: String(r.replies.pending),
    }),
  ];
  printTable(
    ctx,
    [
      ctx.t("h.committee"),
      ctx.t("h.counterparts"),
      ctx.t("h.missing-liaisons"),
      ctx.t("h.topics"),
      ctx.t("h.activities"),
      ctx.t("h.reports"),
      ctx.t("h.replies"),
    ],
    [
      ...status.committees.map((c) => [c.name, ...cells(c)]),
      [ctx.t("status.total"), ...cells(status.totals)],
    ],
  );
  if (ctx.io.stdoutIsTTY) ctx.io.stdout.write(`${ctx.color.out.dim(ctx.t("status.legend"))}\n`);
  if (status.collection) {
    const c = status.collection;
    ctx.io.stdout.write(
      `${ctx.t("status.collection", { year: String(c.year), proposed: String(c.proposed), shortlisted: String(c.shortlisted) })}\n`,
    );
  }
  const all = validateAll(loaded, ctx.today);
  const errors = all.filter((d) => d.severity === "error").length;
  ctx.io.stderr.write(
    `${ctx.t("status.problems", { errors: String(errors), warnings: String(all.length - errors) })}\n`,
  );
}
