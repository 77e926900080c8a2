import type { EventEmitter } from "node:events";
import { Command } from "commander";
import {
  type CommandEnv,
  type Ctx,
  type EarlyLook,
  type GlobalOptions,
  makeCtx,
} from "../cli/context.js";
import type { IO } from "../cli/io.js";
import { displayWidth } from "../cli/render/width.js";
import * as calendar from "../commands/calendar.js";
import * as committee from "../commands/committee/index.js";
import * as completion from "../commands/completion.js";
import * as department from "../commands/department/index.js";
import * as history from "../commands/history.js";
import * as importCmd from "../commands/import.js";
import * as init from "../commands/init.js";
import * as meeting from "../commands/meeting/index.js";
import * as overdue from "../commands/overdue.js";
import * as plan from "../commands/plan.js";
import * as remind from "../commands/remind.js";
import * as reply from "../commands/reply/index.js";
import * as report from "../commands/report/index.js";
import * as resolve from "../commands/resolve.js";
import * as review from "../commands/review.js";
import * as schema from "../commands/schema.js";
import * as status from "../commands/status.js";
import * as topic from "../commands/topic/index.js";
import * as validate from "../commands/validate.js";
import { HELP_AFTER_ZH } from "../i18n/help-after-zh.js";
import { HELP_TITLES_ZH, HELP_ZH } from "../i18n/help-zh.js";
import type { Lang } from "../i18n/index.js";

export const VERSION = "0.1.0";

/** Commander's own messages (unknown command or option, missing argument), in Chinese. */
export function localizeCommanderError(text: string, lang: Lang): string {
  if (lang !== "zh") return text;
  return text
    .replace(/^error: unknown command '(.*)'/m, "错误：未知命令 '$1'")
    .replace(/^error: unknown option '(.*)'/m, "错误：未知选项 '$1'")
    .replace(/^error: required option '(.*)' not specified/m, "错误：缺少必需的选项 '$1'")
    .replace(/^error: missing required argument '(.*)'/m, "错误：缺少必需的参数 '$1'")
    .replace(/^error: option '(.*)' argument missing/m, "错误：选项 '$1' 缺少取值")
    .replace(/^error: too many arguments(.*)/m, "错误：参数过多$1")
    .replace(/\(Did you mean (.*)\?\)/, "（您是否要输入 $1？）")
    .replace(/^error: /m, "错误：");
}

/** What the run knows before and after the context: the early look and the language. */
export interface ProgramState {
  lang?: Lang;
  /** The context the command ran with, once it asked for one. */
  ctx?: Ctx;
  earlyLang(): Lang;
  look(): EarlyLook;
}

/** Every top-level command, by name, in the order of the help. */
const COMMANDS: Record<string, (program: Command, env: CommandEnv) => void> = {
  init: init.register,
  validate: validate.register,
  status: status.register,
  committee: committee.register,
  department: department.register,
  topic: topic.register,
  meeting: meeting.register,
  report: report.register,
  reply: reply.register,
  overdue: overdue.register,
  remind: remind.register,
  plan: plan.register,
  review: review.register,
  schema: schema.register,
  import: importCmd.register,
  history: history.register,
  calendar: calendar.register,
  resolve: resolve.register,
  completion: completion.register,
};

/** The program's options that take a value: the word after them is not the command. */
const VALUE_OPTIONS = new Set(["--data", "--lang", "--as-of"]);

/**
 * The commands to build for this line: only the one it names, when it names one. Building
 * all of them, with their options and help texts (in Chinese: every description
 * translated), was a tenth of a command's start-up. The whole program is built when the
 * line names no command or one not known (the help, and commander's "did you mean"), and
 * for the completions, which walk every command.
 */
function commandsFor(argv: readonly string[]) {
  const all = Object.values(COMMANDS);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return all;
    if (a.startsWith("-")) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    const one = Object.hasOwn(COMMANDS, a) ? COMMANDS[a] : undefined;
    return one && a !== "completion" && a !== "complete" ? [one] : all;
  }
  return all;
}

export function buildProgram(io: IO, state: ProgramState, argv: readonly string[] = []): Command {
  const program = new Command("xieshang");
  program
    .description(
      "对口联系协商记录工具 — counterpart liaison consultation records of a CPPCC committee",
    )
    .version(VERSION, "-V, --version")
    .option(
      "--data <dir>",
      "the data directory (else $XIESHANG_DATA, ./, ./data or a parent holding xieshang.yaml)",
    )
    .option(
      "--lang <lang>",
      "language of messages: zh | en (else $XIESHANG_LANG, xieshang.yaml, the system)",
    )
    .option("--no-color", "no colours (also NO_COLOR=1)")
    .option("--as-of <date>", "take this date as today (else $XIESHANG_TODAY)")
    .option("--json", "print one JSON document, for scripts")
    .option("--no-input", "never prompt; fail naming what is missing")
    .option("--commit", "commit the files written to git")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(localizeCommanderError(s, state.lang ?? state.earlyLang())),
    })
    .showSuggestionAfterError(true)
    // columns line up by what the screen shows: a Chinese character is two wide
    .configureHelp({ displayWidth: (str: string) => displayWidth(str) })
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang status                      the dashboard of this year
  $ xieshang validate                    check every record (use in a pre-commit hook)
  $ xieshang committee list              the 8 units of the 一览表
  $ xieshang department show 发改委       a department by id, name or alias
  $ xieshang validate --json --data ./data

Exit codes: 0 done · 1 data errors or write refused · 2 usage · 3 environment`,
    );

  const env: CommandEnv = {
    ctx(cmd) {
      const ctx = makeCtx(io, cmd.optsWithGlobals<GlobalOptions>(), state.look);
      state.lang = ctx.lang;
      state.ctx = ctx;
      return ctx;
    },
  };
  for (const register of commandsFor(argv)) register(program, env);
  if ((state.lang ?? state.earlyLang()) === "zh") translateHelp(program);
  return program;
}

/** Help in Chinese for a Chinese clerk: every description, and commander's headings. */
function translateHelp(program: Command) {
  const tr = (s: string) => HELP_ZH[s] ?? s;
  // the subcommands share the program's help configuration object: change it in place
  const usage = (str: string) =>
    str.replace(/\[options\]/g, "[选项]").replace(/\[command\]/g, "[命令]");
  const defaults = (str: string) => str.replace(/\(default: (.*)\)$/, "（默认：$1）");
  Object.assign(program.configureHelp(), {
    styleTitle: (title: string) => HELP_TITLES_ZH[title] ?? title,
    styleUsage: usage,
    styleSubcommandTerm: usage,
    styleOptionDescription: defaults,
    styleArgumentDescription: defaults,
  });
  program.helpOption("-h, --help", tr("display help for command"));
  program.helpCommand("help [command]", tr("display help for command"));
  const walk = (cmd: Command, path: string[]) => {
    cmd.description(tr(cmd.description()));
    // the paragraphs and examples under the help: the Chinese replaces the English
    const after = HELP_AFTER_ZH[path.join(" ")];
    if (after !== undefined) {
      (cmd as unknown as EventEmitter).removeAllListeners("afterHelp");
      cmd.addHelpText("after", after);
    }
    for (const o of cmd.options) o.description = tr(o.description);
    for (const a of cmd.registeredArguments) a.description = tr(a.description);
    if (cmd.commands.length > 0) cmd.helpCommand("help [command]", tr("display help for command"));
    for (const sub of cmd.commands) {
      sub.helpOption("-h, --help", tr("display help for command"));
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(program, []);
}
