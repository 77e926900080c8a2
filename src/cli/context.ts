import { Chalk, type ChalkInstance } from "chalk";
import type { Command } from "commander";
import { parseInputDate, todayIn } from "../domain/dates.js";
import type { Diagnostic } from "../domain/diagnostics.js";
import { msg } from "../domain/diagnostics.js";
import { UsageError } from "../errors.js";
import { isLang, type Lang, systemLang, type T, translator } from "../i18n/index.js";
import { type EarlySettings, findDataDir, peekSettings } from "../store/find.js";
import { type FsSeam, realFs } from "../store/fs-seam.js";
import { ALL_PARTS, type LoadResult, loadDataDir, type Part, skippedFiles } from "../store/load.js";
import type { IO } from "./io.js";
import type { Prompter } from "./prompter.js";

/** The global options (README "Global options"), as commander hands them over. */
export interface GlobalOptions {
  data?: string;
  lang?: string;
  color?: boolean;
  asOf?: string;
  json?: boolean;
  input?: boolean;
  commit?: boolean;
}

/** What every command gets: streams, language, today, and the data directory on demand. */
export interface Ctx {
  io: IO;
  lang: Lang;
  t: T;
  today: string;
  json: boolean;
  /** Prompting is allowed: stdin and stdout are terminals and --no-input is not set. */
  interactive: boolean;
  prompter: Prompter | undefined;
  commit: boolean;
  /** The file-system calls of writes: the real ones, or a test's faulty ones. */
  fs: FsSeam;
  /** Colours for stdout and stderr; level 0 when not a terminal or NO_COLOR is set. */
  color: { out: ChalkInstance; err: ChalkInstance };
  dataDir(): string;
  /** Reads the data directory: xieshang.yaml, committees/ and the parts named (default all). */
  load(parts?: readonly Part[]): LoadResult;
  /** Records a reading made elsewhere (the write path's), so its skipped files are told. */
  noteLoaded(res: LoadResult): void;
  /** Files a write has since replaced with checked text: what was read of them before is not told. */
  noteWritten(files: readonly string[]): void;
  /**
   * What becomes of files that could not be read (docs/reliability.md "Reading: nothing hidden"):
   * `fail` — told after the output, exit 1 (every view); `warn` — told, the exit code
   * kept (a write that did not need them); `told` — the command has said them already.
   */
  reading: "fail" | "warn" | "told";
  /** One problem per file that could not be read, in every reading this command made. */
  unreadable(): Diagnostic[];
}

/** What a command module needs to register itself: a way to get its context. */
export interface CommandEnv {
  ctx(cmd: Command): Ctx;
}

const DEFAULT_TZ = "Asia/Shanghai";

/** The data directory found before commander parsed the line, with its early settings. */
export interface EarlyLook {
  /** The --data value it was made for. */
  flagUsed: string | undefined;
  dir?: string;
  error?: unknown;
  settings: EarlySettings;
}

/**
 * Finds the data directory from the raw arguments and reads its language and time zone,
 * once per run: help in the clerk's language is chosen before the command line is
 * parsed, and the context reuses the same look when its --data agrees.
 */
export function earlyLook(flag: string | undefined, io: IO): EarlyLook {
  try {
    const dir = findDataDir({ flag, env: io.env.XIESHANG_DATA, cwd: io.cwd });
    return { flagUsed: flag, dir, settings: peekSettings(dir, io.env) };
  } catch (error) {
    return { flagUsed: flag, error, settings: {} };
  }
}

/** No colours: --no-color, or NO_COLOR set to anything but empty (no-color.org). */
export function coloursOff(env: Record<string, string | undefined>, noColorFlag: boolean): boolean {
  return noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== "");
}

export function makeCtx(io: IO, g: GlobalOptions, earlyLookOf?: () => EarlyLook): Ctx {
  let look: EarlyLook | undefined;
  // the early look used the raw --data; commander's value is the same unless it was odd
  const locate = () => {
    look ??=
      earlyLookOf && earlyLookOf().flagUsed === g.data ? earlyLookOf() : earlyLook(g.data, io);
    return look;
  };
  const needsSettings = (!g.lang && !io.env.XIESHANG_LANG) || (!g.asOf && !io.env.XIESHANG_TODAY);
  const peek: EarlySettings = needsSettings ? locate().settings : {};

  const langIn = g.lang ?? io.env.XIESHANG_LANG;
  if (g.lang !== undefined && !isLang(g.lang)) {
    throw new UsageError(msg("err.bad-lang", { value: g.lang }));
  }
  const lang: Lang = isLang(langIn) ? langIn : isLang(peek.lang) ? peek.lang : systemLang(io.env);

  const asOfIn = g.asOf ?? io.env.XIESHANG_TODAY;
  let today: string;
  if (asOfIn !== undefined) {
    const d = parseInputDate(asOfIn);
    if (!d)
      throw new UsageError(
        msg("err.bad-date", {
          flag: g.asOf !== undefined ? "--as-of" : "XIESHANG_TODAY",
          value: asOfIn,
        }),
      );
    today = d;
  } else {
    const tz = typeof peek.timezone === "string" ? peek.timezone : DEFAULT_TZ;
    try {
      today = todayIn(tz, io.now());
    } catch {
      today = todayIn(DEFAULT_TZ, io.now());
    }
  }

  const colorOff = coloursOff(io.env, g.color === false);
  const loaded = new Map<string, LoadResult>();
  const rewritten = new Set<string>();
  const ctx: Ctx = {
    io,
    lang,
    t: translator(lang),
    today,
    json: Boolean(g.json),
    // stdin last: on a terminal it is asked of process.stdin, made on first touch (entry.ts)
    interactive: g.input !== false && io.stdoutIsTTY && io.stdinIsTTY && io.prompter !== undefined,
    prompter: io.prompter?.withLang?.(lang) ?? io.prompter,
    commit: Boolean(g.commit),
    fs: io.fs ?? realFs,
    color: {
      out: new Chalk({ level: !colorOff && io.stdoutIsTTY ? 1 : 0 }),
      err: new Chalk({ level: !colorOff && io.stderrIsTTY ? 1 : 0 }),
    },
    dataDir() {
      const { dir, error } = locate();
      if (dir === undefined) throw error;
      return dir;
    },
    load(parts = ALL_PARTS) {
      const key = parts.join(",");
      let res = loaded.get(key) ?? loaded.get(ALL_PARTS.join(","));
      if (!res) {
        res = loadDataDir(ctx.dataDir(), parts, io.env);
        loaded.set(key, res);
      }
      return res;
    },
    noteLoaded(res) {
      loaded.set(`write:${loaded.size}`, res);
    },
    noteWritten(files) {
      for (const f of files) rewritten.add(f);
    },
    reading: "fail",
    unreadable() {
      return skippedFiles([...loaded.values()]).filter((d) => !rewritten.has(d.file));
    },
  };
  return ctx;
}
