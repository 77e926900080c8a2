import type { FsSeam } from "../store/fs-seam.js";
import type { Prompter } from "./prompter.js";

/** The streams and environment a command may use; injected so tests never patch globals. */
export interface Out {
  write(s: string): void;
}

export interface IO {
  stdout: Out;
  stderr: Out;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width in columns, when stdout is one. */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /** Asks questions on a terminal; used only when stdin and stdout are terminals. */
  prompter?: Prompter;
  /** The file-system calls of every write (tests inject faults here); default the real ones. */
  fs?: FsSeam;
}

export interface TestIO extends IO {
  out(): string;
  err(): string;
}

/** Buffers instead of a terminal; TTY off unless asked. */
export function testIO(
  opts: Partial<
    Pick<
      IO,
      "env" | "cwd" | "stdinIsTTY" | "stdoutIsTTY" | "stderrIsTTY" | "prompter" | "fs" | "columns"
    >
  > & {
    now?: Date;
  } = {},
): TestIO {
  let out = "";
  let err = "";
  const now = opts.now ?? new Date();
  return {
    stdout: {
      write: (s) => {
        out += s;
      },
    },
    stderr: {
      write: (s) => {
        err += s;
      },
    },
    stdinIsTTY: opts.stdinIsTTY ?? false,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? "/",
    now: () => now,
    prompter: opts.prompter,
    fs: opts.fs,
    columns: opts.columns,
    out: () => out,
    err: () => err,
  };
}
