import { parseInputDate } from "../domain/dates.js";
import { terminalText } from "../domain/neutralise.js";
import { fieldLabel } from "../i18n/fields.js";
import type { MessageKey } from "../i18n/index.js";
import { choices, type LabelSet, type ValueOf } from "../i18n/labels.js";
import type { Ctx } from "./context.js";
import { splitList } from "./inputs.js";
import { type Choice, missingFlags, PromptCancelled, type Prompter } from "./prompter.js";

/**
 * How one value of a command's options is filled when no flag gave it: the flag named
 * when nothing can be asked, whether it is needed (given what is known so far), and the
 * question asked on a terminal.
 */
export interface FieldSpec<O, K extends keyof O> {
  /** The flag that gives it, named in the error when it is missing and nobody can be asked. */
  flag: string;
  /** Needed for the command to run (default false: asked on a terminal, may stay empty). */
  required?: boolean | ((sofar: Partial<O>) => boolean);
  /** The question; what it returns fills the value (undefined: left empty). */
  ask?: (sofar: Partial<O>, p: Prompter) => Promise<O[K] | undefined>;
  /** The value when neither a flag nor an answer gave one (a date: today). */
  fallback?: (sofar: Partial<O>) => O[K];
  /**
   * A rule of the 办法 checks it (leaders and heads at a consultation meeting, Art. 12; a
   * reply's doc number, Art. 14): on a terminal it is asked for even when every needed
   * value was given, so that nothing is written only to be warned about.
   */
  checked?: boolean | ((sofar: Partial<O>) => boolean);
}

/** One spec per option, in the order they are asked. */
export type Fields<O> = { [K in keyof O]?: FieldSpec<O, K> };

const isRequired = <O>(spec: FieldSpec<O, keyof O>, sofar: Partial<O>) =>
  typeof spec.required === "function" ? spec.required(sofar) : spec.required === true;

function missing<O>(fields: Fields<O>, sofar: Partial<O>): string[] {
  return (Object.entries(fields) as [keyof O, FieldSpec<O, keyof O>][])
    .filter(([k, spec]) => sofar[k] === undefined && isRequired(spec, sofar))
    .map(([, spec]) => spec.flag);
}

/**
 * Fills one options object (docs/architecture.md "Prompts"): from the flags first (`given`); if a
 * needed value is still missing, from questions on a terminal — every value not given,
 * in order, then a summary to confirm — else a usage error naming every missing flag
 * (exit 2). A command with every needed flag given asks nothing.
 */
export async function fill<O>(
  ctx: Ctx,
  given: Partial<O>,
  fields: Fields<O>,
  summary?: (o: O) => string[],
): Promise<O> {
  const sofar: Partial<O> = { ...given };
  const specs = Object.entries(fields) as [keyof O, FieldSpec<O, keyof O>][];
  const fallBack = () => {
    for (const [k, spec] of specs) {
      if (sofar[k] === undefined && spec.fallback) sofar[k] = spec.fallback(sofar);
    }
  };
  const before = missing(fields, sofar);
  const canAsk = ctx.interactive && ctx.prompter !== undefined;
  const checkedMissing = (k: keyof O, spec: FieldSpec<O, keyof O>) =>
    sofar[k] === undefined &&
    spec.ask !== undefined &&
    (typeof spec.checked === "function" ? spec.checked(sofar) : spec.checked === true);
  // every needed value given: ask only what a rule checks, and only on a terminal
  const onlyChecked = before.length === 0;
  if (onlyChecked && (!canAsk || !specs.some(([k, spec]) => checkedMissing(k, spec)))) {
    fallBack();
    return sofar as O;
  }
  if (!canAsk || !ctx.prompter) throw missingFlags(before);
  const p = ctx.prompter;
  for (const [k, spec] of specs) {
    const ask = onlyChecked ? checkedMissing(k, spec) : sofar[k] === undefined;
    if (ask && spec.ask) sofar[k] = await spec.ask(sofar, p);
  }
  fallBack();
  const after = missing(fields, sofar);
  if (after.length > 0) throw missingFlags(after);
  const done = sofar as O;
  if (summary) {
    // the values as a terminal may show them (README "Output for every reader")
    ctx.io.stderr.write(`${summary(done).map(terminalText).join("\n")}\n`);
    if (!(await p.confirm({ message: ctx.t("prompt.confirm-write"), default: true })))
      throw new PromptCancelled();
  }
  return done;
}

/** A date question, named by its field (提出日期, 收到日期 …), with today as the default. */
export async function askDate(ctx: Ctx, p: Prompter, field: string): Promise<string> {
  const what = fieldLabel(field, ctx.lang);
  const answer = await p.input({
    message: ctx.t("prompt.date", { what }),
    default: ctx.today,
    validate: (v) => (parseInputDate(v) ? true : ctx.t("err.bad-date", { flag: what, value: v })),
  });
  return parseInputDate(answer) ?? ctx.today;
}

/** A free-text question that must not be left empty. */
export async function askText(ctx: Ctx, p: Prompter, message: string): Promise<string> {
  return (
    await p.input({ message, validate: (v) => (v.trim() ? true : ctx.t("prompt.required")) })
  ).trim();
}

/** A free-text question that may be skipped with Enter (undefined then). */
export async function askOptional(p: Prompter, message: string): Promise<string | undefined> {
  return (await p.input({ message })).trim() || undefined;
}

/** A pick among the values of an enumeration, named in the clerk's language. */
export function askChoice<S extends LabelSet>(ctx: Ctx, set: S, message: MessageKey) {
  return (_: unknown, p: Prompter): Promise<ValueOf<S>> =>
    p.select({ message: ctx.t(message as never), choices: choices(set, ctx.lang) });
}

/** Lists longer than this are picked from by typing (a search), not by scrolling. */
const LONG = 15;

/**
 * Several of a list: ticked in one list when it is short; when long (43 or 95
 * departments), picked one by one from a search that filters as the clerk types, until
 * the first choice, "done", is taken.
 */
export async function pickMany<T>(
  ctx: Ctx,
  p: Prompter,
  q: { message: string; choices: Choice<T>[]; checked?: T[]; required?: boolean },
): Promise<T[]> {
  const checked = new Set(q.checked ?? []);
  if (q.choices.length <= LONG)
    return p.checkbox({
      message: q.message,
      choices: q.choices.map((c) => ({ ...c, checked: checked.has(c.value) })),
      required: q.required ? ctx.t("prompt.pick-one") : undefined,
    });
  const picked = q.choices.filter((c) => checked.has(c.value));
  for (;;) {
    const names = picked.map((c) => c.name).join("、");
    const done = { value: undefined, name: ctx.t("prompt.done", { picked: names || "—" }) };
    const rest = q.choices.filter((c) => !picked.includes(c));
    const next = await p.search<T | undefined>({
      message: q.message,
      choices: [...(picked.length > 0 || !q.required ? [done] : []), ...rest],
    });
    if (next === undefined) return picked.map((c) => c.value);
    const choice = rest.find((c) => c.value === next);
    if (choice) picked.push(choice);
  }
}

/** One of a list, by typing when it is long. */
export function pickOne<T>(
  p: Prompter,
  q: { message: string; choices: Choice<T>[]; default?: T },
): Promise<T> {
  return q.choices.length <= LONG ? p.select(q) : p.search(q);
}

/** Names given on one line, separated by 、 or commas; Enter alone for none. */
export async function askList(p: Prompter, message: string): Promise<string[] | undefined> {
  const list = splitList(await p.input({ message }));
  return list.length > 0 ? list : undefined;
}
