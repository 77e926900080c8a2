import { readFileSync } from "node:fs";
import path from "node:path";
import { CommanderError } from "commander";
import { CliError, ExitCode } from "../errors.js";
import { isLang, type Lang, systemLang, translator } from "../i18n/index.js";
import { findDataDir, SETTINGS_FILE } from "../store/find.js";
import type { IO } from "./io.js";
import { buildProgram } from "./program.js";
import { PromptCancelled } from "./prompter.js";

function flagValue(argv: string[], flag: string): string | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes("=") ? argv[i]!.slice(flag.length + 1) : argv[i + 1];
}

/**
 * The language of messages printed before a context exists (usage errors of the command
 * line): --lang, $XIESHANG_LANG, `lang` of the data directory's xieshang.yaml, the system.
 */
function earlyLang(argv: string[], io: IO): Lang {
  const v = flagValue(argv, "--lang") ?? io.env.XIESHANG_LANG;
  if (isLang(v)) return v;
  try {
    const dir = findDataDir({
      flag: flagValue(argv, "--data"),
      env: io.env.XIESHANG_DATA,
      cwd: io.cwd,
    });
    const m = /^lang:\s*["']?(zh|en)\b/m.exec(readFileSync(path.join(dir, SETTINGS_FILE), "utf8"));
    if (m) return m[1] as Lang;
  } catch {
    // no data directory: the system decides
  }
  return systemLang(io.env);
}

/**
 * Runs the CLI with the given arguments and streams; returns the exit code. The one
 * place where errors become exit codes (SPEC §4): it never calls process.exit.
 */
export async function run(argv: string[], io: IO): Promise<number> {
  const state: { lang?: Lang; early?: () => Lang } = {};
  let early: Lang | undefined;
  state.early = () => {
    early ??= earlyLang(argv, io);
    return early;
  };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    return report(e, io, state.lang ?? state.early());
  }
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
