import type { Ctx } from "../../cli/context.js";
import type { Rec } from "../../domain/dataset.js";
import { type DueDate, parsePeriod, replyDue, WorkCalendar } from "../../domain/deadlines.js";
import { msg } from "../../domain/diagnostics.js";
import { REPORT_ID } from "../../domain/schemas/common.js";
import type { Report } from "../../domain/schemas/report.js";
import type { Settings } from "../../domain/schemas/settings.js";
import { DataError, UsageError } from "../../errors.js";
import type { LoadResult } from "../../store/load.js";

/** A report id from the command line: its form first, so `../x` never reaches the disk. */
export function reportIdArg(id: string): string {
  if (!REPORT_ID.test(id))
    throw new UsageError(
      msg("schema.format", { field: "REPORT-ID", value: JSON.stringify(id), format: "report-id" }),
    );
  return id;
}

export function findReport(_ctx: Ctx, loaded: LoadResult, id: string): Rec<Report> {
  const rec = loaded.ds.reports.find((r) => r.value.id === id);
  if (!rec)
    throw new UsageError(msg("err.unknown-ref", { kind: "report", value: id }), [
      msg("err.no-candidates", { command: "report list" }),
    ]);
  return rec;
}

/** Replies are recorded on issued reports only. */
export function requireIssued(_ctx: Ctx, r: Report) {
  if (r.status !== "issued") {
    throw new DataError(msg("report.not-issued", { id: r.id, status: r.status }));
  }
}

/** `reply_within` of xieshang.yaml for a report kind (SPEC §2), default 30 calendar days. */
export function replyWithin(settings: Settings | undefined, kind: Report["kind"]): string {
  const rw = settings?.reply_within;
  if (typeof rw === "string") return rw;
  return rw?.[kind] ?? "30d";
}

/** The due date a report issued on `issued` gets, with the reasoning (Art. 14, SPEC §2). */
export function dueFor(
  loaded: LoadResult,
  kind: Report["kind"],
  issued: string,
): { rule: string; due: DueDate } {
  const rule = replyWithin(loaded.ds.settings?.value, kind);
  const period = parsePeriod(rule) ?? { n: 30, unit: "d" as const };
  const calendars = new Map([...loaded.ds.calendars].map(([y, r]) => [y, r.value]));
  return { rule, due: replyDue(issued, period, new WorkCalendar(calendars)) };
}
