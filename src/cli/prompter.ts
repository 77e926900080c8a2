import { msg } from "../domain/diagnostics.js";
import { UsageError } from "../errors.js";

export interface Choice<T> {
  value: T;
  name: string;
  checked?: boolean;
}

/** Questions a command may ask; flags and answers fill the same options object. */
export interface Prompter {
  input(q: {
    message: string;
    default?: string;
    validate?: (v: string) => true | string;
  }): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(q: { message: string; choices: Choice<T>[]; required?: string }): Promise<T[]>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/** Raised when the clerk presses Ctrl-C at a prompt: exit 130, nothing written. */
export class PromptCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/**
 * The terminal prompter, on @inquirer's prompts. Each is imported on its first
 * question only, so commands that do not ask never pay for loading it. Prompts are
 * written to stderr: stdout stays for results.
 */
export function inquirerPrompter(streams: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}): Prompter {
  const ctx = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const guard = async <T>(p: () => Promise<T>): Promise<T> => {
    try {
      return await p();
    } catch (e) {
      const name = (e as Error)?.name;
      if (name === "ExitPromptError" || name === "AbortPromptError") throw new PromptCancelled();
      throw e;
    }
  };
  // one package per kind of question: @inquirer/prompts would also bring the editor
  // prompt and its iconv tables, half a megabyte the bundle would parse at every start
  return {
    input: (q) =>
      guard(async () =>
        (await import("@inquirer/input")).default(
          { message: q.message, default: q.default, validate: q.validate },
          ctx,
        ),
      ),
    select: (q) =>
      guard(async () =>
        (await import("@inquirer/select")).default(
          { message: q.message, choices: q.choices, default: q.default, pageSize: 12, loop: false },
          ctx,
        ),
      ),
    checkbox: (q) =>
      guard(async () =>
        (await import("@inquirer/checkbox")).default(
          {
            message: q.message,
            choices: q.choices,
            pageSize: 12,
            loop: false,
            validate: q.required
              ? (items: readonly unknown[]) => (items.length > 0 ? true : q.required!)
              : undefined,
          },
          ctx,
        ),
      ),
    confirm: (q) =>
      guard(async () =>
        (await import("@inquirer/confirm")).default(
          { message: q.message, default: q.default },
          ctx,
        ),
      ),
  };
}

/** Without a terminal (or with --no-input) nothing is asked: say every flag that is missing. */
export function missingFlags(flags: string[]): UsageError {
  return new UsageError(msg("err.missing-flags", { flags: flags.join(", ") }), [
    msg("err.missing-flags.hint", {}),
  ]);
}
