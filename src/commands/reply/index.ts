import type { Command } from "commander";
import type { Ctx } from "../../cli/context.js";
import { DataError, UsageError } from "../../cli/errors.js";
import type { CommandEnv } from "../../cli/program.js";
import type { Rec } from "../../domain/dataset.js";
import { msg } from "../../domain/diagnostics.js";
import { CHASE_METHODS } from "../../domain/schemas/common.js";
import type { Report } from "../../domain/schemas/report.js";
import { appendTo, setIn } from "../../store/edit.js";
import type { LoadResult } from "../../store/load.js";
import { REPORT_LAYOUT, readRecordText } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { dateFlag, departmentIds } from "../inputs.js";
import { findReport, reportIdArg, requireIssued } from "../report/shared.js";

/**
 * Art. 14: departments answer an issued report in writing. `reply record` notes the
 * written reply, `reply extend` a department's extra time, `reply chase` each 催办.
 */
export function register(program: Command, env: CommandEnv) {
  const reply = program
    .command("reply")
    .description("written replies to issued reports: record, extend, chase (答复反馈, Art. 14)");

  reply
    .command("record")
    .description("record a department's written reply")
    .argument("<report-id>", "report id")
    .requiredOption("--from <dept>", "the replying department: id, name or alias")
    .requiredOption("--on <date>", "the date the reply was received")
    .option("--doc-no <text>", "the reply's own doc number (shows it is in writing)")
    .option("--summary <text>", "what it says")
    .option("--category <key>", "one of answer_categories of xieshang.yaml, e.g. A")
    .addHelpText(
      "after",
      `
The department must be a recipient, the date not before the issue; a category must be a
key of answer_categories. A reply without a doc number is written with a warning.

Examples:
  $ xieshang reply record 2027-jj-r01 --from fgw --on 2027-07-01 \\
      --doc-no 鄂发改函〔2027〕88号 --summary 已制定涉企检查统筹办法 --category B`,
    )
    .action(
      async (
        id: string,
        opts: { from: string; on: string; docNo?: string; summary?: string; category?: string },
        cmd: Command,
      ) => record({ id, ...opts }, env.ctx(cmd)),
    );

  reply
    .command("extend")
    .description("grant a department more time (延期): not overdue until then")
    .argument("<report-id>", "report id")
    .requiredOption("--dept <dept>", "the department: id, name or alias")
    .requiredOption("--until <date>", "the new due date")
    .requiredOption("--reason <text>", "why")
    .option("--on <date>", "date granted (default today)")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply extend 2027-jj-r01 --dept zwfw --until 2027-08-15 --reason 需会同测算`,
    )
    .action(
      async (
        id: string,
        opts: { dept: string; until: string; reason: string; on?: string },
        cmd: Command,
      ) => extend({ id, ...opts }, env.ctx(cmd)),
    );

  reply
    .command("chase")
    .description("log a chase (催办) of a missing reply")
    .argument("<report-id>", "report id")
    .requiredOption("--dept <dept>", "the department: id, name or alias")
    .requiredOption("--method <method>", CHASE_METHODS.join(" | "))
    .option("--on <date>", "date chased (default today)")
    .option("--note <text>", "e.g. 发催办函")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method phone --note 电话催办
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method letter --on 2027-07-20`,
    )
    .action(
      async (
        id: string,
        opts: { dept: string; method: string; on?: string; note?: string },
        cmd: Command,
      ) => chase({ id, ...opts }, env.ctx(cmd)),
    );
}

/** A reply touches one report; its topic is checked too. */
const REPLY_PARTS = { parts: ["topics", "reports"] } as const;

function oneDepartment(ctx: Ctx, ref: string): string {
  return departmentIds(ctx, ctx.load([]).ds, [ref])[0]!;
}

/** An issued report that `dept` has not yet answered (a reply cannot be chased or extended). */
function open(ctx: Ctx, loaded: LoadResult, id: string, dept: string): Rec<Report> {
  const rec = findReport(ctx, loaded, id);
  requireIssued(ctx, rec.value);
  const reply = rec.value.replies?.[dept];
  if (reply)
    throw new DataError(msg("reply.has-replied", { department: dept, date: reply.received_on }));
  return rec;
}

export async function record(
  opts: {
    id: string;
    from: string;
    on: string;
    docNo?: string;
    summary?: string;
    category?: string;
  },
  ctx: Ctx,
) {
  const id = reportIdArg(opts.id);
  const on = dateFlag("--on", opts.on);
  const dept = oneDepartment(ctx, opts.from);
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = findReport(ctx, loaded, id);
      requireIssued(ctx, rec.value);
      const existing = rec.value.replies?.[dept];
      if (existing) {
        throw new DataError(
          msg("reply.already", { department: dept, date: existing.received_on }),
          [msg("reply.already.hint", { file: rec.src.file })],
        );
      }
      const text = setIn(
        readRecordText(loaded.dir, rec.src.file),
        ["replies", dept],
        {
          received_on: on,
          doc_no: opts.docNo?.trim() || undefined,
          summary: opts.summary?.trim() || undefined,
          category: opts.category?.trim() || undefined,
        },
        REPORT_LAYOUT,
      );
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `reply record ${id}: ${dept}`,
      };
    },
    REPLY_PARTS,
  );
}

export async function extend(
  opts: { id: string; dept: string; until: string; reason: string; on?: string },
  ctx: Ctx,
) {
  const id = reportIdArg(opts.id);
  const until = dateFlag("--until", opts.until);
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  const dept = oneDepartment(ctx, opts.dept);
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = open(ctx, loaded, id, dept);
      const due = rec.value.extensions?.[dept]?.until ?? rec.value.reply_due;
      if (due && until <= due) throw new UsageError(msg("reply.until-not-later", { until, due }));
      const text = setIn(
        readRecordText(loaded.dir, rec.src.file),
        ["extensions", dept],
        { until, granted_on: on, reason: opts.reason },
        REPORT_LAYOUT,
      );
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `reply extend ${id}: ${dept} until ${until}`,
      };
    },
    REPLY_PARTS,
  );
}

export async function chase(
  opts: { id: string; dept: string; method: string; on?: string; note?: string },
  ctx: Ctx,
) {
  const id = reportIdArg(opts.id);
  if (!(CHASE_METHODS as readonly string[]).includes(opts.method)) {
    throw new UsageError(
      msg("err.bad-choice", {
        flag: "--method",
        value: opts.method,
        values: CHASE_METHODS.join(", "),
      }),
    );
  }
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  const dept = oneDepartment(ctx, opts.dept);
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = open(ctx, loaded, id, dept);
      const text = appendTo(
        readRecordText(loaded.dir, rec.src.file),
        ["chases"],
        { department: dept, on, method: opts.method, note: opts.note?.trim() || undefined },
        REPORT_LAYOUT,
      );
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `reply chase ${id}: ${dept} ${opts.method}`,
      };
    },
    REPLY_PARTS,
  );
}
