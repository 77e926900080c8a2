import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { askChoice, fill } from "../../cli/fill.js";
import { choiceFlag, idArg, onFlag, textFlag } from "../../cli/inputs.js";
import { type ChaseInput, chaseReply } from "../../domain/reply-lifecycle.js";
import { choiceHelp } from "../../i18n/labels.js";
import { askOwing, departmentFlag, REPLY_PARTS } from "./department.js";

interface ChaseFlags {
  dept?: string;
  method?: string;
  on?: string;
  note?: string;
}

export function register(reply: Command, env: CommandEnv) {
  reply
    .command("chase")
    .description("log a chase (催办) of a missing reply")
    .argument("<report-id>", "report id")
    .option("--dept <dept>", "the department: id, name or alias")
    .option("--method <method>", choiceHelp("method", "en"))
    .option("--on <date>", "date chased (default today)")
    .option("--note <text>", "e.g. 发催办函")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method phone --note 电话催办
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method letter --on 2027-07-20`,
    )
    .action(async (id: string, flags: ChaseFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, id, flags), ctx);
    });
}

export async function options(ctx: Ctx, rawId: string, flags: ChaseFlags): Promise<ChaseInput> {
  const id = idArg("report", "REPORT-ID", rawId);
  return fill<ChaseInput>(
    ctx,
    {
      id,
      method:
        flags.method === undefined
          ? undefined
          : choiceFlag("chaseMethod", "--method", flags.method, ctx),
      on: onFlag(ctx, "--on", flags.on),
      dept: departmentFlag(ctx, flags.dept),
      note: textFlag(flags.note),
    },
    {
      dept: { flag: "--dept", required: true, ask: askOwing(ctx, id, ctx.t("prompt.department")) },
      method: {
        flag: "--method",
        required: true,
        ask: askChoice(ctx, "chaseMethod", "prompt.method"),
      },
    },
  );
}

export async function run(opts: ChaseInput, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => chaseReply(loaded.ds, opts), REPLY_PARTS);
}
