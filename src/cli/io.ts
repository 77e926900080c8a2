import type { FsSeam } from "../store/fs-seam.js";
import type { Prompter } from "./prompter.js";

/** The streams and environment a command may use; injected so tests never patch globals. */
export interface Out {
  /** Text, or the bytes of a document written to stdout (`--out -`). */
  write(s: string | Uint8Array): void;
}

export interface IO {
  stdout: Out;
  stderr: Out;
  /**
   * Where a document or JSON goes on stdout: as it is when piped (its format made its
   * values safe), through the terminal's guard on a terminal (src/app/main.ts).
   */
  document?: Out;
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
  /** stdout as bytes: text as UTF-8, documents as written. */
  outBytes(): Buffer;
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
  const chunks: Buffer[] = [];
  const now = opts.now ?? new Date();
  return {
    stdout: {
      write: (s) => {
        chunks.push(typeof s === "string" ? Buffer.from(s, "utf8") : Buffer.from(s));
        out += typeof s === "string" ? s : Buffer.from(s).toString("latin1");
      },
    },
    stderr: {
      write: (s) => {
        err += typeof s === "string" ? s : Buffer.from(s).toString("latin1");
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
    outBytes: () => Buffer.concat(chunks),
    err: () => err,
  };
}
