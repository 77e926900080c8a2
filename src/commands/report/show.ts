import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { idArg } from "../../cli/inputs.js";
import { printJson } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { buildIndex, type Dataset } from "../../domain/dataset.js";
import { countedAnew, type DueOrigin, dueOrigin } from "../../domain/deadline-moves.js";
import { calendarOf } from "../../domain/deadlines.js";
import { terminalText as shown } from "../../domain/neutralise.js";
import { type RecipientStatus, recipientStatuses } from "../../domain/replies.js";
import { dueFor, findReport } from "../../domain/report-lifecycle.js";
import type { Report } from "../../domain/schemas/report.js";
import { fieldLabel } from "../../i18n/fields.js";
import { label } from "../../i18n/labels.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("show")
    .description(
      "one report: the record, each recipient's reply state and the due-date reasoning (成果详情)",
    )
    .argument("<id>", "report id")
    .addHelpText(
      "after",
      `
Each recipient is replied on time, replied late, extended, pending or overdue as of today
(--as-of). The due date is explained: the rule (reply_within), and the holidays and
make-up workdays of calendar/<year>.yaml that were counted.

Examples:
  $ xieshang report show 2026-jj-r01
  $ xieshang report show 2026-nm-r01 --as-of 2026-12-31 --json`,
    )
    .action(async (id: string, _opts, cmd: Command) => run({ id }, env.ctx(cmd)));
}

export function stateText(ctx: Ctx, s: RecipientStatus): string {
  const text = baseState(ctx, s);
  // a date the law moves off a day off is said, beside the one recorded (README "Deadlines")
  return s.due_recorded && s.due && s.state !== "on_time"
    ? `${text}${ctx.t("state.moved", { due: s.due })}`
    : text;
}

function baseState(ctx: Ctx, s: RecipientStatus): string {
  switch (s.state) {
    case "on_time":
      return ctx.t("state.on_time");
    case "late":
      return ctx.t("state.late", { days: String(s.days_late ?? 0) });
    case "extended":
      return ctx.t("state.extended", { until: s.due_recorded ?? s.due ?? "" });
    case "pending":
      return ctx.t("state.pending");
    case "overdue":
      return ctx.t("state.overdue", { days: String(s.days_late ?? 0) });
  }
}

export async function run(opts: { id: string }, ctx: Ctx) {
  const id = idArg("report", "REPORT-ID", opts.id);
  const loaded = ctx.load(["topics", "reports", "calendar"]);
  const ds = loaded.ds;
  const r = findReport(ds, id).value;
  // the rule the date was made by (README "Deadlines"), counted with the calendars now
  const cal = calendarOf(ds);
  const recipients = recipientStatuses(r, ctx.today, cal);
  const origin = dueOrigin(ds, r, cal);
  const computed: Computed | undefined = origin
    ? { rule: origin.rule, due: origin.now, origin }
    : r.issued_on
      ? dueFor(ds, r.kind, r.issued_on)
      : undefined;
  if (ctx.json) {
    return printJson(ctx, {
      report: r,
      recipients,
      due: computed
        ? { rule: computed.rule, ...computed.due, set_by: origin?.kind ?? "rule" }
        : null,
    });
  }
  ctx.io.stdout.write(`${head(ctx, ds, r).join("\n")}\n`);
  if (r.status !== "issued") return;
  const b = ctx.color.out.bold;
  ctx.io.stdout.write(`\n${b(ctx.t("report.due-title"))}\n`);
  const why = [...(computed ? dueReasons(ctx, r, computed) : []), ...extensions(ctx, ds, r)];
  if (why.length > 0) ctx.io.stdout.write(`${why.map((w) => `  ${w}`).join("\n")}\n`);
  ctx.io.stdout.write(`\n${b(ctx.t("report.recipients"))}\n`);
  recipientTable(ctx, ds, r, recipients);
}

/** The rule and its date now; `origin`, how the recorded date was made. */
type Computed = ReturnType<typeof dueFor> & { origin?: DueOrigin };

/** The report's title, state and fields, one a line. */
function head(ctx: Ctx, ds: Dataset, r: Report): string[] {
  const index = buildIndex(ds);
  const people = new Map((ds.settings?.value.people ?? []).map((p) => [p.id, p.name]));
  const sep = ctx.lang === "zh" ? "：" : ": ";
  // a record's values as a terminal may show them (README "Output for every reader")
  const line = (field: string, v: string | undefined) =>
    v ? `${fieldLabel(field, ctx.lang)}${sep}${shown(v)}` : undefined;
  return [
    `${ctx.color.out.bold(shown(r.title))}`,
    `${r.id} · ${label("reportStatus", r.status, ctx.lang)} · ${label("reportKind", r.kind, ctx.lang)}${r.topic ? ` · ${r.topic}` : ""}`,
    line("doc_no", r.doc_no),
    line("drafted_on", r.drafted_on),
    line(
      "signed_by",
      r.signed_by ? `${people.get(r.signed_by) ?? r.signed_by} (${r.signed_on})` : undefined,
    ),
    line("issued_on", r.issued_on),
    line("to_leaders", r.to_leaders?.join("、")),
    line(
      "to_departments",
      r.to_departments
        ?.map((d) => index.departments.get(d)?.department.name ?? d)
        .join(ctx.lang === "zh" ? "、" : ", "),
    ),
  ].filter((l): l is string => Boolean(l));
}

