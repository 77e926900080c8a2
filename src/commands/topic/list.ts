import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { choiceFlag, yearFlag } from "../../cli/inputs.js";
import { requireCommittee } from "../../cli/refs.js";
import { jsonOrNone } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { buildIndex, byId } from "../../domain/dataset.js";
import { label } from "../../i18n/labels.js";

export interface TopicListOptions {
  year?: string;
  committee?: string;
  status?: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("list")
    .description("topics, by id (议题列表)")
    .option("--year <year>", "plan year")
    .option("--committee <code>", "leading committee: code, name or alias")
    .option("--status <status>", "proposed | shortlisted | confirmed | concluded | withdrawn")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang topic list --year 2027
  $ xieshang topic list --committee jj --status confirmed
  $ xieshang topic list --year 2027 --json | jq -r '.[].id'`,
    )
    .action(async (opts: TopicListOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: TopicListOptions, ctx: Ctx) {
  const year = opts.year === undefined ? undefined : yearFlag("--year", opts.year);
  const status = opts.status ? choiceFlag("topicStatus", "--status", opts.status, ctx) : undefined;
  const committee = opts.committee ? requireCommittee(ctx, opts.committee).value.code : undefined;
  const { ds } = ctx.load(["topics"]);
  const topics = ds.topics
    .map((r) => r.value)
    .filter(
      (t) =>
        (year === undefined || t.year === year) &&
        (!committee || t.committee === committee) &&
        (!status || t.status === status),
    )
    .sort(byId);
  if (jsonOrNone(ctx, topics, "topic.none")) return;
  const index = buildIndex(ds);
  const name = (id: string) => index.departments.get(id)?.department.name ?? id;
  const sep = ctx.lang === "zh" ? "、" : ", ";
  printTable(
    ctx,
    [ctx.t("h.id"), ctx.t("h.status"), ctx.t("h.title"), ctx.t("h.departments"), ctx.t("h.date")],
    topics.map((t) => [
      t.id,
      label("topicStatus", t.status, ctx.lang),
      t.title,
      [
        ...t.departments.map(name),
        ...(t.invited ?? []).map((d) => name(d) + ctx.t("department.invited-suffix")),
      ].join(sep),
      t.withdrawn_on ?? t.concluded_on ?? t.confirmed_on ?? t.shortlisted_on ?? t.proposed_on,
    ]),
    { columns: { 2: { wrap: true }, 3: { wrap: true } } },
  );
}
