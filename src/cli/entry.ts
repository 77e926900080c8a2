// The bundle's entry: the only place besides main.ts that touches `process`.
import { run } from "./main.js";
import { inquirerPrompter } from "./prompter.js";

// `xieshang department list | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void run(process.argv.slice(2), {
  stdout: { write: (s: string) => void process.stdout.write(s) },
  stderr: { write: (s: string) => void process.stderr.write(s) },
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  prompter: inquirerPrompter({ input: process.stdin, output: process.stderr }),
}).then((code) => {
  process.exitCode = code;
});
