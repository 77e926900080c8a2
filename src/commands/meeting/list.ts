import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { choiceFlag, yearFlag } from "../../cli/inputs.js";
import { requireCommittee } from "../../cli/refs.js";
import { jsonOrNone } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { byDate } from "../../domain/dataset.js";
import { label } from "../../i18n/labels.js";

export interface MeetingListOptions {
  year?: string;
  committee?: string;
  topic?: string;
  type?: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("list")
    .description("activities, by date (活动列表)")
    .option("--year <year>", "year of the date")
    .option("--committee <code>", "committee: code, name or alias")
    .option("--topic <id>", "only the activities of this topic")
    .option("--type <type>", "only this form of activity")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang meeting list --year 2026 --committee jj
  $ xieshang meeting list --topic 2026-jj-01
  $ xieshang meeting list --type consultation --json`,
    )
    .action(async (opts: MeetingListOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: MeetingListOptions, ctx: Ctx) {
  const year = opts.year === undefined ? undefined : yearFlag("--year", opts.year);
  const type = opts.type ? choiceFlag("activity", "--type", opts.type, ctx) : undefined;
  const committee = opts.committee ? requireCommittee(ctx, opts.committee).value.code : undefined;
  const { ds } = ctx.load(["activities"]);
  const list = ds.activities
    .map((r) => r.value)
    .filter(
      (a) =>
        (year === undefined || a.date.startsWith(`${year}-`)) &&
        (!committee || a.committee === committee) &&
        (!opts.topic || a.topic === opts.topic) &&
        (!type || a.type === type),
    )
    .sort(byDate);
  if (jsonOrNone(ctx, list, "meeting.none")) return;
  printTable(
    ctx,
    [ctx.t("h.id"), ctx.t("h.kind"), ctx.t("h.title"), ctx.t("h.topics"), ctx.t("h.opinions")],
    list.map((a) => [
      a.id,
      label("activity", a.type, ctx.lang),
      a.title,
      a.topic ?? "—",
      a.opinions?.length ?? 0,
    ]),
    { columns: { 2: { wrap: true } } },
  );
}
