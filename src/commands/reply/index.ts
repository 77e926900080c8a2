import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import type { Prompter } from "../../cli/prompter.js";
import { buildIndex, type Rec } from "../../domain/dataset.js";
import { msg } from "../../domain/diagnostics.js";
import type { Report } from "../../domain/schemas/report.js";
import { DataError, UsageError } from "../../errors.js";
import { choiceHelp, choices } from "../../i18n/labels.js";
import { appendTo, setIn } from "../../store/edit.js";
import type { LoadResult } from "../../store/load.js";
import { REPORT_LAYOUT, readRecordText } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { askDate, askMissing, askText, type Missing } from "../ask.js";
import { choiceFlag, dateFlag, departmentIds } from "../inputs.js";
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
    .option("--from <dept>", "the replying department: id, name or alias")
    .option("--on <date>", "the date the reply was received (default today)")
    .option("--doc-no <text>", "the reply's own doc number (shows it is in writing)")
    .option("--summary <text>", "what it says")
    .option("--category <key>", "one of answer_categories of xieshang.yaml, e.g. A")
    .addHelpText(
      "after",
      `
The department must be a recipient, the date not before the issue; a category must be a
key of answer_categories. A reply without a doc number is written with a warning. On a
terminal, a missing --from is asked for among the recipients still owing a reply.

Examples:
  $ xieshang reply record 2027-jj-r01 --from fgw --on 2027-07-01 \\
      --doc-no 鄂发改函〔2027〕88号 --summary 已制定涉企检查统筹办法 --category B`,
    )
    .action(async (id: string, opts: RecordOptions, cmd: Command) =>
      record({ ...opts, id }, env.ctx(cmd)),
    );

  reply
    .command("extend")
    .description("grant a department more time (延期): not overdue until then")
    .argument("<report-id>", "report id")
    .option("--dept <dept>", "the department: id, name or alias")
    .option("--until <date>", "the new due date")
    .option("--reason <text>", "why")
    .option("--on <date>", "date granted (default today)")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply extend 2027-jj-r01 --dept zwfw --until 2027-08-15 --reason 需会同测算`,
    )
    .action(async (id: string, opts: ExtendOptions, cmd: Command) =>
      extend({ ...opts, id }, env.ctx(cmd)),
    );

  reply
    .command("chase")
    .description("log a chase (催办) of a missing reply")
    .argument("<report-id>", "report id")
    .option("--dept <dept>", "the department: id, name or alias")
    .option("--method <method>", choiceHelp("method", "en"))
    .option("--on <date>", "date chased (default today)")
    .option("--note <text>", "e.g. 发催办函")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method phone --note 电话催办
  $ xieshang reply chase 2027-jj-r01 --dept zwfw --method letter --on 2027-07-20`,
    )
    .action(async (id: string, opts: ChaseOptions, cmd: Command) =>
      chase({ ...opts, id }, env.ctx(cmd)),
    );
}

interface RecordOptions {
  id: string;
  from?: string;
  on?: string;
  docNo?: string;
  summary?: string;
  category?: string;
}
interface ExtendOptions {
  id: string;
  dept?: string;
  until?: string;
  reason?: string;
  on?: string;
}
interface ChaseOptions {
  id: string;
  dept?: string;
  method?: string;
  on?: string;
  note?: string;
}

/** A reply touches one report; its topic is checked too. */
const REPLY_PARTS = { parts: ["topics", "reports"] } as const;

/** The department named by a flag, or asked for among the recipients still owing a reply. */
function departmentMissing(
  ctx: Ctx,
  id: string,
  flag: string,
  set: (dept: string) => void,
): Missing {
  return {
    flag,
    async ask(p: Prompter) {
      const loaded = ctx.load(["topics", "reports"]);
      const r = findReport(ctx, loaded, id).value;
      const index = buildIndex(loaded.ds);
      const owing = (r.to_departments ?? []).filter((d) => !r.replies?.[d]);
      set(
        await p.select({
          message: ctx.t(flag === "--from" ? "prompt.replying-department" : "prompt.department"),
          choices: owing.map((d) => ({
            value: d,
            name: `${index.departments.get(d)?.department.name ?? d} (${d})`,
          })),
        }),
      );
    },
  };
}

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

