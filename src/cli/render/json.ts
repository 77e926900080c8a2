import { jsonText } from "../../domain/neutralise.js";
import type { MessageKey } from "../../i18n/index.js";
import type { Ctx } from "../context.js";

/** One JSON document on stdout; key order is the order the value was built in. */
export function printJson(ctx: Ctx, value: unknown) {
  (ctx.io.document ?? ctx.io.stdout).write(`${jsonText(JSON.stringify(value, null, 2))}\n`);
}

/**
 * The common start of a list command's output: with --json the records, as stored; with
 * none, a line on stderr (an empty result is not an error). True when that was all.
 */
export function jsonOrNone(ctx: Ctx, records: unknown[], none: MessageKey): boolean {
  if (ctx.json) printJson(ctx, records);
  else if (records.length === 0) ctx.io.stderr.write(`${ctx.t(none)}\n`);
  else return false;
  return true;
}
