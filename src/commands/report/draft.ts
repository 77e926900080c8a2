import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { buildIndex } from "../../domain/dataset.js";
import { msg } from "../../domain/diagnostics.js";
import { nextReportId } from "../../domain/ids.js";
import { REPORT_KINDS, TOPIC_ID } from "../../domain/schemas/common.js";
import type { Report } from "../../domain/schemas/report.js";
import { outcomeReportView } from "../../domain/views.js";
import { DataError, UsageError } from "../../errors.js";
import { recordText } from "../../store/edit.js";
import { REPORT_LAYOUT, recordFile, recordNames } from "../../store/records.js";
import { render } from "../../templates/render.js";
import { applyPlan } from "../apply.js";
import { dateFlag } from "../inputs.js";
import { requireCommittee } from "../refs.js";

export interface DraftOptions {
  topic?: string;
  kind: Report["kind"];
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
    .action(async (topic: string | undefined, opts: Omit<DraftOptions, "topic">, cmd: Command) =>
      run({ ...opts, topic }, env.ctx(cmd)),
    );
}

/** 关于优化营商环境的对口协商 → 关于优化营商环境的协商意见. */
export function outcomeTitle(topicTitle: string): string {
  return topicTitle.replace(/的?对口协商$/, "").replace(/的$/, "") + "的协商意见";
}

export async function run(opts: DraftOptions, ctx: Ctx) {
  if (!(REPORT_KINDS as readonly string[]).includes(opts.kind)) {
    throw new UsageError(
      msg("err.bad-choice", { flag: "--kind", value: opts.kind, values: REPORT_KINDS.join(", ") }),
    );
  }
  if (opts.topic !== undefined && !TOPIC_ID.test(opts.topic)) {
    throw new UsageError(
      msg("schema.format", {
        field: "TOPIC-ID",
        value: JSON.stringify(opts.topic),
        format: "topic-id",
      }),
    );
  }
  if (opts.template !== undefined && !/^[\w.-]+$/.test(opts.template)) {
    throw new UsageError(
      msg("err.bad-value", { flag: "--template", value: opts.template, why: "≠ a template name" }),
    );
  }
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  const outcome = opts.kind === "outcome";
  if (outcome && !opts.topic)
    throw new UsageError(msg("err.missing-flags", { flags: "TOPIC-ID" }), [
      msg("schema.outcome-topic.hint", {}),
    ]);
  if (!outcome && (!opts.committee || !opts.title)) {
    throw new UsageError(msg("report.kind-needs", { kind: opts.kind }), [
      msg("err.missing-flags", {
        flags: [!opts.committee && "--committee", !opts.title && "--title"]
          .filter(Boolean)
          .join(", "),
      }),
    ]);
  }
  const committeeCode = opts.committee
    ? requireCommittee(ctx, opts.committee).value.code
    : undefined;
  const templateName = `${(opts.template ?? "outcome-report").replace(/\.md\.hbs$/, "")}.md.hbs`;

  let record: Report | undefined;
  await applyPlan(
    ctx,
    async (loaded) => {
      const { ds } = loaded;
      const topic = opts.topic
        ? ds.topics.find((t) => t.value.id === opts.topic)?.value
        : undefined;
      if (opts.topic && !topic) {
        throw new UsageError(msg("err.unknown-ref", { kind: "topic", value: opts.topic }), [
          msg("reference.topic.hint", {}),
        ]);
      }
      if (outcome && topic && topic.status !== "confirmed" && topic.status !== "concluded") {
        throw new DataError(
          msg("report.topic-not-confirmed", {
            id: topic.id,
            status: topic.status,
          }),
        );
      }
      const code = topic?.committee ?? committeeCode!;
      const committee = buildIndex(ds).committees.get(code)!.value;
      const year = Number(on.slice(0, 4));
      const id = nextReportId(
        [...recordNames(loaded.dir, "reports", year), ...ds.reports.map((r) => r.value.id)],
        year,
        code,
      );
      record = {
        id,
        kind: opts.kind,
        committee: code,
        topic: topic?.id,
        title: opts.title?.trim() || (topic ? outcomeTitle(topic.title) : ""),
        status: "draft",
        drafted_on: on,
      };
      const changes = [
        {
          file: recordFile("reports", year, id),
          text: recordText(
            record as unknown as Record<string, unknown>,
            REPORT_LAYOUT.order,
            REPORT_LAYOUT,
          ),
          create: true,
        },
      ];
      if (outcome || opts.template) {
        const index = buildIndex(ds);
        const people = new Map((ds.settings?.value.people ?? []).map((p) => [p.id, p.name]));
        const body = await render(
          loaded.dir,
          templateName,
          outcomeReportView(ds, record, topic, committee, ctx.today),
          {
            lang: "zh", // the document is Chinese whatever the language of messages
            departmentName: (d) => index.departments.get(d)?.department.name ?? d,
            personName: (p) => people.get(p) ?? p,
          },
        );
        changes.push({
          file: recordFile("reports", year, id).replace(/\.yaml$/, ".md"),
          text: body,
          create: true,
        });
      }
      return { changes, message: `report draft ${id}: ${record.title}` };
    },
    { parts: ["topics", "activities", "reports"], json: () => record },
  );
}
