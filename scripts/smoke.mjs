// The last step of `npm test`: the built CLI, run as a clerk would, on the bundled data.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args) =>
  execFileSync(process.execPath, ["bin/xieshang.js", ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

const report = JSON.parse(cli("validate", "--json", "--data", "data"));
if (report.errors !== 0) {
  console.error(report.problems.filter((p) => p.severity === "error"));
  throw new Error(`the bundled data has ${report.errors} error(s)`);
}
const committees = JSON.parse(cli("committee", "list", "--json"));
if (committees.length !== 8) throw new Error(`expected 8 committees, got ${committees.length}`);
cli("status");
console.log(`smoke: bundled data valid (${report.warnings} warnings), 8 committees, status runs`);
