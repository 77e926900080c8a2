import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { choiceFlag, idArg, onFlag, templateFlag, textFlag } from "../../cli/inputs.js";
import { drawsOn, requireReadable } from "../../cli/reading.js";
import { requireCommittee } from "../../cli/refs.js";
import { buildIndex } from "../../domain/dataset.js";
import { departmentNameOn } from "../../domain/department-life.js";
import { msg } from "../../domain/diagnostics.js";
import { bodyFile, type DraftInput, draftReport } from "../../domain/report-lifecycle.js";
import type { Report } from "../../domain/schemas/report.js";
import { outcomeReportView } from "../../domain/views.js";
import { UsageError } from "../../errors.js";
import { takenIds } from "../../store/records.js";
import { render } from "../../templates/render.js";

export interface DraftOptions {
  topic?: string;
  kind: string;
  committee?: string;
  title?: string;
  template?: string;
  on?: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("draft")
    .description(
      "draft a report: the record and its .md body from a template (起草协商成果, Art. 13)",
    )
    .argument("[topic-id]", "the topic of an outcome report")
    .option("--kind <kind>", "outcome | research | social_opinion", "outcome")
    .option("--committee <code>", "for research / social_opinion: the committee")
    .option("--title <text>", "the title (default: from the topic, 关于…的协商意见)")
    .option(
      "--template <name>",
      "another template of templates/, e.g. outcome-brief (→ outcome-brief.md.hbs)",
    )
    .option("--on <date>", "date drafted (default today)")
    .addHelpText(
      "after",
      `
The body is rendered from templates/outcome-report.md.hbs (the data directory's own
copy when it has one): title, 主送, 一、基本情况 (the topic and its activities),
二、存在的问题, 三、意见建议 (every opinion recorded, by activity), 署名 and 成文日期.
A template error names the template's file and line; nothing is written.

Examples:
  $ xieshang report draft 2027-jj-03
  $ xieshang report draft 2027-jj-03 --title 关于持续优化营商环境的协商意见 --on 2027-06-01
  $ xieshang report draft --kind research --committee jj --title 关于民营企业融资情况的调研报告`,
    )
    .action(async (topic: string | undefined, flags: Omit<DraftOptions, "topic">, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(options(ctx, { ...flags, topic }), ctx);
    });
}

/** Flags checked for their form; the domain decides the rest under the lock. */
export function options(ctx: Ctx, flags: DraftOptions): DraftInput & { template?: string } {
  const kind = choiceFlag("reportKind", "--kind", flags.kind, ctx);
  const topic = flags.topic === undefined ? undefined : idArg("topic", "TOPIC-ID", flags.topic);
  const template =
    flags.template === undefined ? undefined : templateFlag("--template", flags.template);
  const title = textFlag(flags.title);
  if (kind === "outcome" && !topic)
    throw new UsageError(msg("err.missing-flags", { flags: "TOPIC-ID" }), [
      msg("schema.outcome-topic.hint", {}),
    ]);
  if (kind !== "outcome" && (!flags.committee || !title))
    throw new UsageError(msg("report.kind-needs", { kind }), [
      msg("err.missing-flags", {
        flags: [!flags.committee && "--committee", !title && "--title"].filter(Boolean).join(", "),
      }),
    ]);
  return {
    kind,
    topic,
    committee: flags.committee ? requireCommittee(ctx, flags.committee).value.code : undefined,
    title,
    template,
    on: onFlag(ctx, "--on", flags.on),
  };
}

export async function run(opts: DraftInput & { template?: string }, ctx: Ctx) {
  // an outcome report has its body from the topic's activities; the other papers get the
  // skeleton of a document for the clerk to write
  const templateName =
    opts.template ?? (opts.kind === "outcome" ? "outcome-report.md.hbs" : "research-report.md.hbs");
  let record: Report | undefined;
  await applyPatch(
    ctx,
    async (loaded) => {
      // the body draws on the topic and every activity with its opinions
      requireReadable(ctx, drawsOn(["topics", "activities"]));
      const { ds } = loaded;
      const year = Number(opts.on.slice(0, 4));
      const draft = draftReport(ds, takenIds(loaded, "report", year), opts);
      record = draft.record;
      const index = buildIndex(ds);
      const people = new Map((ds.settings?.value.people ?? []).map((p) => [p.id, p.name]));
      const body = await render(
        loaded.dir,
        templateName,
        outcomeReportView(ds, draft.record, draft.topic, draft.committee, ctx.today),
        {
          lang: "zh", // the document is Chinese whatever the language of messages
          // a document names departments in full (鄂尔多斯市发展和改革委员会) where recorded
          departmentName: (d) => departmentNameOn(index, d, ctx.today, true),
          personName: (p) => people.get(p) ?? p,
        },
      );
      draft.patch.texts.push({ file: bodyFile(draft.record, year), text: body, create: true });
      return draft.patch;
    },
    { parts: ["topics", "activities", "reports"], json: () => record },
  );
}
