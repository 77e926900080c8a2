import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { type ReplyInput, recordReply } from "../../domain/reply-lifecycle.js";
import { applyPatch } from "../apply.js";
import { fill } from "../fill.js";
import { idArg, onFlag, textFlag } from "../inputs.js";
import { askOwing, departmentFlag, REPLY_PARTS } from "./department.js";

interface RecordFlags {
  from?: string;
  on?: string;
  docNo?: string;
  summary?: string;
  category?: string;
}

export function register(reply: Command, env: CommandEnv) {
  reply
    .command("record")
    .description("record a department's written reply")
    .argument("<report-id>", "report id")
    .option("--from <dept>", "the replying department: id, name or alias")
    .option("--on <date>", "the date the reply was received (default today)")
    .option("--doc-no <text>", "the reply's own doc number (shows it is in writing)")
    .option("--summary <text>", "what it says")
    .option("--category <key>", "one of answer_categories of xieshang.yaml, e.g. A")
    .addHelpText(
      "after",
      `
The department must be a recipient, the date not before the issue; a category must be a
key of answer_categories. A reply without a doc number is written with a warning. On a
terminal, a missing --from is asked for among the recipients still owing a reply.

Examples:
  $ xieshang reply record 2027-jj-r01 --from fgw --on 2027-07-01 \\
      --doc-no 鄂发改函〔2027〕88号 --summary 已制定涉企检查统筹办法 --category B`,
    )
    .action(async (id: string, flags: RecordFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, id, flags), ctx);
    });
}

export async function options(ctx: Ctx, rawId: string, flags: RecordFlags): Promise<ReplyInput> {
  const id = idArg("report", "REPORT-ID", rawId);
  return fill<ReplyInput>(
    ctx,
    {
      id,
      from: departmentFlag(ctx, flags.from),
      on: onFlag(ctx, "--on", flags.on),
      docNo: textFlag(flags.docNo),
      summary: textFlag(flags.summary),
      category: textFlag(flags.category),
    },
    {
      from: {
        flag: "--from",
        required: true,
        ask: askOwing(ctx, id, ctx.t("prompt.replying-department")),
      },
    },
  );
}

export async function run(opts: ReplyInput, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => recordReply(loaded.ds, opts), REPLY_PARTS);
}
