import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { fill } from "../../cli/fill.js";
import { idArg, onFlag } from "../../cli/inputs.js";
import { requirePerson } from "../../cli/refs.js";
import { buildIndex } from "../../domain/dataset.js";
import { findReport, signReport } from "../../domain/report-lifecycle.js";
import { maySign } from "../../domain/rules/signer.js";
import { readBody } from "../../store/records.js";

export interface SignOptions {
  id: string;
  /** The signer: a person id of xieshang.yaml. */
  by: string;
  on: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("sign")
    .description("sign off a drafted report (签发, Art. 13)")
    .argument("<id>", "report id, e.g. 2027-jj-r01")
    .option("--by <person>", "the signer: person id or name of xieshang.yaml")
    .option("--on <date>", "date signed (default today)")
    .addHelpText(
      "after",
      `
Only the committee's vice-chair in charge (分管副主席) or a secretary-general (秘书长) may
sign; anyone else is refused with rule signer (exit 1). Only a draft is signed. On a
terminal, a missing --by is asked for among those entitled to sign.

Examples:
  $ xieshang report sign 2027-jj-r01 --by wang-vc
  $ xieshang report sign 2027-jj-r01 --by 王某某 --on 2027-06-05`,
    )
    .action(async (id: string, flags: { by?: string; on?: string }, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, id, flags), ctx);
    });
}

/** Flags, then questions: the signer is picked among those entitled to sign (Art. 13). */
export async function options(
  ctx: Ctx,
  rawId: string,
  flags: { by?: string; on?: string },
): Promise<SignOptions> {
  const id = idArg("report", "REPORT-ID", rawId);
  return fill<SignOptions>(
    ctx,
    {
      id,
      by: flags.by === undefined ? undefined : requirePerson(ctx, flags.by).id,
      on: onFlag(ctx, "--on", flags.on),
    },
    {
      by: {
        flag: "--by",
        required: true,
        ask: async (_, p) => {
          const { ds } = ctx.load(["reports"]);
          const r = findReport(ds, id).value;
          const committee = buildIndex(ds).committees.get(r.committee)?.value;
          const entitled = (ds.settings?.value.people ?? []).filter(
            (x) => committee && maySign(x, committee),
          );
          return p.select({
            message: ctx.t("prompt.signer"),
            choices: entitled.map((x) => ({ value: x.id, name: `${x.name} (${x.id})` })),
          });
        },
      },
    },
  );
}

export async function run(opts: SignOptions, ctx: Ctx) {
  await applyPatch(ctx, (loaded) => signReport(loaded.ds, opts, readBody(loaded.dir, opts.id)), {
    parts: ["topics", "reports"],
  });
}
