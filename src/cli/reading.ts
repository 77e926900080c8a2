import type { Diagnostic } from "../domain/diagnostics.js";
import { msg } from "../domain/diagnostics.js";
import { DataError } from "../errors.js";
import type { Ctx } from "./context.js";

/**
 * Nothing hidden (docs/reliability.md "Reading: nothing hidden"): a record that could not be read is
 * never silently left out. Decided here, once, for every command: a view prints what it
 * could, then one line per file it left out and exits 1; a document is not made at all.
 */

function tell(ctx: Ctx, list: Diagnostic[]) {
  const { t, io } = ctx;
  for (const d of list)
    io.stderr.write(`${d.file}:${d.line}: ${t(d.message.key, d.message.params as never)}\n`);
}

/** After a command ran: the files it could not read, and the exit code that follows. */
export function afterReading(ctx: Ctx | undefined, code: number): number {
  if (!ctx || ctx.reading === "told") return code;
  const list = ctx.unreadable();
  if (list.length === 0) return code;
  tell(ctx, list);
  ctx.io.stderr.write(`${ctx.t("read.skipped", { count: String(list.length) })}\n`);
  return ctx.reading === "warn" || code !== 0 ? code : 1;
}

/**
 * Before a document is made (plan, remind, report draft, any --out): refuse while a file
 * it would draw on (`within`) cannot be read — a plan missing a topic is a wrong plan.
 */
export function requireReadable(ctx: Ctx, within: (file: string) => boolean): void {
  const list = ctx.unreadable();
  const count = list.filter((d) => within(d.file)).length;
  if (count === 0) {
    // the document is whole; files it does not draw on are still listed after it
    ctx.reading = "warn";
    return;
  }
  tell(ctx, list);
  ctx.reading = "told";
  throw new DataError(msg("read.document-refused", { count: String(count) }), [
    msg("read.document-refused.hint", {}),
  ]);
}

/** The files a document of a year draws on: settings, committees, and `folders` of that year (all years when none is given). */
export function drawsOn(folders: readonly string[], year?: number): (file: string) => boolean {
  return (file) => {
    if (file === "xieshang.yaml" || file.startsWith("committees/")) return true;
    const [folder, y] = file.split("/");
    return folders.includes(folder ?? "") && (year === undefined || y === String(year));
  };
}

/**
 * Before a number is handed out (a doc number, a letter number): every file it could
 * collide with was read, or nothing is written (exit 1, docs/reliability.md "Reliability").
 */
export function requireComplete(
  ctx: Ctx,
  within: (file: string) => boolean,
  what: "doc-no" | "letter-no",
): void {
  const list = ctx.unreadable().filter((d) => within(d.file));
  if (list.length === 0) return;
  tell(ctx, list);
  ctx.reading = "told";
  throw new DataError(msg("write.incomplete", { what, count: String(list.length) }), [
    msg("write.incomplete.hint", {}),
  ]);
}
