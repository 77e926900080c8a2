import type { Ctx } from "../cli/context.js";
import { missingFlags, type Prompter } from "../cli/prompter.js";
import { parseInputDate } from "../domain/dates.js";

export interface Missing {
  /** The flag that would have given the value, named when nothing can be asked. */
  flag: string;
  ask(p: Prompter): Promise<void>;
}

/**
 * SPEC §4: a value a command needs and was not given is asked for on a terminal (stdin
 * and stdout terminals, no --no-input); otherwise the command exits 2 naming every
 * missing flag at once.
 */
export async function askMissing(ctx: Ctx, missing: Missing[]): Promise<void> {
  if (missing.length === 0) return;
  if (!ctx.interactive || !ctx.prompter) throw missingFlags(missing.map((m) => m.flag));
  for (const m of missing) await m.ask(ctx.prompter);
}

/** A date question with today as the default. */
export async function askDate(ctx: Ctx, p: Prompter, what: string): Promise<string> {
  const answer = await p.input({
    message: ctx.t("prompt.date", { what }),
    default: ctx.today,
    validate: (v) => (parseInputDate(v) ? true : ctx.t("err.bad-date", { flag: what, value: v })),
  });
  return parseInputDate(answer)!;
}

/** A free-text question that must not be left empty. */
export async function askText(ctx: Ctx, p: Prompter, message: string): Promise<string> {
  return (
    await p.input({ message, validate: (v) => (v.trim() ? true : ctx.t("prompt.required")) })
  ).trim();
}
