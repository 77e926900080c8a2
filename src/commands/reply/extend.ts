import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { askDate, askText, fill } from "../../cli/fill.js";
import { dateFlag, idArg, onFlag, textFlag } from "../../cli/inputs.js";
import { type ExtendInput, extendReply } from "../../domain/reply-lifecycle.js";
import { askOwing, departmentFlag, REPLY_PARTS } from "./department.js";

interface ExtendFlags {
  dept?: string;
  until?: string;
  reason?: string;
  on?: string;
}

export function register(reply: Command, env: CommandEnv) {
  reply
    .command("extend")
    .description("grant a department more time (延期): not overdue until then")
    .argument("<report-id>", "report id")
    .option("--dept <dept>", "the department: id, name or alias")
    .option("--until <date>", "the new due date")
    .option("--reason <text>", "why")
    .option("--on <date>", "date granted (default today)")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply extend 2027-jj-r01 --dept zwfw --until 2027-08-15 --reason 需会同测算`,
    )
    .action(async (id: string, flags: ExtendFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, id, flags), ctx);
    });
}

export async function options(ctx: Ctx, rawId: string, flags: ExtendFlags): Promise<ExtendInput> {
  const id = idArg("report", "REPORT-ID", rawId);
  return fill<ExtendInput>(
    ctx,
    {
      id,
      dept: departmentFlag(ctx, flags.dept),
      until: flags.until === undefined ? undefined : dateFlag("--until", flags.until),
      reason: textFlag(flags.reason),
      on: onFlag(ctx, "--on", flags.on),
    },
    {
      dept: { flag: "--dept", required: true, ask: askOwing(ctx, id, ctx.t("prompt.department")) },
      until: { flag: "--until", required: true, ask: (_, p) => askDate(ctx, p, "until") },
      reason: {
        flag: "--reason",
        required: true,
        ask: (_, p) => askText(ctx, p, ctx.t("prompt.reason")),
      },
    },
  );
}

export async function run(opts: ExtendInput, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => extendReply(loaded.ds, opts), REPLY_PARTS);
}
