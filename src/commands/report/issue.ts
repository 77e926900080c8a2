import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { collect, departmentIds, idArg, onFlag } from "../../cli/inputs.js";
import { drawsOn, requireComplete } from "../../cli/reading.js";
import { buildIndex } from "../../domain/dataset.js";
import { type Issue, type IssueInput, issueReport } from "../../domain/report-lifecycle.js";
import { filled } from "../../store/patch.js";
import { documentKept, readBody } from "../../store/records.js";
import { reportDocx } from "./export.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("issue")
    .description("issue a signed report to leaders and departments (印发报送, Art. 13–14)")
    .argument("<id>", "report id")
    .option("--to <list>", "departments that owe a written reply (default: the topic's)", collect)
    .option("--leaders <list>", "city leaders it is sent to (报市有关领导), free text", collect)
    .option("--doc-no <text>", "the doc number (default: the next free one, 鄂政协经〔2027〕3号)")
    .option("--on <date>", "date issued (default today)")
    .addHelpText(
      "after",
      `
Sets the doc number (doc_number of xieshang.yaml with the next free sequence of its
committee and year), the recipients, and reply_due from reply_within (Nd calendar days,
moved off weekends and holidays; Nwd working days) using calendar/<year>.yaml. The doc
number is also put into the drafted .md, and the issued document is kept beside the
record as reports/<year>/<id>.docx (GB/T 9704; committed with the record under --commit).
Only a signed report is issued.

Examples:
  $ xieshang report issue 2027-jj-r01 --to fgw,zwfw,scjg --leaders 市长,常务副市长
  $ xieshang report issue 2027-jj-r01 --doc-no 鄂政协经〔2027〕3号 --on 2027-06-08`,
    )
    .action(async (id: string, flags: IssueFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(options(ctx, id, flags), ctx);
    });
}

interface IssueFlags {
  to?: string[];
  leaders?: string[];
  docNo?: string;
  on?: string;
}

/** Nothing is asked: every value has a default (the topic's departments, the next number). */
export function options(ctx: Ctx, id: string, flags: IssueFlags): IssueInput {
  return {
    id: idArg("report", "REPORT-ID", id),
    to: flags.to?.length ? departmentIds(ctx, ctx.load([]).ds, flags.to) : undefined,
    leaders: flags.leaders?.length ? flags.leaders : undefined,
    docNo: flags.docNo,
    on: onFlag(ctx, "--on", flags.on),
  };
}

export async function run(opts: IssueInput, ctx: Ctx) {
  let issued: Issue | undefined;
  let names = (ids: string[]) => ids.join("、");
  await applyPatch(
    ctx,
    async (loaded) => {
      const body = readBody(loaded.dir, opts.id);
      issued = issueReport(loaded.ds, opts, body, documentKept(loaded.dir, opts.id));
      // a number is handed out only when every report that could hold it was read
      if (!opts.docNo && !issued.completed) requireComplete(ctx, drawsOn(["reports"]), "doc-no");
      const index = buildIndex(loaded.ds);
      names = (ids) => ids.map((d) => index.departments.get(d)?.department.name ?? d).join("、");
      if (!body) return issued.patch;
      // the issued version, kept beside the record: the body as filled in, the record as issued
      const file = body.file.replace(/\.md$/, ".docx");
      const bytes = await reportDocx(
        loaded.ds,
        issued.report,
        filled(issued.patch, body.file, body.text),
      );
      return {
        ...issued.patch,
        texts: [...issued.patch.texts, { file, text: bytes, create: false }],
      };
    },
    {
      parts: ["topics", "reports", "calendar"],
      json: () =>
        issued && {
          id: opts.id,
          doc_no: issued.docNo,
          to_departments: issued.recipients,
          reply_due: issued.due,
        },
    },
  );
  // what was assigned, said once it is written
  if (issued && !ctx.json)
    ctx.io.stdout.write(
      `${ctx.t(issued.completed ? "report.issue-completed" : "report.issued", {
        id: opts.id,
        docNo: issued.docNo,
        to: names(issued.recipients),
        due: issued.due,
      })}\n`,
    );
}
