import { CommanderError } from "commander";
import { coloursOff, type EarlyLook, earlyLook } from "../cli/context.js";
import type { IO } from "../cli/io.js";
import { PromptCancelled } from "../cli/prompter.js";
import { afterReading } from "../cli/reading.js";
import { terminalOutput, terminalText } from "../domain/neutralise.js";
import { CliError, ExitCode } from "../errors.js";
import { isLang, type Lang, systemLang, translator } from "../i18n/index.js";
import { buildProgram, type ProgramState } from "./program.js";

function flagValue(argv: string[], flag: string): string | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes("=") ? argv[i]!.slice(flag.length + 1) : argv[i + 1];
}

/**
 * The language of messages printed before a context exists (help, usage errors of the
 * command line): --lang, $XIESHANG_LANG, `lang` of the data directory's xieshang.yaml,
 * the system.
 */
function earlyLang(argv: string[], io: IO, look: () => EarlyLook): Lang {
  const v = flagValue(argv, "--lang") ?? io.env.XIESHANG_LANG;
  if (isLang(v)) return v;
  const fromFile = look().settings.lang;
  return isLang(fromFile) ? fromFile : systemLang(io.env);
}

/**
 * Runs the CLI with the given arguments and streams; returns the exit code. The one
 * place where errors become exit codes (README "Output and exit codes"): it never calls process.exit.
 */
export async function run(raw: string[], given: IO): Promise<number> {
  // 帮助 is help, as a clerk types it: `xieshang 帮助`, `xieshang 帮助 report issue`
  const argv = raw[0] === "帮助" ? [...raw.slice(1), "--help"] : raw;
  const io = toTerminals(given, argv);
  let look: EarlyLook | undefined;
  let early: Lang | undefined;
  const state: ProgramState = {
    look: () => {
      look ??= earlyLook(flagValue(argv, "--data"), io);
      return look;
    },
    earlyLang: () => {
      early ??= earlyLang(argv, io, state.look);
      return early;
    },
  };
  const program = buildProgram(io, state, argv);
  let code: number;
  try {
    await program.parseAsync(argv, { from: "user" });
    code = 0;
  } catch (e) {
    code = report(e, io, state.lang ?? state.earlyLang());
  }
  return afterReading(state.ctx, code);
}

function report(e: unknown, io: IO, lang: Lang): number {
  const debug = io.env.XIESHANG_DEBUG === "1";
  if (e instanceof ExitCode) return e.code;
  if (e instanceof CommanderError) {
    // help and version are not errors; commander has already printed its message
    if (
      e.code === "commander.helpDisplayed" ||
      e.code === "commander.version" ||
      e.code === "commander.help"
    )
      return 0;
    return 2;
  }
  const t = translator(lang);
  if (e instanceof PromptCancelled) {
    io.stderr.write(`\n${t("err.cancelled")}\n`);
    return 130;
  }
  if (e instanceof CliError) {
    io.stderr.write(`xieshang: ${t(e.msg.key, e.msg.params as never)}\n`);
    for (const h of e.hints) io.stderr.write(`  ${t(h.key, h.params as never)}\n`);
    if (debug) io.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  const detail = err?.message ?? String(e);
  if (err?.code && typeof err.code === "string" && /^E[A-Z]+$/.test(err.code)) {
    io.stderr.write(`xieshang: ${t("err.fs", { detail })}\n`);
  } else {
    io.stderr.write(`xieshang: ${t("err.internal", { detail })}\n`);
  }
  if (debug) io.stderr.write(`${err?.stack ?? ""}\n`);
  return 3;
}

/**
 * What the tool says — on a terminal or piped — shows a record's control characters and
 * escape sequences escaped, never obeyed (README "Output for every reader"); our own
 * colours pass. A document or JSON on stdout (`io.document`) is guarded only on a
 * terminal: piped, it goes as its format made it. Bytes pass as they are.
 */
function toTerminals(io: IO, argv: string[]): IO {
  // our colours are written only to a terminal, and not under NO_COLOR or --no-color:
  // elsewhere no escape sequence is ours, and every one is shown escaped
  const coloured = (tty: boolean) => tty && !coloursOff(io.env, argv.includes("--no-color"));
  const guard = (out: IO["stdout"], colours: boolean): IO["stdout"] => ({
    write: (s) =>
      out.write(typeof s === "string" ? (colours ? terminalOutput(s) : terminalText(s)) : s),
  });
  // the IO's other fields as they are (stdin is asked of lazily: src/app/entry.ts)
  return Object.create(io, {
    stdout: { value: guard(io.stdout, coloured(io.stdoutIsTTY)) },
    stderr: { value: guard(io.stderr, coloured(io.stderrIsTTY)) },
    // a document has no colours of its own
    document: { value: io.stdoutIsTTY ? guard(io.stdout, false) : io.stdout },
  }) as IO;
}
