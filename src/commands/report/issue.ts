import { existsSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { buildIndex } from "../../domain/dataset.js";
import { msg } from "../../domain/diagnostics.js";
import { DEFAULT_DOC_NUMBER, nextDocNumber, normalizeDocNumber } from "../../domain/docnumbers.js";
import { DOC_NO_PLACEHOLDER } from "../../domain/views.js";
import { DataError, UsageError } from "../../errors.js";
import { setIn } from "../../store/edit.js";
import { REPORT_LAYOUT, readRecordText } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { collect, dateFlag, departmentIds } from "../inputs.js";
import { dueFor, findReport, reportIdArg } from "./shared.js";

export interface IssueOptions {
  id: string;
  to?: string[];
  leaders?: string[];
  docNo?: string;
  on?: string;
}

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
number is also put into the drafted .md. Only a signed report is issued.

Examples:
  $ xieshang report issue 2027-jj-r01 --to fgw,zwfw,scjg --leaders 市长,常务副市长
  $ xieshang report issue 2027-jj-r01 --doc-no 鄂政协经〔2027〕3号 --on 2027-06-08`,
    )
    .action(async (id: string, opts: Omit<IssueOptions, "id">, cmd: Command) =>
      run({ id, ...opts }, env.ctx(cmd)),
    );
}

export async function run(opts: IssueOptions, ctx: Ctx) {
  const id = reportIdArg(opts.id);
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  const { ds } = ctx.load([]);
  const to = opts.to?.length ? departmentIds(ctx, ds, opts.to) : undefined;
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = findReport(ctx, loaded, id);
      const r = rec.value;
      if (r.status !== "signed") {
        throw new DataError(
          msg("report.not-signed", { id, status: r.status }),
          r.status === "draft" ? [msg("report.sign-first", { id })] : [],
        );
      }
      const topic = r.topic
        ? loaded.ds.topics.find((t) => t.value.id === r.topic)?.value
        : undefined;
      const recipients = to ?? (topic ? [...topic.departments, ...(topic.invited ?? [])] : []);
      if (recipients.length === 0)
        throw new UsageError(msg("err.missing-flags", { flags: "--to" }));
      const settings = loaded.ds.settings?.value;
      const committee = buildIndex(loaded.ds).committees.get(r.committee)?.value;
      const year = Number(on.slice(0, 4));
      const docNo = opts.docNo
        ? normalizeDocNumber(opts.docNo)
        : nextDocNumber(
            settings?.doc_number ?? DEFAULT_DOC_NUMBER,
            committee?.doc_code ?? r.committee,
            year,
            loaded.ds.reports.flatMap((x) => (x.value.doc_no ? [x.value.doc_no] : [])),
          );
      const { due } = dueFor(loaded, r.kind, on);
      if (due.missingCalendars.length > 0) {
        ctx.io.stderr.write(
          `${ctx.t("report.no-calendar", { years: due.missingCalendars.join(", ") })}\n  ${ctx.t("report.no-calendar.hint")}\n`,
        );
      }
      let text = readRecordText(loaded.dir, rec.src.file);
      text = setIn(text, ["status"], "issued", REPORT_LAYOUT);
      text = setIn(text, ["issued_on"], on, REPORT_LAYOUT);
      text = setIn(text, ["doc_no"], docNo, REPORT_LAYOUT);
      if (opts.leaders?.length) text = setIn(text, ["to_leaders"], opts.leaders, REPORT_LAYOUT);
      text = setIn(text, ["to_departments"], recipients, REPORT_LAYOUT);
      text = setIn(text, ["reply_due"], due.due, REPORT_LAYOUT);
      const changes = [{ file: rec.src.file, text, create: false }];
      // the drafted body gets its doc number where the template left the placeholder
      const body = rec.src.file.replace(/\.yaml$/, ".md");
      if (existsSync(path.join(loaded.dir, ...body.split("/")))) {
        const md = readRecordText(loaded.dir, body);
        if (md.includes(DOC_NO_PLACEHOLDER))
          changes.push({ file: body, text: md.replace(DOC_NO_PLACEHOLDER, docNo), create: false });
      }
      return { changes, message: `report issue ${id}: ${docNo} ${r.title}` };
    },
    { parts: ["topics", "reports", "calendar"] },
  );
}