export async function record(opts: RecordOptions, ctx: Ctx) {
  const id = reportIdArg(opts.id);
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  let dept = opts.from ? oneDepartment(ctx, opts.from) : undefined;
  const missing: Missing[] = [];
  if (!dept) {
    missing.push(
      departmentMissing(ctx, id, "--from", (d) => {
        dept = d;
      }),
    );
  }
  await askMissing(ctx, missing);
  const from = dept!;
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = findReport(ctx, loaded, id);
      requireIssued(ctx, rec.value);
      const existing = rec.value.replies?.[from];
      if (existing) {
        throw new DataError(
          msg("reply.already", { department: from, date: existing.received_on }),
          [msg("reply.already.hint", { file: rec.src.file })],
        );
      }
      const text = setIn(
        readRecordText(loaded.dir, rec.src.file),
        ["replies", from],
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
        message: `reply record ${id}: ${from}`,
      };
    },
    REPLY_PARTS,
  );
}

export async function extend(opts: ExtendOptions, ctx: Ctx) {
  const id = reportIdArg(opts.id);
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  let dept = opts.dept ? oneDepartment(ctx, opts.dept) : undefined;
  let until = opts.until ? dateFlag("--until", opts.until) : undefined;
  let reason = opts.reason?.trim() || undefined;
  const missing: Missing[] = [];
  if (!dept) {
    missing.push(
      departmentMissing(ctx, id, "--dept", (d) => {
        dept = d;
      }),
    );
  }
  if (!until) {
    missing.push({
      flag: "--until",
      ask: async (p) => {
        until = await askDate(ctx, p, "until");
      },
    });
  }
  if (!reason) {
    missing.push({
      flag: "--reason",
      ask: async (p) => {
        reason = await askText(ctx, p, ctx.t("prompt.reason"));
      },
    });
  }
  await askMissing(ctx, missing);
  const d = dept!;
  const newDue = until!;
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = open(ctx, loaded, id, d);
      const due = rec.value.extensions?.[d]?.until ?? rec.value.reply_due;
      if (due && newDue <= due)
        throw new UsageError(msg("reply.until-not-later", { until: newDue, due }));
      const text = setIn(
        readRecordText(loaded.dir, rec.src.file),
        ["extensions", d],
        { until: newDue, granted_on: on, reason: reason! },
        REPORT_LAYOUT,
      );
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `reply extend ${id}: ${d} until ${newDue}`,
      };
    },
    REPLY_PARTS,
  );
}

export async function chase(opts: ChaseOptions, ctx: Ctx) {
  const id = reportIdArg(opts.id);
  let method = opts.method ? choiceFlag("chaseMethod", "--method", opts.method, ctx) : undefined;
  const on = opts.on ? dateFlag("--on", opts.on) : ctx.today;
  let dept = opts.dept ? oneDepartment(ctx, opts.dept) : undefined;
  const missing: Missing[] = [];
  if (!dept) {
    missing.push(
      departmentMissing(ctx, id, "--dept", (d) => {
        dept = d;
      }),
    );
  }
  if (!method) {
    missing.push({
      flag: "--method",
      ask: async (p) => {
        method = await p.select({
          message: ctx.t("prompt.method"),
          choices: choices("chaseMethod", ctx.lang),
        });
      },
    });
  }
  await askMissing(ctx, missing);
  const d = dept!;
  await applyPlan(
    ctx,
    (loaded) => {
      const rec = open(ctx, loaded, id, d);
      const text = appendTo(
        readRecordText(loaded.dir, rec.src.file),
        ["chases"],
        { department: d, on, method: method!, note: opts.note?.trim() || undefined },
        REPORT_LAYOUT,
      );
      return {
        changes: [{ file: rec.src.file, text, create: false }],
        message: `reply chase ${id}: ${d} ${method}`,
      };
    },
    REPLY_PARTS,
  );
}
