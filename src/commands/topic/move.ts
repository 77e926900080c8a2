import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { askText, fill } from "../../cli/fill.js";
import { idArg, onFlag, textFlag } from "../../cli/inputs.js";
import { moveTopics, type TopicAction } from "../../domain/topic-lifecycle.js";

export interface MoveOptions {
  ids: string[];
  on: string;
  /** Required to withdraw (the lifecycle rule). */
  reason?: string;
}

const HELP: Record<TopicAction, { description: string; examples: string; many: boolean }> = {
  shortlist: {
    description: "shortlist proposed topics (初选, Art. 5)",
    many: true,
    examples: "  $ xieshang topic shortlist 2027-jj-01 2027-jj-02 --on 2026-12-10",
  },
  confirm: {
    description:
      "confirm shortlisted topics with the departments (确定议题, Art. 6: in the first quarter)",
    many: true,
    examples:
      "  $ xieshang topic confirm 2027-jj-01 --on 2027-02-20\n  $ xieshang topic confirm 2027-jj-01 2027-nm-01",
  },
  conclude: {
    description: "mark a confirmed topic concluded (完成)",
    many: false,
    examples: "  $ xieshang topic conclude 2027-jj-01 --on 2027-11-30",
  },
  withdraw: {
    description: "withdraw a topic, with the reason (撤销)",
    many: false,
    examples: '  $ xieshang topic withdraw 2027-ta-01 --reason "并入年度重点提案督办"',
  },
};

export function register(parent: Command, env: CommandEnv, action: TopicAction) {
  const h = HELP[action];
  const cmd = parent
    .command(action)
    .description(h.description)
    .argument(h.many ? "<ids...>" : "<id>", h.many ? "topic ids" : "topic id")
    .option("--on <date>", "the date of this step (default today)");
  if (action === "withdraw")
    cmd.option("--reason <text>", "why it is withdrawn (asked for on a terminal)");
  cmd.addHelpText(
    "after",
    `
A topic moves proposed → shortlisted → confirmed → concluded, one step at a time, or is
withdrawn; a move that skips a step or goes back is refused (exit 1), naming the next step.
Several ids are moved together or not at all.

Examples:
${h.examples}`,
  );
  cmd.action(
    async (ids: string | string[], flags: { on?: string; reason?: string }, c: Command) => {
      const ctx = env.ctx(c);
      await run(action, await options(ctx, action, Array.isArray(ids) ? ids : [ids], flags), ctx);
    },
  );
}

/** Flags, then the reason of a withdrawal asked for on a terminal. */
export async function options(
  ctx: Ctx,
  action: TopicAction,
  ids: string[],
  flags: { on?: string; reason?: string },
): Promise<MoveOptions> {
  return fill<MoveOptions>(
    ctx,
    {
      ids: ids.map((id) => idArg("topic", "ID", id)),
      on: onFlag(ctx, "--on", flags.on),
      reason: textFlag(flags.reason),
    },
    {
      reason: {
        flag: "--reason",
        required: action === "withdraw",
        ask: (_, p) => askText(ctx, p, ctx.t("prompt.reason")),
      },
    },
  );
}

export async function run(action: TopicAction, opts: MoveOptions, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => moveTopics(loaded.ds, action, opts), { parts: ["topics"] });
}
