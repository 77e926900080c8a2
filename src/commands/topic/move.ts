import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { msg } from "../../domain/diagnostics.js";
import { TOPIC_ID } from "../../domain/schemas/common.js";
import {
  checkMove,
  DATE_FIELD,
  STATUS_AFTER,
  type TopicAction,
} from "../../domain/topic-lifecycle.js";
import { DataError, UsageError } from "../../errors.js";
import { setIn } from "../../store/edit.js";
import { readRecordText, TOPIC_LAYOUT } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { askMissing, askText } from "../ask.js";
import { dateFlag } from "../inputs.js";

export interface MoveOptions {
  ids: string[];
  on?: string;
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
  cmd.action(async (ids: string | string[], opts: { on?: string; reason?: string }, c: Command) =>
    run(
      action,
      { ids: Array.isArray(ids) ? ids : [ids], on: opts.on, reason: opts.reason },
      env.ctx(c),
    ),
  );
}

export async function run(action: TopicAction, opts: MoveOptions, ctx: Ctx) {
  for (const id of opts.ids) {
    if (!TOPIC_ID.test(id)) {
      throw new UsageError(
        msg("schema.format", { field: "ID", value: JSON.stringify(id), format: "topic-id" }),
      );
    }
  }
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  const ids = [...new Set(opts.ids)];
  let reason = opts.reason?.trim() || undefined;
  if (action === "withdraw" && !reason) {
    await askMissing(ctx, [
      {
        flag: "--reason",
        ask: async (p) => {
          reason = await askText(ctx, p, ctx.t("prompt.reason"));
        },
      },
    ]);
  }
  await applyPlan(
    ctx,
    (loaded) => {
      const changes = ids.map((id) => {
        const rec = loaded.ds.topics.find((r) => r.value.id === id);
        if (!rec)
          throw new UsageError(msg("err.unknown-ref", { kind: "topic", value: id }), [
            msg("reference.topic.hint", {}),
          ]);
        const check = checkMove(rec.value, action);
        if (!check.ok && check.closed)
          throw new DataError(msg("topic.closed", { id, status: rec.value.status }));
        if (!check.ok) {
          throw new DataError(
            msg("topic.move-refused", { id, status: rec.value.status, action }),
            check.next ? [msg("topic.next-step", { command: check.next, id })] : [],
          );
        }
        let text = readRecordText(loaded.dir, rec.src.file);
        text = setIn(text, ["status"], STATUS_AFTER[action], TOPIC_LAYOUT);
        text = setIn(text, [DATE_FIELD[action]], on, TOPIC_LAYOUT);
        if (action === "withdraw" && opts.reason)
          text = setIn(text, ["reason"], opts.reason, TOPIC_LAYOUT);
        return { file: rec.src.file, text, create: false, title: rec.value.title };
      });
      const message =
        changes.length === 1
          ? `topic ${action} ${ids[0]}: ${changes[0]!.title}`
          : `topic ${action} ${ids.join(", ")}`;
      return { changes, message };
    },
    { parts: ["topics"] },
  );
}
