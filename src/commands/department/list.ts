import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { liaisonText, requireCommittee } from "../../cli/refs.js";
import { jsonOrNone } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { buildIndex, committeesInOrder } from "../../domain/dataset.js";
import { endOf } from "../../domain/department-life.js";
import type { Department } from "../../domain/schemas/committee.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("list")
    .description("every department, by committee in 一览表 order (部门列表)")
    .option("--committee <code>", "only the counterparts of this committee (code, name or alias)")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang department list
  $ xieshang department list --committee jj
  $ xieshang department list --json | jq -r '.[] | select(.liaison == null) | .name'`,
    )
    .action(async (opts: { committee?: string }, cmd: Command) => run(opts, env.ctx(cmd)));
}

/** A department that has ceased says so after its name: （2024-03-01 撤销，由 农牧局 (nmj) 承接）. */
export function ended(ctx: Ctx, d: Department, nameOf: (id: string) => string): string {
  const end = endOf(d);
  if (!end) return "";
  const successor = end.successor
    ? ctx.t("dept.state.successor", { name: `${nameOf(end.successor)} (${end.successor})` })
    : "";
  const text =
    end.merged && end.successor
      ? ctx.t("dept.state.merged", {
          on: end.on,
          name: `${nameOf(end.successor)} (${end.successor})`,
        })
      : ctx.t("dept.state.ended", { on: end.on, successor });
  return ctx.lang === "zh" ? `（${text}）` : ` (${text})`;
}

export async function run(opts: { committee?: string }, ctx: Ctx) {
  const { ds } = ctx.load([]);
  const committees = opts.committee
    ? [requireCommittee(ctx, opts.committee)]
    : committeesInOrder(ds);
  const index = buildIndex(ds);
  const nameOf = (id: string) => index.departments.get(id)?.department.name ?? id;
  const rows = committees.flatMap(({ value: c }) => c.departments.map((d) => ({ d, c })));
  const records = rows.map(({ d, c }) => ({ ...d, committee: c.code }));
  if (jsonOrNone(ctx, records, "department.none")) return;
  printTable(
    ctx,
    [
      ctx.t("h.committee"),
      ctx.t("h.id"),
      ctx.t("h.name"),
      ctx.t("h.full-name"),
      ctx.t("h.liaison"),
    ],
    rows.map(({ d, c }) => [
      c.code,
      d.id,
      d.name + ended(ctx, d, nameOf),
      d.full_name ?? "",
      liaisonText(ctx, d.liaison),
    ]),
    { columns: { 2: { wrap: true }, 3: { wrap: true }, 4: { wrap: true, min: 12 } } },
  );
}
