import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { askChoice, fill } from "../../cli/fill.js";
import { choiceFlag, idArg, onFlag } from "../../cli/inputs.js";
import type { Prompter } from "../../cli/prompter.js";
import { buildIndex } from "../../domain/dataset.js";
import { type RateInput, rateReply, repliedDepartments } from "../../domain/reply-lifecycle.js";
import { findReport } from "../../domain/report-lifecycle.js";
import { choiceHelp, label } from "../../i18n/labels.js";
import { departmentFlag, REPLY_PARTS } from "./department.js";

interface RateFlags {
  dept?: string;
  handling?: string;
  result?: string;
  on?: string;
}

export function register(reply: Command, env: CommandEnv) {
  reply
    .command("rate")
    .description("record the committee's evaluation of a written reply (满意度评价, Art. 14)")
    .argument("<report-id>", "report id")
    .option("--dept <dept>", "the department that replied: id, name or alias")
    .option("--handling <value>", choiceHelp("handling", "en"))
    .option("--result <value>", choiceHelp("result", "en"))
    .option("--on <date>", "date evaluated (default today)")
    .addHelpText(
      "after",
      `
Only a department that has replied is evaluated: 满意, 基本满意 or 不满意 for how the
report was handled and for the result. Either may be given alone; an evaluation given
again replaces that part. status counts the evaluations per committee, report show shows
them, and review reports them in the year's 通报.

Examples:
  $ xieshang reply rate 2026-jj-r01 --dept fgw --handling 满意 --result 基本满意
  $ xieshang reply rate 2026-jj-r01 --dept scjg --result 不满意 --on 2026-07-20`,
    )
    .action(async (id: string, flags: RateFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, id, flags), ctx);
    });
}

/** On a terminal: the department, picked among those that replied. */
function askReplied(ctx: Ctx, id: string) {
  return async (_: unknown, p: Prompter): Promise<string> => {
    const { ds } = ctx.load(["topics", "reports"]);
    const index = buildIndex(ds);
    return p.select({
      message: ctx.t("prompt.replied"),
      choices: repliedDepartments(findReport(ds, id).value).map((d) => ({
        value: d,
        name: `${index.departments.get(d)?.department.name ?? d} (${d})`,
      })),
    });
  };
}

export async function options(ctx: Ctx, rawId: string, flags: RateFlags): Promise<RateInput> {
  const id = idArg("report", "REPORT-ID", rawId);
  // neither given: both are asked (or both named as missing); one given: the other is kept
  const neither = flags.handling === undefined && flags.result === undefined;
  return fill<RateInput>(
    ctx,
    {
      id,
      dept: departmentFlag(ctx, flags.dept),
      handling:
        flags.handling === undefined
          ? undefined
          : choiceFlag("satisfaction", "--handling", flags.handling, ctx),
      result:
        flags.result === undefined
          ? undefined
          : choiceFlag("satisfaction", "--result", flags.result, ctx),
      on: onFlag(ctx, "--on", flags.on),
    },
    {
      dept: { flag: "--dept", required: true, ask: askReplied(ctx, id) },
      handling: {
        flag: "--handling",
        required: neither,
        ask: askChoice(ctx, "satisfaction", "prompt.handling"),
      },
      result: {
        flag: "--result",
        required: neither,
        ask: askChoice(ctx, "satisfaction", "prompt.result"),
      },
    },
  );
}

export async function run(opts: RateInput, ctx: Ctx) {
  let given = { handling: "—", result: "—" };
  await applyPatch(
    ctx,
    (loaded) => {
      const r = findReport(loaded.ds, opts.id).value.replies?.[opts.dept]?.satisfaction;
      given = {
        handling: opts.handling ?? r?.handling ?? "—",
        result: opts.result ?? r?.result ?? "—",
      };
      return rateReply(loaded.ds, opts);
    },
    REPLY_PARTS,
  );
  if (!ctx.json)
    ctx.io.stdout.write(
      `${ctx.t("reply.rated", {
        id: opts.id,
        department: opts.dept,
        handling: given.handling === "—" ? "—" : label("satisfaction", given.handling, ctx.lang),
        result: given.result === "—" ? "—" : label("satisfaction", given.result, ctx.lang),
      })}\n`,
    );
}
