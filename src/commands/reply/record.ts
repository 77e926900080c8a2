import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { askDate, askOptional, fill } from "../../cli/fill.js";
import { dateFlag, idArg, textFlag } from "../../cli/inputs.js";
import { type ReplyInput, recordReply } from "../../domain/reply-lifecycle.js";
import { fieldLabel } from "../../i18n/fields.js";
import { askOwing, departmentFlag, departmentName, REPLY_PARTS } from "./department.js";

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

/**
 * Flags, then questions: the department among those still owing a reply, the date it was
 * received (today by default), its own doc number (Art. 14: in writing — asked even when
 * the department was given), what it says and its category; a summary to confirm.
 */
export async function options(ctx: Ctx, rawId: string, flags: RecordFlags): Promise<ReplyInput> {
  const id = idArg("report", "REPORT-ID", rawId);
  const { t, lang } = ctx;
  const categories = Object.entries(ctx.load([]).ds.settings?.value.answer_categories ?? {});
  const sep = lang === "zh" ? "：" : ": ";
  return fill<ReplyInput>(
    ctx,
    {
      id,
      from: departmentFlag(ctx, flags.from),
      on: flags.on === undefined ? undefined : dateFlag("--on", flags.on),
      docNo: textFlag(flags.docNo),
      summary: textFlag(flags.summary),
      category: textFlag(flags.category),
    },
    {
      from: {
        flag: "--from",
        required: true,
        ask: askOwing(ctx, id, t("prompt.replying-department")),
      },
      on: {
        flag: "--on",
        ask: (_, p) => askDate(ctx, p, "received_on"),
        fallback: () => ctx.today,
      },
      docNo: {
        flag: "--doc-no",
        checked: true,
        ask: (_, p) => askOptional(p, t("prompt.reply-doc-no")),
      },
      summary: { flag: "--summary", ask: (_, p) => askOptional(p, t("prompt.reply-summary")) },
      category: {
        flag: "--category",
        ask: async (_, p) =>
          categories.length === 0
            ? undefined
            : (await p.select({
                message: t("prompt.reply-category"),
                choices: [
                  { value: "", name: t("none") },
                  ...categories.map(([k, v]) => ({ value: k, name: `${k} ${v}` })),
                ],
              })) || undefined,
      },
    },
    (o) => [
      `  ${fieldLabel("report", lang)}${sep}${o.id}`,
      `  ${t("h.recipient")}${sep}${departmentName(ctx, o.from)}`,
      `  ${fieldLabel("received_on", lang)}${sep}${o.on}`,
      `  ${fieldLabel("doc_no", lang)}${sep}${o.docNo ?? "—"}`,
      `  ${fieldLabel("reply_summary", lang)}${sep}${o.summary ?? "—"}`,
      `  ${fieldLabel("reply_category", lang)}${sep}${o.category ?? "—"}`,
    ],
  );
}

export async function run(opts: ReplyInput, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => recordReply(loaded.ds, opts), REPLY_PARTS);
}
