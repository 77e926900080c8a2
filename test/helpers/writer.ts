// A clerk who never stops writing, for the crash test (test/reliability/crash.test.ts):
// bundled by global-setup and run as a child process that the test kills with SIGKILL.
// It alternates a new record (topic propose: link) and an update (reply chase: rename),
// and says each write that completed on stdout.
import { run } from "../../src/cli/main.js";

const dir = process.argv[2]!;
const quiet = { write() {} };

async function main() {
  for (let n = 1; ; n++) {
    const args =
      n % 2 === 1
        ? [
            "topic",
            "propose",
            "--committee",
            "jj",
            "--departments",
            "fgw",
            "--source",
            "member",
            "--category",
            "policy",
            "--title",
            `议题 ${process.pid}-${n}`,
          ]
        : [
            "reply",
            "chase",
            "2027-nm-r01",
            "--dept",
            "nmcj",
            "--method",
            "phone",
            "--note",
            `第 ${process.pid}-${n} 次`,
          ];
    const code = await run([...args, "--data", dir, "--on", "2027-01-10"], {
      stdout: quiet,
      stderr: quiet,
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: { XIESHANG_TODAY: "2027-11-27", XIESHANG_LANG: "en" },
      cwd: dir,
      now: () => new Date(),
    });
    process.stdout.write(`${n % 2 === 1 ? "topic" : "chase"} ${code}\n`);
  }
}

void main();
