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
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
}

export interface TestIO extends IO {
  out(): string;
  err(): string;
}

/** Buffers instead of a terminal; TTY off unless asked. */
export function testIO(
  opts: Partial<Pick<IO, "env" | "cwd" | "stdinIsTTY" | "stdoutIsTTY" | "stderrIsTTY">> & {
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
    out: () => out,
    err: () => err,
  };
}
