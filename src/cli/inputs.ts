import type { Dataset } from "../domain/dataset.js";
import { buildIndex } from "../domain/dataset.js";
import { parseInputDate, parseSchedule } from "../domain/dates.js";
import { msg } from "../domain/diagnostics.js";
import { REPORT_ID, TOPIC_ID } from "../domain/ids.js";
import { resolveDepartment } from "../domain/references.js";
import { UsageError } from "../errors.js";
import { choices, fromLabel, type LabelSet, type ValueOf } from "../i18n/labels.js";
import type { Ctx } from "./context.js";
import { settleReference } from "./refs.js";

/** README "Global options": lists are comma-separated (ASCII or full-width comma, or 、) and may repeat. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A commander collector: `--departments fgw,czj --departments sjj`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...splitList(value)];
}

/** A year given on the command line: four digits, else a usage error naming the flag. */
export function yearFlag(flag: string, value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(msg("err.bad-year", { flag, value }));
  return Number(value);
}

export function dateFlag(flag: string, value: string): string {
  const d = parseInputDate(value);
  if (!d) throw new UsageError(msg("err.bad-date", { flag, value }));
  return d;
}

/** An enumerated value given by id or label (`research`, `调查研究`). */
export function choiceFlag<S extends LabelSet>(
  set: S,
  flag: string,
  value: string,
  ctx: Ctx,
): ValueOf<S> {
  const id = fromLabel(set, value);
  if (id) return id;
  const values = choices(set, ctx.lang)
    .map((c) => `${c.value} ${c.name}`)
    .join(ctx.lang === "zh" ? "、" : ", ");
  throw new UsageError(msg("err.bad-choice", { flag, value, values }));
}

/** Departments named by id, name, full name or alias, as ids (unknown or ambiguous: exit 2). */
export function departmentIds(ctx: Ctx, ds: Dataset, refs: string[]): string[] {
  const index = buildIndex(ds);
  const ids = refs.map(
    (ref) => settleReference(ctx, "department", ref, resolveDepartment(ref, index)).department.id,
  );
  return [...new Set(ids)];
}

const ID_FORMS = { topic: TOPIC_ID, report: REPORT_ID } as const;

/**
 * A record id given on the command line, checked for its form before anything else, so
 * that `../x` never reaches the disk.
 */
export function idArg(kind: keyof typeof ID_FORMS, flag: string, value: string): string {
  if (!ID_FORMS[kind].test(value))
    throw new UsageError(
      msg("schema.format", { field: flag, value: JSON.stringify(value), format: `${kind}-id` }),
    );
  return value;
}

/** A topic's schedule, a quarter or month, as typed (2027-Q2, 2027年二季度, 2027年5月, 2027-05). */
export function scheduleFlag(flag: string, value: string): string {
  const v = parseSchedule(value);
  if (!v) throw new UsageError(msg("err.bad-schedule", { flag, value }));
  return v;
}

/** The name of a template of templates/ (no folders): `outcome-brief` → outcome-brief.md.hbs. */
export function templateFlag(flag: string, value: string): string {
  if (!/^[\w.-]+$/.test(value)) throw new UsageError(msg("err.bad-template", { flag, value }));
  return `${value.replace(/\.md\.hbs$/, "")}.md.hbs`;
}

/** A date flag when given, else today. */
export function onFlag(ctx: Ctx, flag: string, value: string | undefined): string {
  return value === undefined ? ctx.today : dateFlag(flag, value);
}

/** Free text from a flag: trimmed, and an empty value is no value. */
export function textFlag(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** A number of days (0–9999), as `overdue --within 14` takes it. */
export function daysFlag(flag: string, value: string): number {
  if (!/^\d{1,4}$/.test(value.trim())) throw new UsageError(msg("err.bad-days", { flag, value }));
  return Number(value.trim());
}

/** One of the output formats a command writes. */
export function formatFlag<F extends string>(
  flag: string,
  value: string,
  formats: readonly F[],
): F {
  if (!(formats as readonly string[]).includes(value))
    throw new UsageError(msg("err.bad-choice", { flag, value, values: formats.join(", ") }));
  return value as F;
}
