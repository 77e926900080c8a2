import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { buildIndex } from "../../domain/dataset.js";
import { msg } from "../../domain/diagnostics.js";
import { maySign } from "../../domain/rules/signer.js";
import { DataError } from "../../errors.js";
import { setIn } from "../../store/edit.js";
import { REPORT_LAYOUT, readRecordText } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { askMissing } from "../ask.js";
import { dateFlag } from "../inputs.js";
import { requirePerson } from "../refs.js";
import { findReport, reportIdArg } from "./shared.js";

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
    .action(async (id: string, opts: { by?: string; on?: string }, cmd: Command) =>
      run({ id, ...opts }, env.ctx(cmd)),
    );
}

export async function run(opts: { id: string; by?: string; on?: string }, ctx: Ctx) {
  const id = reportIdArg(opts.id);
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  let by = opts.by;
  await askMissing(
    ctx,
    by
      ? []
      : [
          {
            flag: "--by",
            ask: async (p) => {
              const loaded = ctx.load(["reports"]);
              const { ds } = loaded;
              const r = findReport(ctx, loaded, id).value;
              const committee = buildIndex(ds).committees.get(r.committee)?.value;
              const entitled = (ds.settings?.value.people ?? []).filter(
                (x) => committee && maySign(x, committee),
              );
              by = await p.select({
                message: ctx.t("prompt.signer"),
                choices: entitled.map((x) => ({ value: x.id, name: `${x.name} (${x.id})` })),
              });
            },
          },
        ],
  );
  const signer = requirePerson(ctx, by!);
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = findReport(ctx, loaded, id);
      if (rec.value.status !== "draft") {
        throw new DataError(
          msg("report.not-draft", {
            id,
            status: rec.value.status,
          }),
        );
      }
      let text = readRecordText(loaded.dir, rec.src.file);
      text = setIn(text, ["status"], "signed", REPORT_LAYOUT);
      text = setIn(text, ["signed_by"], signer.id, REPORT_LAYOUT);
      text = setIn(text, ["signed_on"], on, REPORT_LAYOUT);
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `report sign ${id}: ${rec.value.title}`,
      };
    },
    { parts: ["topics", "reports"] },
  );
}
