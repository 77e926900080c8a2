// The bundle's entry: the process's streams, environment and terminal made into the IO of
// `run` (app/main.ts). It alone exits by itself, when stdout or stderr cannot be written.

import { inquirerPrompter } from "../cli/prompter.js";
import { isLang, systemLang, translator } from "../i18n/index.js";
import { writeStderrNow } from "../store/output.js";
import { run } from "./main.js";

// `xieshang department list | head` closes the pipe early: that is not an error. Any other
// failure to write a result or a message (a full disk, an I/O error) ends the run with one
// line and exit 3 (README "Output and exit codes"), never a stack trace.
for (const [stream, name] of [
  [process.stdout, "stdout"],
  [process.stderr, "stderr"],
] as const) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    const flag = process.argv[process.argv.indexOf("--lang") + 1];
    const wanted = process.argv.includes("--lang") ? flag : process.env.XIESHANG_LANG;
    const lang = isLang(wanted) ? wanted : systemLang(process.env);
    // stderr gone too: the exit code says it
    if (name === "stdout")
      writeStderrNow(
        `xieshang: ${translator(lang)("err.output", { stream: name, code: e.code ?? e.message })}\n`,
      );
    process.exit(3);
  });
}

void run(process.argv.slice(2), {
  stdout: { write: (s: string | Uint8Array) => void process.stdout.write(s) },
  stderr: { write: (s: string | Uint8Array) => void process.stderr.write(s) },
  // process.stdin is made on first touch (a few ms, node:tty and node:net when it is a
  // terminal): asked only when stdout is a terminal too (src/cli/context.ts)
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY);
  },
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  prompter: inquirerPrompter({
    get input() {
      return process.stdin;
    },
    output: process.stderr,
  }),
}).then((code) => {
  process.exitCode = code;
});
