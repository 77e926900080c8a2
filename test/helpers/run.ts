import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { run } from "../../src/app/main.js";
import { testIO } from "../../src/cli/io.js";
import type { Prompter } from "../../src/cli/prompter.js";
import type { FsSeam } from "../../src/store/fs-seam.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURES = path.join(ROOT, "test", "fixtures");
export const BUNDLED_DATA = path.join(ROOT, "data");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** Frozen "today" and language unless a test asks otherwise. */
  today?: string;
  lang?: "zh" | "en";
  /** File-system calls for the write path (a test's faulty ones). */
  fs?: FsSeam;
  /** The terminal's width, with tty. */
  columns?: number;
  /** Answers questions, with tty (test/helpers/prompter.ts). */
  prompter?: Prompter;
}

/** Runs the CLI in-process with injected streams, a frozen date and a pinned language. */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = {
    XIESHANG_TODAY: opts.today ?? "2026-11-27",
    XIESHANG_LANG: opts.lang ?? "en",
    ...opts.env,
  };
  const io = testIO({
    env,
    cwd: opts.cwd ?? ROOT,
    stdinIsTTY: opts.tty ?? false,
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    fs: opts.fs,
    columns: opts.columns,
    prompter: opts.prompter,
  });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** A temporary copy of a data directory (and optional overlays on top), removed by `cleanup`. */
export function tempData(...sources: string[]): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "xieshang-test-"));
  for (const src of sources) cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary copy of the sources for the running test, removed when the test finishes. */
export function scratch(...sources: string[]): string {
  const tmp = tempData(...sources);
  onTestFinished(tmp.cleanup);
  return tmp.dir;
}
