import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { choiceFlag, yearFlag } from "../../cli/inputs.js";
import { requireCommittee } from "../../cli/refs.js";
import { jsonOrNone } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { byId } from "../../domain/dataset.js";
import { calendarOf } from "../../domain/deadlines.js";
import { recipientStatuses } from "../../domain/replies.js";
import { label } from "../../i18n/labels.js";

export interface ReportListOptions {
  year?: string;
  committee?: string;
  status?: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("list")
    .description("reports, by id, with their replies (成果列表)")
    .option("--year <year>", "year of the report id")
    .option("--committee <code>", "committee: code, name or alias")
    .option("--status <status>", "draft | signed | issued")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang report list --year 2026
  $ xieshang report list --status issued --committee jj
  $ xieshang report list --json | jq '.[] | select(.status == "draft") | .id'`,
    )
    .action(async (opts: ReportListOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: ReportListOptions, ctx: Ctx) {
  const year = opts.year === undefined ? undefined : yearFlag("--year", opts.year);
  const status = opts.status ? choiceFlag("reportStatus", "--status", opts.status, ctx) : undefined;
  const committee = opts.committee ? requireCommittee(ctx, opts.committee).value.code : undefined;
  const { ds } = ctx.load(["reports", "calendar"]);
  const cal = calendarOf(ds);
  const reports = ds.reports
    .map((r) => r.value)
    .filter(
      (r) =>
        (year === undefined || r.id.startsWith(`${year}-`)) &&
        (!committee || r.committee === committee) &&
        (!status || r.status === status),
    )
    .sort(byId);
  if (jsonOrNone(ctx, reports, "report.none")) return;
  printTable(
    ctx,
    [
      ctx.t("h.id"),
      ctx.t("h.status"),
      ctx.t("h.title"),
      ctx.t("h.doc-no"),
      ctx.t("h.due"),
      ctx.t("h.replies"),
    ],
    reports.map((r) => {
      const states = recipientStatuses(r, ctx.today, cal);
      const replied = states.filter((s) => s.received_on).length;
      return [
        r.id,
        label("reportStatus", r.status, ctx.lang),
        r.title,
        r.doc_no ?? "—",
        r.reply_due ?? "—",
        r.status === "issued" ? `${replied}/${states.length}` : "—",
      ];
    }),
    { columns: { 2: { wrap: true } } },
  );
}