/**
 * A recorded deadline other than the rule's now (README "Deadlines"): counted before a
 * calendar now there — the tool's own date, `calendar apply` records the move — or set by hand.
 */
function storedDue(ctx: Ctx, r: Report, origin: DueOrigin | undefined, computed: string): string {
  if (origin?.kind !== "rule") return ctx.t("due.edited", { stored: r.reply_due!, computed });
  const { years, changed } = countedAnew(origin);
  return ctx.t(changed ? "due.changed-calendar" : "due.without-calendar", {
    stored: r.reply_due!,
    computed,
    files: years.map((y) => `calendar/${y}.yaml`).join(", "),
  });
}

/** The moves a calendar made, as the record notes them. */
function movesOf(ctx: Ctx, r: Report): string[] {
  return (r.reply_due_basis?.moved ?? []).map((m) =>
    ctx.t("due.recorded-move", {
      on: m.on,
      from: m.from,
      to: m.to,
      years: m.calendars.join(", "),
    }),
  );
}

/** How the reply deadline was reckoned (Art. 14): the rule, holidays, calendars, edits. */
function dueReasons(ctx: Ctx, r: Report, computed: Computed): string[] {
  const d = computed.due;
  return [
    ctx.t(d.period.unit === "wd" ? "due.working-days" : "due.calendar-days", {
      due: d.due,
      n: String(d.period.n),
      issued: r.issued_on!,
      rule: computed.rule,
    }),
    d.movedFrom ? ctx.t("due.moved", { n: String(d.period.n), from: d.movedFrom }) : undefined,
    d.holidays.length ? ctx.t("due.holidays", { list: d.holidays.join(", ") }) : undefined,
    d.workdays.length ? ctx.t("due.workdays", { list: d.workdays.join(", ") }) : undefined,
    d.missingCalendars.length
      ? ctx.t("due.no-calendar", { years: d.missingCalendars.join(", ") })
      : undefined,
    r.reply_due && r.reply_due !== d.due ? storedDue(ctx, r, computed.origin, d.due) : undefined,
    ...movesOf(ctx, r),
  ].filter((l): l is string => Boolean(l));
}

/** The extensions granted, one a department. */
function extensions(ctx: Ctx, ds: Dataset, r: Report): string[] {
  const index = buildIndex(ds);
  return Object.entries(r.extensions ?? {}).map(([dept, ext]) =>
    ctx.t("due.extension", {
      department: index.departments.get(dept)?.department.name ?? dept,
      until: ext.until,
      reason: ext.reason ? `（${ext.reason}）` : "",
    }),
  );
}

/** Each recipient's state, reply and last chase, as a table. */
function recipientTable(
  ctx: Ctx,
  ds: Dataset,
  r: Report,
  recipients: ReturnType<typeof recipientStatuses>,
) {
  const index = buildIndex(ds);
  printTable(
    ctx,
    [
      ctx.t("h.recipient"),
      ctx.t("h.state"),
      ctx.t("h.due"),
      ctx.t("h.received"),
      ctx.t("h.doc-no"),
      ctx.t("h.evaluations"),
      ctx.t("h.last-chase"),
    ],
    recipients.map((s) => [
      `${index.departments.get(s.department)?.department.name ?? s.department} (${s.department})`,
      stateText(ctx, s),
      s.due ?? "—",
      s.received_on ?? "—",
      r.replies?.[s.department]?.doc_no ?? "—",
      evaluation(ctx, r.replies?.[s.department]?.satisfaction),
      s.last_chase
        ? `${s.last_chase.on} ${label("chaseMethod", s.last_chase.method, ctx.lang)}`
        : "—",
    ]),
  );
}

/** The committee's evaluation of a reply: handling / result (满意 / 基本满意 / 不满意). */
function evaluation(ctx: Ctx, s: { handling?: string; result?: string } | undefined): string {
  if (!s?.handling && !s?.result) return "—";
  const name = (v: string | undefined) => (v ? label("satisfaction", v, ctx.lang) : "—");
  return `${name(s.handling)} / ${name(s.result)}`;
}
