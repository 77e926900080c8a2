import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { daysFlag } from "../cli/inputs.js";
import { requireCommittee } from "../cli/refs.js";
import { printJson } from "../cli/render/json.js";
import { printTable } from "../cli/render/table.js";
import { type OverdueItem, owedReplies } from "../domain/overdue.js";
import { ExitCode } from "../errors.js";
import { label } from "../i18n/labels.js";

export interface OverdueOptions {
  committee?: string;
  within?: string;
  check?: boolean;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("overdue")
    .description("written replies past their due date, most overdue first (逾期未答复, Art. 14)")
    .option("--committee <code>", "only this committee's reports")
    .option("--within <days>", "also the replies due in the next N days")
    .option("--check", "exit 1 when any reply is overdue (for a daily cron or CI job)")
    .addHelpText(
      "after",
      `
As of today (--as-of, $XIESHANG_TODAY), taking extensions into account: a reply due
today is not overdue yet. Each row names the department's liaison officer and the last
chase. --json: [{"report", "doc_no", "title", "committee", "department",
"department_name", "liaison", "issued_on", "due_on", "days_overdue", "last_chase"}], with
days_overdue 0 or negative for replies only due soon (--within).

Examples:
  $ xieshang overdue
  $ xieshang overdue --within 7 --committee jj
  $ xieshang overdue --check --no-color || mail -s 逾期答复 clerk@example.org`,
    )
    .action(async (opts: OverdueOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: OverdueOptions, ctx: Ctx) {
  const within = opts.within === undefined ? undefined : daysFlag("--within", opts.within);
  const committee = opts.committee ? requireCommittee(ctx, opts.committee).value.code : undefined;
  // the calendar too: nobody is overdue before the legal deadline (README "Deadlines")
  const { ds } = ctx.load(["reports", "calendar"]);
  const items = owedReplies(ds, ctx.today, { within, committee });
  const overdue = items.filter((i) => i.days_overdue > 0).length;
  if (ctx.json) printJson(ctx, items);
  else if (items.length === 0) {
    ctx.io.stdout.write(
      `${ctx.color.out.green(ctx.t(within === undefined ? "overdue.none" : "overdue.none-within", { today: ctx.today, days: String(within ?? 0) }))}\n`,
    );
  } else {
    overdueTable(ctx, items);
    const { t } = ctx;
    if (ctx.io.stdoutIsTTY)
      ctx.io.stdout.write(
        `${t("overdue.summary", { overdue: String(overdue), soon: String(items.length - overdue) })}\n`,
      );
  }
  if (opts.check && overdue > 0) throw new ExitCode(1);
}

/** The replies owed, one a row, fitted to the terminal. */
function overdueTable(ctx: Ctx, items: OverdueItem[]) {
  const { t } = ctx;
  printTable(
    ctx,
    [
      t("h.report"),
      t("h.doc-no"),
      t("h.title"),
      t("h.recipient"),
      t("h.liaison"),
      t("h.issued"),
      t("h.due"),
      t("h.days-overdue"),
      t("h.last-chase"),
    ],
    items.map((i) => [
      i.report,
      i.doc_no ?? "—",
      i.title,
      i.department_name,
      i.liaison ? `${i.liaison.name}${i.liaison.phone ? ` ${i.liaison.phone}` : ""}` : "—",
      i.issued_on ?? "—",
      i.due_on,
      i.days_overdue > 0 ? i.days_overdue : t("overdue.due-in", { days: String(-i.days_overdue) }),
      i.last_chase
        ? `${i.last_chase.on} ${label("chaseMethod", i.last_chase.method, ctx.lang)}`
        : "—",
    ]),
    {
      // at 80 columns the issue date goes first, then the report id, then the last chase
      columns: {
        0: { drop: 4 },
        1: { wrap: true, min: 11 },
        2: { wrap: true, min: 16 },
        3: { wrap: true },
        4: { wrap: true, min: 12 },
        5: { drop: 5 },
        8: { wrap: true, drop: 3, min: 10 },
      },
    },
  );
}
