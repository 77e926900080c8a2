import type { Command } from "commander";
import { applyPatch } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { yearFlag } from "../cli/inputs.js";
import { requireReadable } from "../cli/reading.js";
import { printJson } from "../cli/render/json.js";
import { buildIndex, type Dataset } from "../domain/dataset.js";
import { addDays } from "../domain/dates.js";
import { type DeadlineMove, deadlineMoves, moveEdits } from "../domain/deadline-moves.js";
import { type Msg, msg } from "../domain/diagnostics.js";
import {
  byMonth,
  type CalendarChange,
  calendarText,
  dayText,
  type NoticeProblem,
  planCalendarImport,
  readNotice,
  withNotice,
} from "../domain/holiday-notice.js";
import { patch, recordPath } from "../domain/patch.js";
import { DataError } from "../errors.js";
import { readPasted } from "./import.js";

/**
 * Holidays for working-day deadlines (Art. 14, docs/commands.md "Holidays"): `calendar import`
 * turns the State Council's yearly notice into calendar/<year>.yaml; `calendar show`
 * says what a year's file holds, and whether the open reports' deadlines have theirs.
 */
export function register(program: Command, env: CommandEnv) {
  const calendar = program
    .command("calendar")
    .description("public holidays and make-up workdays of each year (节假日安排)");
  calendar
    .command("import")
    .description("calendar/<year>.yaml from the State Council's notice as pasted (导入放假通知)")
    .argument("<file>", "the notice: its text, or the HTML of its page")
    .option("--year <year>", "the year (default: from the notice's title)")
    .option("--dry-run", "print the calendar and write nothing")
    .option("--force", "replace an existing calendar, or write one that does not add up")
    .addHelpText(
      "after",
      `
Paste 《国务院办公厅关于<year>年部分节假日安排的通知》 into a file as it stands on the page
(text or HTML; 周四 or 星期四 or no weekdays; 农历 notes in brackets are ignored). Each
festival's days off (放假, 补休) become holidays, under the notice's own line; each 上班
day a workday. A 元旦 that starts in the December before adds those days to that year's
file. The notice is checked against itself: 共N天 against the days counted, a 上班 day
that is not a weekend, a day off under two festivals, dates outside the title's year;
then nothing is written without --force. An existing calendar is replaced only with
--force, and the difference is shown.
In the same write, the open reply deadlines are counted again with it: each move is
listed (report, department, old date → new date, why), written to reply_due and noted in
reply_due_basis.moved; a date set by hand is left alone and named. The documents sent keep
their dates. --dry-run lists them and writes nothing.

Examples:
  $ xieshang calendar import 2027放假通知.txt --dry-run
  $ xieshang calendar import 2027放假通知.html --commit
  $ xieshang calendar import 通知.txt --year 2027 --force`,
    )
    .action(async (file: string, flags: ImportFlags, cmd: Command) =>
      runImport(file, flags, env.ctx(cmd)),
    );
  registerApply(calendar, env);
  registerShow(calendar, env);
}

function registerApply(calendar: Command, env: CommandEnv) {
  calendar
    .command("apply")
    .description(
      "count the open reply deadlines again with the calendars as they are (按节假日安排调整期限)",
    )
    .option("--dry-run", "list the deadlines that would move and write nothing")
    .addHelpText(
      "after",
      `
calendar import does this by itself. Run it after calendar/<year>.yaml was edited by
hand (validate warns of each deadline it would move, rule deadline): every open reply
deadline its rule computed without that calendar, or before the change, is counted
again and recorded, the move noted in the report's reply_due_basis. A date set by hand
is left alone and named; the documents already sent keep their dates.

Examples:
  $ xieshang calendar apply --dry-run
  $ xieshang calendar apply`,
    )
    .action(async (flags: { dryRun?: boolean }, cmd: Command) => runApply(flags, env.ctx(cmd)));
}

function registerShow(calendar: Command, env: CommandEnv) {
  calendar
    .command("show")
    .description("a year's days off and make-up workdays, month by month (放假安排)")
    .argument("[year]", "the year (default: this year)")
    .addHelpText(
      "after",
      `
Then the years that the due dates of the reports still awaiting replies fall in, each
with or without its calendar file: a year without one counts weekends only.

Examples:
  $ xieshang calendar show
  $ xieshang calendar show 2027`,
    )
    .action(async (year: string | undefined, _flags: unknown, cmd: Command) =>
      runShow(year, env.ctx(cmd)),
    );
}

interface ImportFlags {
  year?: string;
  dryRun?: boolean;
  force?: boolean;
}

function problemMsg(p: NoticeProblem): Msg {
  switch (p.kind) {
    case "count":
      return msg("calendar.count", {
        festival: p.festival,
        declared: String(p.declared),
        counted: String(p.counted),
      });
    case "workday-not-weekend":
      return msg("calendar.workday-weekday", { festival: p.festival, date: dayText(p.date) });
    case "holiday-twice":
      return msg("calendar.twice", { date: p.date, festivals: p.festivals.join("、") });
    case "year-differs":
      return msg("calendar.year-differs", { title: String(p.title), date: p.date });
    case "title-differs":
      return msg("calendar.title-differs", { title: String(p.title), found: String(p.found) });
    case "bad-date":
      return msg("calendar.bad-date", { festival: p.festival, text: p.text });
    case "long-range":
      return msg("calendar.long-range", { festival: p.festival, from: p.from, to: p.to });
    case "no-items":
      return msg("calendar.no-items", {});
  }
}

