import { msg } from "../domain/diagnostics.js";
import { terminalText } from "../domain/neutralise.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/lang.js";

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
  /** One of a long list, filtered as the clerk types. */
  search<T>(q: { message: string; choices: Choice<T>[] }): Promise<T>;
  /** The same prompter, speaking the clerk's language in its hints and answers. */
  withLang?(lang: Lang): Prompter;
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
export function inquirerPrompter(
  streams: {
    input: NodeJS.ReadableStream;
    output: NodeJS.WritableStream;
  },
  lang: Lang = "en",
): Prompter {
  // the streams are read on the first question: process.stdin is made when first touched,
  // a few milliseconds that a command asking nothing should not pay
  const ctx = () => ({ input: streams.input, output: streams.output, clearPromptOnDone: false });
  const theme = themeFor(lang);
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
          ctx(),
        ),
      ),
    select: (q) =>
      guard(async () =>
        (await import("@inquirer/select")).default(
          {
            message: q.message,
            choices: shown(q.choices),
            default: q.default,
            pageSize: 12,
            loop: false,
            theme: theme.list,
          },
          ctx(),
        ),
      ),
    search: <T>(q: { message: string; choices: Choice<T>[] }) =>
      guard(async () =>
        (await import("@inquirer/search")).default<T>(
          {
            message: q.message,
            // every word typed must appear in the name (or the id): 发改 finds 市发改委
            source: (term) => {
              const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
              return shown(q.choices).filter((c) =>
                words.every((w) => `${c.name} ${String(c.value)}`.toLowerCase().includes(w)),
              );
            },
            pageSize: 12,
            theme: theme.list,
          },
          ctx(),
        ),
      ),
    withLang: (l) => inquirerPrompter(streams, l),
    checkbox: (q) =>
      guard(async () =>
        (await import("@inquirer/checkbox")).default(
          {
            message: q.message,
            choices: shown(q.choices),
            pageSize: 12,
            loop: false,
            theme: theme.list,
            validate: q.required
              ? (items: readonly unknown[]) => (items.length > 0 ? true : q.required!)
              : undefined,
          },
          ctx(),
        ),
      ),
    confirm: (q) =>
      guard(async () =>
        (await import("@inquirer/confirm")).default(
          { message: q.message, default: q.default, theme: theme.confirm },
          ctx(),
        ),
      ),
  };
}

/** The names of a list's choices as a terminal may show them (README "Output for every reader"). */
const shown = <T>(choices: Choice<T>[]): Choice<T>[] =>
  choices.map((c) => ({ ...c, name: terminalText(c.name) }));

const KEYS_ZH: Record<string, string> = {
  navigate: "移动",
  select: "选择",
  submit: "确认",
  all: "全选",
  invert: "反选",
  space: "空格",
};

/** The hints under a question and the words of a yes/no answer, in the clerk's language. */
function themeFor(lang: Lang) {
  if (lang !== "zh") return { list: {}, confirm: {} };
  return {
    list: {
      style: {
        keysHelpTip: (keys: [string, string][]) =>
          keys.map(([k, a]) => `${KEYS_ZH[k] ?? k} ${KEYS_ZH[a] ?? a}`).join(" • "),
      },
    },
    confirm: { keywords: { yes: "是", no: "否", error: () => "请回答“是”（y）或“否”（n）" } },
  };
}

/** Without a terminal (or with --no-input) nothing is asked: say every flag that is missing. */
export function missingFlags(flags: string[]): UsageError {
  return new UsageError(msg("err.missing-flags", { flags: flags.join(", ") }), [
    msg("err.missing-flags.hint", {}),
  ]);
}
