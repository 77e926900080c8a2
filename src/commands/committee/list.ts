import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { liaisonText } from "../../cli/refs.js";
import { jsonOrNone } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { committeesInOrder } from "../../domain/dataset.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("list")
    .description("the units in 一览表 order, with counterpart count and liaison (专委会列表)")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang committee list
  $ xieshang committee list --json | jq '.[].code'`,
    )
    .action(async (_opts, cmd: Command) => run(env.ctx(cmd)));
}

export async function run(ctx: Ctx) {
  const { ds } = ctx.load([]);
  const committees = committeesInOrder(ds);
  if (
    jsonOrNone(
      ctx,
      committees.map((r) => r.value),
      "committee.none",
    )
  )
    return;
  const people = new Map((ds.settings?.value.people ?? []).map((p) => [p.id, p.name]));
  printTable(
    ctx,
    [
      ctx.t("h.order"),
      ctx.t("h.code"),
      ctx.t("h.name"),
      ctx.t("h.kind"),
      ctx.t("h.counterparts"),
      ctx.t("h.vice-chair"),
      ctx.t("h.liaison"),
    ],
    committees.map(({ value: c }) => [
      c.order,
      c.code,
      c.name,
      ctx.t(`kind-label.${c.kind}`),
      c.departments.length,
      c.vice_chair ? (people.get(c.vice_chair) ?? c.vice_chair) : ctx.t("none"),
      liaisonText(ctx, c.liaison),
    ]),
    { columns: { 2: { wrap: true, min: 10 }, 6: { wrap: true, min: 12 } } },
  );
}