export async function runImport(file: string, flags: ImportFlags, ctx: Ctx) {
  const year = flags.year === undefined ? undefined : yearFlag("--year", flags.year);
  const notice = readNotice(readPasted(ctx, file), year, Number(ctx.today.slice(0, 4)));
  const { t, io } = ctx;
  for (const p of notice.problems) {
    const m = problemMsg(p);
    io.stderr.write(`${t(m.key, m.params as never)}\n`);
  }
  if (notice.problems.length > 0 && !flags.force)
    throw new DataError(
      msg("calendar.does-not-add-up", { count: String(notice.problems.length) }),
      [msg("calendar.does-not-add-up.hint", {})],
    );
  const { text, before } = calendarText(notice);
  const earlier = notice.year - 1;
  const years = [notice.year - 1, notice.year];
  // the deadlines are counted with every calendar: those the notice does not replace must read
  ctx.load(["reports", "calendar"]);
  requireReadable(
    ctx,
    (f) =>
      f.startsWith("reports/") ||
      (f.startsWith("calendar/") && f !== `calendar/${notice.year}.yaml`),
  );
  if (flags.dryRun) {
    io.stdout.write(text);
    if (before.holidays.length + before.workdays.length > 0)
      io.stderr.write(
        `${t("calendar.before", { year: String(earlier), dates: [...before.holidays, ...before.workdays].join("、") })}\n`,
      );
    // the deadlines the notice would move (README "Deadlines")
    tellMoves(ctx, withNotice(ctx.load(["reports", "calendar"]).ds, notice), years);
    io.stderr.write(`${t("import.dry-run")}\n`);
    return;
  }
  const fileOf = (y: number) => recordPath("calendar", undefined, String(y));
  let changed: CalendarChange | undefined;
  let after: Dataset | undefined;
  await applyPatch(
    ctx,
    (loaded) => {
      const planned = planCalendarImport(loaded.ds, notice, fileOf);
      changed = planned.changed;
      if (changed && !flags.force) {
        writeDifference(ctx, changed);
        throw new DataError(msg("calendar.exists", { file: fileOf(notice.year) }), [
          msg("calendar.exists.hint", {}),
        ]);
      }
      // the open deadlines the new calendar moves, moved in the same write
      after = withNotice(loaded.ds, notice);
      planned.patch.edit.push(...moveEdits(deadlineMoves(after, ctx.today).moves));
      return planned.patch;
    },
    { parts: ["reports", "calendar"] },
  );
  if (changed) writeDifference(ctx, changed);
  if (after) tellMoves(ctx, after, years);
}

/**
 * The open deadlines a calendar moves, report by report, and the dates set by hand it
 * leaves alone though they fall on a day off (`years`: only those in these years).
 */
function tellMoves(ctx: Ctx, ds: Dataset, years: number[] | null) {
  const { moves, handSet } = deadlineMoves(ds, ctx.today);
  const { t, io } = ctx;
  const index = buildIndex(ds);
  const names = (ids: string[]) =>
    ids.map((d) => index.departments.get(d)?.department.name ?? d).join("、");
  const days = (list: string[]) =>
    runs(list)
      .map(([a, b]) =>
        a === b ? a.slice(5) : `${a.slice(5)}${ctx.lang === "zh" ? "至" : "–"}${b.slice(5)}`,
      )
      .join(ctx.lang === "zh" ? "、" : ", ");
  if (moves.length === 0) io.stderr.write(`${t("due.none-moved")}\n`);
  else io.stderr.write(`${t("due.moves", { count: String(moves.length) })}\n`);
  for (const m of moves) {
    const why = whyText(ctx, m, days);
    io.stderr.write(
      `  ${t("due.move", { report: m.report, departments: names(m.departments), from: m.from, to: m.to, why })}\n`,
    );
  }
  // the dates set by hand: in the years a notice brings, each; otherwise those on a day off
  for (const h of handSet) {
    const off = h.legal !== h.date;
    if (years ? !years.includes(Number(h.date.slice(0, 4))) : !off) continue;
    const said = { ...h, departments: names(h.departments) };
    io.stderr.write(`  ${off ? t("due.hand-set", said) : t("due.hand-set-kept", said)}\n`);
  }
}

/** Why a deadline moved: the days off and make-up workdays of the calendars counted anew. */
function whyText(ctx: Ctx, m: DeadlineMove, days: (list: string[]) => string): string {
  const { t } = ctx;
  return m.years
    .map((y) => {
      const inY = (d: string) => d.startsWith(`${y}-`);
      const off = m.holidays.filter(inY);
      const on = m.workdays.filter(inY);
      const said = [
        m.changed ? t("due.why.changed", { year: String(y) }) : "",
        off.length ? t("due.why.holidays", { year: String(y), days: days(off) }) : "",
        on.length ? t("due.why.workdays", { year: String(y), days: days(on) }) : "",
      ].filter(Boolean);
      return said.join("；") || t("due.why.calendar", { year: String(y) });
    })
    .join("；");
}

