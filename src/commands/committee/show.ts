import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { liaisonText, requireCommittee } from "../../cli/refs.js";
import { printJson } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { terminalText as shown } from "../../domain/neutralise.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("show")
    .description("one unit: its settings and counterpart departments (专委会详情)")
    .argument("<code>", "committee code, name or alias")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang committee show jj
  $ xieshang committee show 经济委员会
  $ xieshang committee show jj --json`,
    )
    .action(async (code: string, _opts, cmd: Command) => run({ code }, env.ctx(cmd)));
}

export async function run(opts: { code: string }, ctx: Ctx) {
  const rec = requireCommittee(ctx, opts.code);
  const c = rec.value;
  if (ctx.json) return printJson(ctx, c);
  const { ds } = ctx.load([]);
  const vice = ds.settings?.value.people?.find((p) => p.id === c.vice_chair);
  const b = ctx.color.out.bold;
  // a record's values as a terminal may show them (README "Output for every reader")
  const lines = [
    `${b(shown(c.name))} (${c.code})  ${ctx.t(`kind-label.${c.kind}`)}`,
    `${ctx.t("h.order")}: ${c.order}    ${ctx.t("h.doc-code")}: ${shown(c.doc_code ?? ctx.t("none"))}`,
    `${ctx.t("h.vice-chair")}: ${shown(vice ? `${vice.name} (${vice.id})` : (c.vice_chair ?? ctx.t("none")))}`,
    `${ctx.t("h.liaison")}: ${shown(liaisonText(ctx, c.liaison))}`,
    "",
    b(ctx.t("committee.departments-title", { count: String(c.departments.length) })),
  ];
  ctx.io.stdout.write(`${lines.join("\n")}\n`);
  if (c.departments.length === 0) {
    ctx.io.stdout.write(`${ctx.t("department.none")}\n`);
    return;
  }
  printTable(
    ctx,
    [ctx.t("h.id"), ctx.t("h.name"), ctx.t("h.full-name"), ctx.t("h.liaison")],
    c.departments.map((d) => [d.id, d.name, d.full_name ?? "", liaisonText(ctx, d.liaison)]),
    { columns: { 2: { wrap: true } } },
  );
}
