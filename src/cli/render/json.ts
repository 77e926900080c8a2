import type { Ctx } from "../context.js";

/** One JSON document on stdout; key order is the order the value was built in. */
export function printJson(ctx: Ctx, value: unknown) {
  ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