export async function runApply(flags: { dryRun?: boolean }, ctx: Ctx) {
  // a calendar file that cannot be read would count as no calendar: nothing moves by it
  ctx.load(["reports", "calendar"]);
  requireReadable(ctx, (file) => file.startsWith("calendar/") || file.startsWith("reports/"));
  if (flags.dryRun) {
    tellMoves(ctx, ctx.load(["reports", "calendar"]).ds, null);
    ctx.io.stderr.write(`${ctx.t("import.dry-run")}\n`);
    return;
  }
  let after: Dataset | undefined;
  await applyPatch(
    ctx,
    (loaded) => {
      after = loaded.ds;
      const edits = moveEdits(deadlineMoves(loaded.ds, ctx.today).moves);
      return patch({ edit: edits, message: `calendar apply: ${edits.length} deadlines moved` });
    },
    { parts: ["reports", "calendar"] },
  );
  if (after) tellMoves(ctx, after, null);
}

/** Days in order as runs of consecutive days: [first, last] each. */
function runs(days: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const d of [...days].sort()) {
    const last = out.at(-1);
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

function writeDifference(ctx: Ctx, d: { added: string[]; removed: string[] }) {
  if (d.added.length + d.removed.length === 0) {
    ctx.io.stderr.write(`${ctx.t("calendar.same")}\n`);
    return;
  }
  for (const a of d.added) ctx.io.stderr.write(`  + ${dayText(a)} ${a}\n`);
  for (const r of d.removed) ctx.io.stderr.write(`  - ${dayText(r)} ${r}\n`);
}

export async function runShow(yearArg: string | undefined, ctx: Ctx) {
  const year = yearArg === undefined ? Number(ctx.today.slice(0, 4)) : yearFlag("YEAR", yearArg);
  const { ds } = ctx.load(["reports", "calendar"]);
  const { t, io } = ctx;
  const cal = ds.calendars.get(year)?.value;
  const sep = ctx.lang === "zh" ? "、" : ", ";
  if (ctx.json) {
    printJson(ctx, {
      year,
      holidays: cal?.holidays ?? null,
      workdays: cal?.workdays ?? null,
      deadline_years: deadlineYears(ds, ctx.today),
    });
    return;
  }
  if (!cal) io.stdout.write(`${t("calendar.none", { year: String(year) })}\n`);
  else {
    io.stdout.write(`${t("calendar.title", { year: String(year) })}\n`);
    for (const m of byMonth(cal)) {
      const off = m.holidays.map((d) => `${Number(d.slice(8))}日`).join(sep);
      const on = m.workdays.map((d) => dayText(d).replace(/^\d+月/, "")).join(sep);
      io.stdout.write(
        `  ${t("calendar.month", { month: String(m.month), off: off || "—", on: on || "—" })}\n`,
      );
    }
  }
  const years = deadlineYears(ds, ctx.today);
  if (years.length > 0) {
    io.stdout.write(`\n${t("calendar.deadlines")}\n`);
    for (const y of years) {
      io.stdout.write(
        `  ${t(y.file ? "calendar.deadline-year" : "calendar.deadline-year-missing", { year: String(y.year) })}\n`,
      );
      // the deadlines that wait on the year's notice: a holiday in it would move them
      if (!y.file)
        for (const w of y.waiting)
          io.stdout.write(
            `    ${t("calendar.waiting", { ...w, department: deptName(ds, w.department) })}\n`,
          );
    }
  }
}

function deptName(ds: ReturnType<Ctx["load"]>["ds"], id: string): string {
  return buildIndex(ds).departments.get(id)?.department.name ?? id;
}

/**
 * The years the due dates of the replies still owed fall in, whether each has a file, and
 * the deadlines of each (report, department, due): those of a year without a file wait on
 * its notice (README "Deadlines").
 */
function deadlineYears(ds: ReturnType<Ctx["load"]>["ds"], today: string) {
  const years = new Map<number, { report: string; department: string; due: string }[]>([
    [Number(today.slice(0, 4)), []],
  ]);
  const at = (y: number) => years.get(y) ?? years.set(y, []).get(y)!;
  for (const { value: r } of [...ds.reports].sort((a, b) => (a.value.id < b.value.id ? -1 : 1))) {
    if (r.status !== "issued") continue;
    for (const d of r.to_departments ?? []) {
      if (r.replies?.[d]) continue;
      const due = r.extensions?.[d]?.until ?? r.reply_due;
      if (due) at(Number(due.slice(0, 4))).push({ report: r.id, department: d, due });
      if (r.issued_on) at(Number(r.issued_on.slice(0, 4)));
    }
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, waiting]) => ({ year, file: ds.calendars.has(year), waiting }));
}
